import { performance } from 'node:perf_hooks';

/**
 * Build stages in pipeline order, as `copack build --timings` lists them. The zips compress
 * on Node's thread pool beside the next course's stages: `zip` is the time the build still
 * waits for them after that, not the time they took.
 */
export const stages = ['cache', 'load', 'validate', 'lint', 'approvals', 'render', 'guide', 'package', 'zip', 'write'] as const;
export type Stage = (typeof stages)[number];

export interface StageTiming {
  stage: Stage;
  /** Wall time spent in the stage, over every course, in milliseconds. */
  ms: number;
}

/**
 * Adds up the wall time of each stage across courses. Timing is off unless asked for:
 * without a timer, `time` just runs the work.
 */
export class StageTimer {
  private readonly totals = new Map<Stage, number>();

  time<T>(stage: Stage, work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.addStage(stage, performance.now() - start);
    }
  }

  async timeAsync<T>(stage: Stage, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.addStage(stage, performance.now() - start);
    }
  }

  /** Every stage that ran, in pipeline order. */
  timings(): StageTiming[] {
    return stages.flatMap((stage) => {
      const ms = this.totals.get(stage);
      return ms === undefined ? [] : [{ stage, ms }];
    });
  }

  /** Adds times measured elsewhere: by a worker thread of the build. */
  add(timings: readonly StageTiming[]): void {
    for (const { stage, ms } of timings) this.addStage(stage, ms);
  }

  private addStage(stage: Stage, ms: number): void {
    this.totals.set(stage, (this.totals.get(stage) ?? 0) + ms);
  }
}

/** `--timings` output: one line per stage, then the total. */
export function formatTimings(timings: readonly StageTiming[], wallMs: number): string {
  const width = Math.max(...timings.map((t) => t.stage.length), 'total'.length);
  const line = (name: string, ms: number) => `  ${name.padEnd(width)}  ${ms.toFixed(1).padStart(9)} ms`;
  return ['Time per stage:', ...timings.map((t) => line(t.stage, t.ms)), line('total', wallMs), ''].join('\n');
}
