import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './paths.js';

/** The parts of V8's `.cpuprofile` (Chrome DevTools' format) the summary reads. */
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Cost {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by function (`name (file:line)`). */
  functions: Cost[];
  /** Self time by file. */
  files: Cost[];
  /** Self time by area: copack's folders (`dist/lint`, …), each npm package, Node's internals, GC. */
  areas: Cost[];
  /** Time with each of copack's own functions on the stack (counted once per sample). */
  copackInclusive: Cost[];
}

/** Where a frame's code lives, short: `dist/lint/runner.js`, `node_modules/ajv/…`, `node:fs`. */
function fileOf(url: string): string {
  if (url.startsWith('file://')) return relative(repoRoot, fileURLToPath(url));
  return url === '' ? '(native)' : url;
}

function areaOf(file: string, functionName: string): string {
  if (file === '(native)') return /^\(.*\)$/.test(functionName) ? functionName : '(native code)';
  if (file.startsWith('node:')) return 'node internals';
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (npm) return `npm ${npm[1]}`;
  const copack = /^dist\/([^/]+)\/?/.exec(file);
  if (copack) return copack[1]?.endsWith('.js') ? `copack dist/${copack[1]}` : `copack dist/${copack[1]}/`;
  return file;
}

const top = (totals: Map<string, number>, all: number, count: number): Cost[] =>
  [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, ms: us / 1000, share: us / all }));

/** Summarises a `.cpuprofile`: where the main thread's time went, by function, file and area. */
export function summariseProfile(path: string, count = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const key = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = fileOf(url);
    return { fn: `${functionName || '(anonymous)'} (${file}${url ? `:${lineNumber + 1}` : ''})`, file, area: areaOf(file, functionName) };
  };
  const keys = new Map(profile.nodes.map((node) => [node.id, key(node.id)]));
  const self = { functions: new Map<string, number>(), files: new Map<string, number>(), areas: new Map<string, number>() };
  const inclusive = new Map<string, number>();
  const add = (map: Map<string, number>, name: string, us: number) => map.set(name, (map.get(name) ?? 0) + us);
  let all = 0;
  profile.samples.forEach((id, i) => {
    // A sample stands for the time until the next one.
    const us = profile.timeDeltas[i + 1] ?? 0;
    const k = keys.get(id)!;
    all += us;
    add(self.functions, k.fn, us);
    add(self.files, k.file, us);
    add(self.areas, k.area, us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = keys.get(at)!;
      if (frame.file.startsWith('dist/') && !seen.has(frame.fn)) {
        seen.add(frame.fn);
        add(inclusive, frame.fn, us);
      }
    }
  });
  return {
    totalMs: all / 1000,
    functions: top(self.functions, all, count),
    files: top(self.files, all, count),
    areas: top(self.areas, all, count),
    copackInclusive: top(inclusive, all, count),
  };
}

/** The summary as text, for the console and docs/performance.md. */
export function formatProfile(summary: ProfileSummary, count = 15): string {
  const table = (title: string, costs: Cost[]) =>
    [`${title}`, ...costs.slice(0, count).map((c) => `  ${c.ms.toFixed(0).padStart(7)} ms ${(c.share * 100).toFixed(1).padStart(5)}%  ${c.name}`)].join('\n');
  return [
    `Main-thread CPU profile: ${summary.totalMs.toFixed(0)} ms sampled.`,
    table('Self time by area:', summary.areas),
    table('Self time by file:', summary.files),
    table('Self time by function:', summary.functions),
    table("Inclusive time of copack's own functions:", summary.copackInclusive),
  ].join('\n\n');
}

// `node dist-bench/bench/profile.js <file.cpuprofile>` summarises any profile.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: profile.js <file.cpuprofile> [count]');
    process.exit(2);
  }
  console.log(formatProfile(summariseProfile(file, Number(process.argv[3] ?? 25)), Number(process.argv[3] ?? 15)));
}
