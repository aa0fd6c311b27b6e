import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { sampleId, useSampleCopies } from '../helpers/sample-copy.js';
import { positionOf } from './rule-tester.js';

const sample = useSampleCopies();

/** Puts jargon made of common words into the first point of a lesson of the copy; returns where it is. */
function addJargon(courseDir: string) {
  const path = join(courseDir, 'lessons', 'planning-a-group.json');
  const text = readFileSync(path, 'utf8').replace(/("text": ")([^"]*)"/, '$1We meet in order to plan."');
  writeFileSync(path, text);
  return { file: `courses/${sampleId}/lessons/planning-a-group.json`, ...positionOf(text, 'in order to') };
}

describe('copack lint', () => {
  it('passes the sample course with notes only, and writes the report', async () => {
    const { root } = sample();
    const run = await runCli(['lint', '--report', 'out/lint-report.html'], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/0 errors, 0 warnings, \d+ notes/);
    expect(run.stdout).toContain('Wrote the report to out/lint-report.html');
    const html = readFileSync(join(root, 'out', 'lint-report.html'), 'utf8');
    expect(html).toContain('<h2 id="course--co-facilitator-training">Training to be a co-facilitator</h2>');
  });

  it('reports a finding at its word, as stylish lines or JSON, and exits 1 on errors', async () => {
    const { root, courseDir } = sample();
    const where = addJargon(courseDir);
    const stylish = await runCli(['lint'], root);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain(`${where.file}:${where.line}:${where.column}  error  lint/jargon`);
    const json = await runCli(['lint', '--format', 'json'], root);
    const data = JSON.parse(json.stdout) as { errors: number; diagnostics: Array<{ code: string; line: number; column: number }> };
    expect(data.errors).toBe(1);
    expect(data.diagnostics.filter((d) => d.code === 'lint/jargon').map(({ line, column }) => ({ line, column }))).toEqual([{ line: where.line, column: where.column }]);
  });

  it('takes severities from --rule, and counts warnings against --max-warnings', async () => {
    const { root, courseDir } = sample();
    addJargon(courseDir);
    expect((await runCli(['lint', '--rule', 'jargon:warn'], root)).code).toBe(0);
    expect((await runCli(['lint', '--rule', 'jargon:warn', '--max-warnings', '0'], root)).code).toBe(1);
    expect((await runCli(['lint', '--rule', 'jargon:off', '--rule', 'readability:off'], root)).stdout).toContain('no problems');
  });

  it('is a usage error for a --rule it cannot read', async () => {
    const { root } = sample();
    const run = await runCli(['lint', '--rule', 'jargn:off'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('`jargon`');
  });

  it('reads copack.config.json, and checks it against its schema', async () => {
    const { root, courseDir } = sample();
    addJargon(courseDir);
    writeFileSync(join(root, 'copack.config.json'), JSON.stringify({ $schema: './schemas/config.schema.json', lint: { rules: { jargon: 'off' } } }));
    expect((await runCli(['lint'], root)).code).toBe(0);
    writeFileSync(join(root, 'copack.config.json'), '{\n  "lint": { "rulez": {} }\n}\n');
    const run = await runCli(['lint'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('copack.config.json:2:13  error  schema/additionalProperties');
  });
});

describe('copack build with the linter', () => {
  it('does not write a course with lint errors', async () => {
    const { root, courseDir } = sample();
    const where = addJargon(courseDir);
    const run = await runCli(['build'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${where.file}:${where.line}:${where.column}  error  lint/jargon`);
    expect(existsSync(join(root, 'out', sampleId))).toBe(false);
  });

  it('writes it when the finding is only a warning, and counts the warning', async () => {
    const { root, courseDir } = sample();
    addJargon(courseDir);
    const run = await runCli(['build', '--rule', 'jargon:warn'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('warning  lint/jargon');
    expect(run.stdout).not.toContain('lint/readability');
    expect(existsSync(join(root, 'out', sampleId, 'build-summary.json'))).toBe(true);
    expect((await runCli(['build', '--rule', 'jargon:warn', '--max-warnings', '0'], root)).code).toBe(1);
  });
});
