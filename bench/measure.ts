import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { TaskName, TaskResult } from './tasks.js';

const childScript = fileURLToPath(new URL('./child.js', import.meta.url));

/** One run of one task: the parent's wall time around the whole child, and what the child reported. */
export interface Run extends TaskResult {
  /** From spawning the child to its exit: Node's start-up, loading the tool, the work, exit. */
  wallMs: number;
  /** The child's peak resident set size, from `process.resourceUsage().maxRSS`. */
  maxRssKB: number;
}

export interface ChildOptions {
  /** Flags for `node` itself, such as `--cpu-prof`. */
  nodeFlags?: string[];
  /** Give up after this long (a tool that never calls back would hang the bench). */
  timeoutMs?: number;
}

/** Runs `task` in a fresh Node process and returns its measurements; throws with its output if it fails. */
export async function runChild(task: TaskName, args: unknown, options: ChildOptions = {}): Promise<Run> {
  const scratch = mkdtempSync(join(tmpdir(), 'copack-bench-'));
  const resultFile = join(scratch, 'result.json');
  try {
    const output: Buffer[] = [];
    const start = performance.now();
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [...(options.nodeFlags ?? []), childScript, task, JSON.stringify(args), resultFile], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15 * 60_000);
      child.on('error', reject);
      child.on('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    const wallMs = performance.now() - start;
    if (code !== 0) throw new Error(`The ${task} task failed (exit ${code}):\n${Buffer.concat(output).toString().slice(-4000)}`);
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as TaskResult & { maxRssKB: number };
    return { ...result, wallMs };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The medians of a task's runs: wall, work and peak RSS, each on its own (not from one run). */
export interface Summary {
  runs: number;
  wallMs: number;
  workMs: number;
  maxRssMB: number;
  /** The spread, so a reader sees how noisy the machine was. */
  wallMinMs: number;
  wallMaxMs: number;
}

export function summarise(runs: readonly Run[]): Summary {
  const wall = runs.map((r) => r.wallMs);
  return {
    runs: runs.length,
    wallMs: median(wall),
    workMs: median(runs.map((r) => r.workMs)),
    maxRssMB: median(runs.map((r) => r.maxRssKB / 1024)),
    wallMinMs: Math.min(...wall),
    wallMaxMs: Math.max(...wall),
  };
}
