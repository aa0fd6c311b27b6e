/**
 * Each course a build does not take from its cache is planned exactly once, however far
 * ahead the build plans: planning twice would give the same output, only slower, so only
 * counting shows it.
 */
import { describe, expect, it, vi } from 'vitest';
import { build } from '../../src/pipeline.js';
import { fixturesRoot, repoRoot } from '../helpers/fixtures.js';
import { join, relative } from 'node:path';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const planned = vi.hoisted(() => [] as string[]);
vi.mock('../../src/plan-course.js', async (original) => {
  const actual = await original<typeof import('../../src/plan-course.js')>();
  return {
    ...actual,
    planCourse: (dir: string, ...rest: [never, never]) => {
      planned.push(dir);
      return actual.planCourse(dir, ...rest);
    },
  };
});

describe('a build', () => {
  it('plans each course once', async () => {
    const paths = ['courses', ...readdirSync(join(fixturesRoot, 'valid')).map((name) => relative(repoRoot, join(fixturesRoot, 'valid', name)))];
    const outDir = mkdtempSync(join(tmpdir(), 'copack-plan-once-'));
    try {
      const result = await build({ cwd: repoRoot, paths, outDir, cache: false });
      expect(result.checked).toBe(paths.length);
      expect(planned.length).toBe(paths.length);
      expect(new Set(planned).size).toBe(paths.length);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
