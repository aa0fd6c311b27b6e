/**
 * Build progress: "Building 2 of 3: course-id" on stderr for a person at a terminal, nothing
 * at all when stderr is not a terminal or `CI` is set; and the summary a build ends with.
 */
import { describe, expect, it } from 'vitest';
import { createBuildProgress, formatBuildSummary, isCi } from '../../src/authoring/progress.js';
import { runCli } from '../helpers/run-cli.js';
import { useProjects } from './scratch-project.js';

const project = useProjects();

async function projectWithCourses(ids: string[]) {
  const { root } = project();
  for (const id of ids) expect((await runCli(['new', id], root)).code).toBe(0);
  return root;
}

describe('build progress', () => {
  it('shows each course on one rewritten line at a terminal, and clears it at the end', async () => {
    const ids = ['alpha', 'beta', 'gamma'];
    const root = await projectWithCourses(ids);
    const run = await runCli(['build'], root, { stderrIsTTY: true, env: {} });
    expect(run.code).toBe(0);
    for (const [i, id] of ids.entries()) expect(run.stderr).toContain(`\r\u001b[2KBuilding ${i + 1} of 3: ${id}`);
    expect(run.stderr.endsWith('\r\u001b[2K')).toBe(true);
    // Progress never reaches stdout, so `--format json` stays one document.
    expect(run.stdout).not.toContain('Building');
  });

  it('is quiet when stderr is not a terminal', async () => {
    const root = await projectWithCourses(['alpha', 'beta']);
    const run = await runCli(['build'], root, { isTTY: false, stderrIsTTY: false, env: {} });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('is quiet when CI is set, even at a terminal', async () => {
    const root = await projectWithCourses(['alpha']);
    const run = await runCli(['build'], root, { isTTY: true, stderrIsTTY: true, env: { CI: 'true' } });
    expect(run.stderr).toBe('');
  });

  it('ends with a summary: courses built, errors, warnings and where', async () => {
    const root = await projectWithCourses(['alpha', 'beta']);
    const first = await runCli(['build', '--out', 'site-out'], root);
    expect(first.stdout).toMatch(/alpha → site-out\/alpha\/ \(alpha-facilitator-pack\.zip, alpha-scorm12\.zip, alpha-scorm2004\.zip\)/);
    expect(first.stdout).toMatch(/Done: 2 of 2 courses ready in site-out\/ \(2 built\); 0 errors, 2 warnings\.\n$/);
  });

  it('counts the courses built, kept and not built', () => {
    expect(formatBuildSummary({ ready: 38, upToDate: 8, courses: 40, errors: 5, warnings: 1, outDir: 'out' })).toBe(
      'Done: 38 of 40 courses ready in out/ (30 built, 8 up to date, 2 not built: they have errors); 5 errors, 1 warning.\n',
    );
    expect(formatBuildSummary({ ready: 0, upToDate: 0, courses: 1, errors: 1, warnings: 0, outDir: 'out/' })).toBe(
      'Done: 0 of 1 course ready in out/ (1 not built: it has errors); 1 error, 0 warnings.\n',
    );
  });

  it('reads CI as most services set it', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: '1' })).toBe(true);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({ CI: '' })).toBe(false);
    expect(isCi({})).toBe(false);
  });

  it('gives no progress callback when quiet, so the build does no extra work', () => {
    expect(createBuildProgress({ write: () => undefined, isTTY: false, env: {} }).onProgress).toBeUndefined();
    expect(createBuildProgress({ write: () => undefined, isTTY: true, env: {} }).onProgress).toBeTypeOf('function');
  });
});
