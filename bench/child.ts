/**
 * One measured task, run by `run.ts` in a fresh process so its peak RSS is its own:
 *   node dist-bench/bench/child.js <task> <args as JSON> <result file>
 * It does the task's untimed preparation, times the work with `performance.now()`, and writes
 * `{ workMs, maxRssKB, ... }` as JSON to the result file (stdout is left to the tools).
 */
import { writeFileSync } from 'node:fs';
import { tasks, type TaskName } from './tasks.js';

const [name, argsJson, resultFile] = process.argv.slice(2);
if (!name || !argsJson || !resultFile || !(name in tasks)) {
  console.error(`usage: child.js <${Object.keys(tasks).join('|')}> <args json> <result file>`);
  process.exit(2);
}
const result = await tasks[name as TaskName](JSON.parse(argsJson) as never);
// resourceUsage().maxRSS is in kilobytes: the process's peak resident set, after the work.
writeFileSync(resultFile, JSON.stringify({ ...result, maxRssKB: process.resourceUsage().maxRSS }));
// Tools may leave handles open (timers, watchers); the measurement is done.
process.exit(0);
