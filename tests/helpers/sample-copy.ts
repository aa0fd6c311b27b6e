import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { repoRoot } from './fixtures.js';

export const sampleId = 'co-facilitator-training';

/** In the sample, the first lesson up to its summary: three questions and one reflection on the way. */
export const midLesson = '#/what-is-co-production/what-we-learned';
/** The sample's first reflection, as the site names it. */
export const firstReflection = 'what-is-co-production/your-experience';

/**
 * A scratch project holding a copy of the sample course and copack's schemas, laid out
 * like the repository so the courses' relative `$schema` paths still resolve.
 */
export function copySample(): { root: string; courseDir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'copack-sample-'));
  cpSync(join(repoRoot, 'schemas'), join(root, 'schemas'), { recursive: true });
  cpSync(join(repoRoot, 'courses', sampleId), join(root, 'courses', sampleId), { recursive: true });
  return { root, courseDir: join(root, 'courses', sampleId), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export type SampleCopy = ReturnType<typeof copySample>;

/**
 * For a test file whose tests each want their own copy of the sample: returns `sample()`,
 * which makes a fresh copy, removed again after the test that made it.
 */
export function useSampleCopies(): () => SampleCopy {
  let cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
  });
  return () => {
    const copy = copySample();
    cleanups.push(copy.cleanup);
    return copy;
  };
}
