/**
 * `copack build .` from inside a course folder must refuse a course with errors, as a build
 * from the project does. The build tells the course's own problems from the project's
 * (`copack.config.json`) by whether their file is inside the course folder; with the course
 * folder shown as `.`, `lessons/intro.json` has no `./` prefix, which once let a lesson's
 * errors pass for project problems and the course be written anyway.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { copySample, sampleId } from '../helpers/sample-copy.js';

function withBrokenLesson(): ReturnType<typeof copySample> {
  const copy = copySample();
  const lesson = join(copy.courseDir, 'lessons', 'what-is-co-production.json');
  // A page with a property the format does not have: a schema error in a lesson.
  writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('"pages": [', '"pages": [\n    { "kind": "points", "titel": "Typo" },'));
  return copy;
}

describe('a course with an error in a lesson', () => {
  it('is not built from the project folder', async () => {
    const copy = withBrokenLesson();
    const outDir = mkdtempSync(join(tmpdir(), 'copack-inside-'));
    try {
      const result = await build({ cwd: copy.root, outDir, cache: false });
      expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      expect(existsSync(join(outDir, sampleId))).toBe(false);
    } finally {
      copy.cleanup();
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('is not built from inside the course folder (`copack build .`) either', async () => {
    const copy = withBrokenLesson();
    const outDir = mkdtempSync(join(tmpdir(), 'copack-inside-'));
    try {
      const result = await build({ cwd: copy.courseDir, paths: ['.'], outDir, cache: false });
      expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      expect(existsSync(join(outDir, sampleId)), 'the course was written despite its errors').toBe(false);
    } finally {
      copy.cleanup();
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('is not built from the folder above it, named by its folder name', async () => {
    const copy = withBrokenLesson();
    const outDir = mkdtempSync(join(tmpdir(), 'copack-inside-'));
    try {
      await build({ cwd: dirname(copy.courseDir), paths: [basename(copy.courseDir)], outDir, cache: false });
      expect(existsSync(join(outDir, sampleId))).toBe(false);
    } finally {
      copy.cleanup();
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
