import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/index.js';
import { runCli } from './helpers/run-cli.js';
import { listZip } from './helpers/scorm-package.js';
import { sampleId, useSampleCopies } from './helpers/sample-copy.js';

const sample = useSampleCopies();

describe('copack build', () => {
  it('writes a summary of each course into out/<id>/', async () => {
    const { root } = sample();
    const run = await runCli(['build'], root);
    expect(run.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(root, 'out', sampleId, 'build-summary.json'), 'utf8')) as {
      course: string;
      lessons: unknown[];
      pages: { total: number; quiz: number; reflection: number };
      diagnostics: { errors: number };
    };
    expect(summary.course).toBe(sampleId);
    expect(summary.lessons.length).toBeGreaterThanOrEqual(7);
    expect(summary.pages.quiz).toBeGreaterThanOrEqual(4);
    expect(summary.pages.reflection).toBeGreaterThanOrEqual(3);
    expect(summary.diagnostics.errors).toBe(0);
    // Nothing else: no staging folder or half-written zip, only the build cache beside the course.
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['.cache', sampleId]);
  });

  it('gives byte-identical pages and zips for the same sources, from two different folders', async () => {
    const hashes = async () => {
      const { root } = sample();
      await build({ cwd: root });
      const dir = join(root, 'out', sampleId);
      const files = ['build-summary.json', 'site/index.html', 'site/copack.js', `${sampleId}-scorm12.zip`, `${sampleId}-scorm2004.zip`];
      return files.map((file) => `${file} ${createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')}`);
    };
    const first = await hashes();
    expect(await hashes()).toEqual(first);
  });

  it('makes only the outputs asked for', async () => {
    const { root } = sample();
    const run = await runCli(['build', '--target', 'scorm2004'], root);
    expect(run.code).toBe(0);
    expect(readdirSync(join(root, 'out', sampleId)).sort()).toEqual(['build-summary.json', `${sampleId}-scorm2004.zip`]);
    const bad = await runCli(['build', '--target', 'scorm3'], root);
    expect(bad.code).toBe(2);
  });

  it('leaves the previous output untouched when a course has errors', async () => {
    const { root, courseDir } = sample();
    await build({ cwd: root });
    const summaryPath = join(root, 'out', sampleId, 'build-summary.json');
    const before = readFileSync(summaryPath);

    const coursePath = join(courseDir, 'course.json');
    writeFileSync(coursePath, readFileSync(coursePath, 'utf8').replace('"version": "', '"version": 1, "oops": "'));
    const run = await runCli(['build'], root);
    expect(run.code).toBe(1);
    expect(readFileSync(summaryPath).equals(before)).toBe(true);
    // Nothing else: no staging folder or half-written zip, only the build cache beside the course.
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['.cache', sampleId]);
  });

  it('writes nothing for a course with errors that never built', async () => {
    const { root, courseDir } = sample();
    const coursePath = join(courseDir, 'course.json');
    writeFileSync(coursePath, readFileSync(coursePath, 'utf8').slice(0, 50));
    const run = await runCli(['build'], root);
    expect(run.code).toBe(1);
    expect(existsSync(join(root, 'out', sampleId))).toBe(false);
  });

  it('--timings lists the time of each stage on stderr, leaving --format json output whole', async () => {
    const { root } = sample();
    const run = await runCli(['build', '--timings', '--format', 'json', '--target', 'site,scorm12'], root);
    expect(run.code).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    const stages = [...run.stderr.matchAll(/^\s+([a-z]+)\s+(\d+\.\d) ms$/gm)].map((m) => m[1]);
    expect(stages).toEqual(['cache', 'load', 'validate', 'lint', 'approvals', 'render', 'package', 'zip', 'write', 'total']);
  });

  it('--release builds the agreed sample with its facilitator pack: both guides and a handout per lesson, none of it in a learner package', async () => {
    const { root } = sample();
    const run = await runCli(['build', '--release'], root);
    expect(run.code).toBe(0);
    const dir = join(root, 'out', sampleId);
    const pack = listZip(join(dir, `${sampleId}-facilitator-pack.zip`));
    const lessons = JSON.parse(readFileSync(join(root, 'courses', sampleId, 'course.json'), 'utf8')).lessons as string[];
    expect(pack).toEqual(expect.arrayContaining(['index.html', 'easy-read.html', 'staff.html', ...lessons.map((id) => `handouts/${id}.html`)]));
    expect(readdirSync(join(dir, 'guide', 'handouts')).sort()).toEqual(lessons.map((id) => `${id}.html`).sort());
    for (const version of ['scorm12', 'scorm2004']) {
      const entries = listZip(join(dir, `${sampleId}-${version}.zip`));
      expect(entries.filter((entry) => /handout|staff\.html|easy-read\.html|guide/.test(entry))).toEqual([]);
    }
  });
});
