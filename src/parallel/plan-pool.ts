import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { planCourse, type CoursePlan, type PlanSettings } from '../plan-course.js';
import type { StageTimer, StageTiming } from '../stage-timer.js';

/** Plans courses, on this thread or on worker threads. */
export interface Planner {
  /** Starts planning the course in `dir`; plans may finish in any order. */
  plan(dir: string): Promise<CoursePlan>;
  /** How many courses are worth planning ahead of the one being written. */
  readonly lookahead: number;
  close(): Promise<void>;
}

export interface PlanJob {
  job: number;
  dir: string;
  settings: PlanSettings;
}

export type PlanReply =
  | { job: number; plan: CoursePlan; timings: StageTiming[] }
  | { job: number; error: { message: string; stack?: string } };

/** Plans each course on this thread, when it is asked for. */
export function inlinePlanner(settings: PlanSettings, timer: StageTimer): Planner {
  return {
    plan: (dir) => Promise.resolve().then(() => planCourse(dir, settings, timer)),
    lookahead: 0,
    close: () => Promise.resolve(),
  };
}

/** The worker's compiled file: only there when copack runs from `dist/`, not from its TypeScript sources. */
const workerFile = new URL('./plan-worker.js', import.meta.url);
export const workersAvailable = import.meta.url.endsWith('.js');

/**
 * How many worker threads a build of `courses` courses should use. None for a few courses:
 * each worker spends a few hundred milliseconds compiling schemas and loading word lists
 * before its first course. None on fewer than 4 cores: this thread keeps most of a core busy
 * compressing and writing, and on 2 cores 1 or 2 workers measured no faster than none, with
 * 60 to 170 MB more memory (docs/performance.md). Else one per core but one.
 * `COPACK_WORKERS` overrides it (0 for none).
 */
export function workerCount(courses: number, requested?: number, cores = availableParallelism()): number {
  if (!workersAvailable) return 0;
  const fromEnv = process.env.COPACK_WORKERS;
  const asked = requested ?? (fromEnv !== undefined && /^\d+$/.test(fromEnv) ? Number(fromEnv) : undefined);
  if (asked !== undefined) return Math.min(asked, courses);
  if (courses < 6 || cores < 4) return 0;
  return Math.min(cores - 1, courses);
}

/**
 * A pool of worker threads, each planning one course at a time from a shared queue. Their
 * stage times are added to `timer`: with workers, the stages add up to more than the wall
 * time. A worker that fails stops the build, as the same failure on this thread would.
 */
export function workerPlanner(settings: PlanSettings, timer: StageTimer, size: number): Planner {
  const waiting: PlanJob[] = [];
  const pending = new Map<number, { resolve: (plan: CoursePlan) => void; reject: (error: Error) => void }>();
  const idle: Worker[] = [];
  let next = 0;
  let broken: Error | undefined;

  const dispatch = () => {
    while (idle.length > 0 && waiting.length > 0) idle.pop()!.postMessage(waiting.shift()!);
  };
  const failAll = (error: Error) => {
    broken ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(workerFile);
    worker.on('message', (reply: PlanReply) => {
      const job = pending.get(reply.job);
      pending.delete(reply.job);
      if ('error' in reply) {
        job?.reject(Object.assign(new Error(reply.error.message), reply.error.stack ? { stack: reply.error.stack } : {}));
      } else {
        timer.add(reply.timings);
        job?.resolve(reply.plan);
      }
      idle.push(worker);
      dispatch();
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => {
      if (pending.size > 0) failAll(new Error(`A build worker stopped (exit code ${code}) before it finished.`));
    });
    idle.push(worker);
    return worker;
  });

  return {
    plan(dir) {
      if (broken) return Promise.reject(broken);
      const job = next++;
      const promise = new Promise<CoursePlan>((resolve, reject) => pending.set(job, { resolve, reject }));
      waiting.push({ job, dir, settings });
      dispatch();
      return promise;
    },
    // One course queued per worker: enough to keep it busy, and memory stays a few courses deep.
    lookahead: size,
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
