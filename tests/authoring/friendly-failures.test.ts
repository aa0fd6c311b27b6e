/**
 * Friendly failures: a wrong command or option gets a "did you mean", no `courses/` folder or
 * a path that is not a course says what to do; each is one line and exit code 2 with no stack
 * trace (unless `--debug`). And `bin/copack.js` refuses a Node older than 20 in one line.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { useProjects } from './scratch-project.js';

const project = useProjects();
const stackLine = /\n\s+at /;

/** One line on stderr, nothing on stdout, exit code 2, no stack. */
function expectOneLine(run: CliRun): string {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(stackLine);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^copack: /);
  return lines[0]!;
}

describe('usage problems', () => {
  it('suggests the command for a misspelt one', async () => {
    const line = expectOneLine(await runCli(['biuld'], repoRoot));
    expect(line).toContain('`biuld` is not a copack command');
    expect(line).toContain('Did you mean `copack build`?');
  });

  it('lists the commands for a word that is not close to any', async () => {
    const line = expectOneLine(await runCli(['frobnicate'], repoRoot));
    for (const command of ['new', 'preview', 'build', 'lint', 'validate']) expect(line).toContain(`\`${command}\``);
  });

  it('suggests the option for a misspelt one, for that command', async () => {
    expect(expectOneLine(await runCli(['validate', '--frmat', 'json'], repoRoot))).toContain('`--frmat` is not an option of `copack validate`. Did you mean `--format`?');
    expect(expectOneLine(await runCli(['build', '--max-warning', '3'], repoRoot))).toContain('Did you mean `--max-warnings`?');
    expect(expectOneLine(await runCli(['preview', '--prot', '0'], repoRoot))).toContain('Did you mean `--port`?');
    expect(expectOneLine(await runCli(['new', 'x', '--titel', 'X'], repoRoot))).toContain('Did you mean `--title`?');
  });

  it('says there is no courses/ folder, and how to start one', async () => {
    const { root } = project();
    for (const command of ['build', 'validate', 'lint', 'preview']) {
      const line = expectOneLine(await runCli([command], root));
      expect(line, command).toContain('There is no `courses/` folder here');
      expect(line).toContain('copack new my-course');
    }
  });

  it('says when courses/ has no course in it yet', async () => {
    const { root } = project();
    mkdirSync(join(root, 'courses'));
    expect(expectOneLine(await runCli(['build'], root))).toContain('There are no courses in `courses/` yet');
  });

  it('says what is wrong with a path that is not a course', async () => {
    const { root } = project();
    mkdirSync(join(root, 'courses', 'empty'), { recursive: true });
    writeFileSync(join(root, 'notes.txt'), 'hello');
    expect(expectOneLine(await runCli(['build', 'nowhere'], root))).toContain('`nowhere` does not exist');
    expect(expectOneLine(await runCli(['build', 'notes.txt'], root))).toContain('`notes.txt` is a file, not a course');
    expect(expectOneLine(await runCli(['build', 'courses/empty'], root))).toContain('`courses/empty` is not a course');
    expect(expectOneLine(await runCli(['preview', 'courses/empty', '--port', '0'], root))).toContain('`courses/empty` is not a course');
  });

  it('shows the stack only with --debug', async () => {
    const run = await runCli(['validate', '--frmat', 'json', '--debug'], repoRoot);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(stackLine);
  });
});

describe('bin/copack.js and the Node version', () => {
  const bin = join(repoRoot, 'bin', 'copack.js');

  /** Runs the real entry point with `process.versions.node` replaced, before it runs. */
  const runAs = (version: string, args: string[]) => {
    const fake = `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: ${JSON.stringify(version)} } });`;
    return spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(fake)}`, bin, ...args], { cwd: repoRoot, encoding: 'utf8' });
  };

  it.each(['18.19.0', '16.20.2', '19.9.0'])('refuses Node %s in one line with exit code 2', (version) => {
    const run = runAs(version, ['--help']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`copack: needs Node.js 20 or newer; this is Node.js ${version}. Install the current LTS version from https://nodejs.org.\n`);
  });

  it.each(['20.0.0', '22.11.0'])('runs on Node %s', (version) => {
    const run = runAs(version, ['--version']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('an unknown command from the real entry point: one line, exit code 2, no stack', () => {
    const run = spawnSync(process.execPath, [bin, 'biuld'], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^copack: `biuld` is not a copack command\. Did you mean `copack build`\?/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
