import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';
import { runCli } from './helpers/run-cli.js';
import { copySample, sampleId } from './helpers/sample-copy.js';

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** Line and column (1-based) where `needle` starts in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  expect(index, `${needle} in the file`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Three mistakes in three files of a copy of the sample course, and where each should be reported. */
function makeThreeMistakes(courseDir: string) {
  const coursePath = join(courseDir, 'course.json');
  const courseText = readFileSync(coursePath, 'utf8').replace('"title":', '"colour": "blue",\n  "title":');
  writeFileSync(coursePath, courseText);

  const lessons = readdirSync(join(courseDir, 'lessons')).sort();
  const withQuiz = lessons.find((l) => readFileSync(join(courseDir, 'lessons', l), 'utf8').includes('"correct": true'))!;
  const withSymbol = lessons.find((l) => l !== withQuiz && readFileSync(join(courseDir, 'lessons', l), 'utf8').includes('"symbol": "'))!;

  const quizPath = join(courseDir, 'lessons', withQuiz);
  const quizText = readFileSync(quizPath, 'utf8').replace('"correct": true', '"correct": "yes"');
  writeFileSync(quizPath, quizText);

  const picturePath = join(courseDir, 'lessons', withSymbol);
  const pictureText = readFileSync(picturePath, 'utf8').replace(/"symbol": "[^"]*"/, '"src": "assets/no-such-picture.png"');
  writeFileSync(picturePath, pictureText);

  const dir = `courses/${sampleId}`;
  return [
    { code: 'schema/additionalProperties', file: `${dir}/course.json`, ...positionOf(courseText, '"colour"') },
    { code: 'schema/type', file: `${dir}/lessons/${withQuiz}`, ...positionOf(quizText, '"yes"') },
    { code: 'asset/missing', file: `${dir}/lessons/${withSymbol}`, ...positionOf(pictureText, '"assets/no-such-picture.png"') },
  ];
}

describe('copack validate', () => {
  it('passes the sample course with no problems at all', async () => {
    const run = await runCli(['validate'], repoRoot);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/error|warning/);
    expect(run.code).toBe(0);
  });

  it('prints three mistakes in three files at their line and column, and exits 1', async () => {
    const sample = copySample();
    cleanups.push(sample.cleanup);
    const expected = makeThreeMistakes(sample.courseDir);

    const stylish = await runCli(['validate'], sample.root);
    expect(stylish.code).toBe(1);
    for (const e of expected) {
      expect(stylish.stdout).toContain(`${e.file}:${e.line}:${e.column}  error  ${e.code}`);
    }
    expect(stylish.stdout.match(/ {2}error {2}/g)).toHaveLength(3);

    const json = await runCli(['validate', '--format', 'json'], sample.root);
    expect(json.code).toBe(1);
    const data = JSON.parse(json.stdout) as { errors: number; diagnostics: Array<Record<string, unknown>> };
    expect(data.errors).toBe(3);
    expect(data.diagnostics.map(({ code, file, line, column }) => ({ code, file, line, column }))).toEqual(
      [...expected].sort((a, b) => (a.file < b.file ? -1 : 1)),
    );
  });

  it('fails on warnings only above --max-warnings', async () => {
    const sample = copySample();
    cleanups.push(sample.cleanup);
    // An unlisted lesson file is a warning, not an error.
    const lessonsDir = join(sample.courseDir, 'lessons');
    const first = readdirSync(lessonsDir).sort()[0]!;
    const copy = JSON.parse(readFileSync(join(lessonsDir, first), 'utf8')) as { id: string };
    copy.id = 'spare-lesson';
    writeFileSync(join(lessonsDir, 'spare-lesson.json'), JSON.stringify(copy, null, 2));

    expect((await runCli(['validate'], sample.root)).code).toBe(0);
    expect((await runCli(['validate', '--max-warnings', '1'], sample.root)).code).toBe(0);
    expect((await runCli(['validate', '--max-warnings', '0'], sample.root)).code).toBe(1);
  });

  it('exits 2 with one line for a path that is not a course', async () => {
    const run = await runCli(['validate', 'docs'], repoRoot);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/not a course/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 and suggests the command for a misspelt one', async () => {
    const run = await runCli(['biuld'], repoRoot);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/build/);
  });

  it('exits 2 for an unknown option', async () => {
    const run = await runCli(['validate', '--frmat', 'json'], repoRoot);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/frmat/);
  });

  it('colours output only on a terminal', async () => {
    const sample = copySample();
    cleanups.push(sample.cleanup);
    makeThreeMistakes(sample.courseDir);
    expect((await runCli(['validate'], sample.root)).stdout).not.toContain('\u001b[');
    expect((await runCli(['validate'], sample.root, { isTTY: true })).stdout).toContain('\u001b[');
    expect((await runCli(['validate'], sample.root, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
});

describe('the copack command', () => {
  const bin = join(repoRoot, 'bin', 'copack.js');

  it('shows help with examples and exits 0', () => {
    const help = execFileSync(process.execPath, [bin, 'build', '--help'], { encoding: 'utf8' });
    expect(help).toContain('copack build');
    expect(help).toMatch(/Examples:/);
  });

  it('exits with the code of the result', () => {
    const sample = copySample();
    cleanups.push(sample.cleanup);
    makeThreeMistakes(sample.courseDir);
    const run = spawnSync(process.execPath, [bin, 'validate'], { cwd: sample.root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
  });
});
