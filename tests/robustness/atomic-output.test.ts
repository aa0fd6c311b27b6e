/**
 * Atomic output: a build that fails part-way, at any stage, leaves the previous `out/<id>/`
 * byte for byte as it was, and no staging folder, old build or partial zip anywhere. Each
 * stage's function is made to throw in turn (or, for the disk, to fail after some bytes or
 * files were written), and the build must say so by rejecting, not finish half done.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/index.js';
import { runCli } from '../helpers/run-cli.js';
import { hashTree } from '../helpers/hash-tree.js';
import { copySample, sampleId, type SampleCopy } from '../helpers/sample-copy.js';

type Stage = 'load' | 'validate' | 'lint' | 'approvals' | 'render' | 'manifest' | 'package' | 'zip' | 'write' | 'swap';

/** Which stage fails in the next build, and how far the disk gets first. */
const inject = vi.hoisted(() => {
  const state = { stage: undefined as string | undefined, calls: 0 };
  /** `fn`, unless `stage` is the one failing: then it throws, as a bug in that stage would. */
  const failing =
    <A extends unknown[], R>(stage: string, fn: (...args: A) => R) =>
    (...args: A): R => {
      if (state.stage === stage) {
        state.calls++;
        throw new Error(`injected failure in ${stage}`);
      }
      return fn(...args);
    };
  return { state, failing };
});

vi.mock('../../src/load/read-course.js', async (original) => {
  const actual = await original<typeof import('../../src/load/read-course.js')>();
  return { ...actual, readCourse: inject.failing('load', actual.readCourse) };
});
vi.mock('../../src/validate/validate-course.js', async (original) => {
  const actual = await original<typeof import('../../src/validate/validate-course.js')>();
  return { ...actual, validateCourse: inject.failing('validate', actual.validateCourse) };
});
vi.mock('../../src/lint/lint-courses.js', async (original) => {
  const actual = await original<typeof import('../../src/lint/lint-courses.js')>();
  return { ...actual, lintCourses: inject.failing('lint', actual.lintCourses) };
});
vi.mock('../../src/coproduction/agreement.js', async (original) => {
  const actual = await original<typeof import('../../src/coproduction/agreement.js')>();
  return { ...actual, courseAgreement: inject.failing('approvals', actual.courseAgreement) };
});
vi.mock('../../src/render/render-site.js', async (original) => {
  const actual = await original<typeof import('../../src/render/render-site.js')>();
  return { ...actual, renderSite: inject.failing('render', actual.renderSite) };
});
vi.mock('../../src/scorm/manifest-2004.js', async (original) => {
  const actual = await original<typeof import('../../src/scorm/manifest-2004.js')>();
  return { ...actual, buildManifest2004: inject.failing('manifest', actual.buildManifest2004) };
});
vi.mock('../../src/scorm/plan-package.js', async (original) => {
  const actual = await original<typeof import('../../src/scorm/plan-package.js')>();
  return { ...actual, planPackage: inject.failing('package', actual.planPackage) };
});
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const inStaging = (path: unknown) => String(path).includes('.staging-');
  return {
    ...fs,
    default: fs,
    // `write`: the disk fills up after 5 of the course's files are written.
    writeFileSync: (...args: Parameters<typeof fs.writeFileSync>) => {
      if (inject.state.stage === 'write' && inStaging(args[0]) && inject.state.calls++ >= 5) {
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${String(args[0])}'`), { code: 'ENOSPC' });
      }
      // `zip`: the disk fills up 40 KB into the second zip, after real bytes reached the file.
      if (inject.state.stage === 'zip' && String(args[0]).endsWith('.zip') && inject.state.calls++ >= 1) {
        fs.writeFileSync(args[0], (args[1] as Uint8Array).subarray(0, 40_000));
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${String(args[0])}'`), { code: 'ENOSPC' });
      }
      return fs.writeFileSync(...args);
    },
    // `swap`: moving the finished build into place fails (as on Windows, when a file is open).
    renameSync: (...args: Parameters<typeof fs.renameSync>) => {
      if (inject.state.stage === 'swap' && inStaging(args[0])) {
        inject.state.calls++;
        throw Object.assign(new Error(`EPERM: operation not permitted, rename '${String(args[0])}'`), { code: 'EPERM' });
      }
      return fs.renameSync(...args);
    },
  };
});


/** Leftovers of a half-done build anywhere in the project: staging or old folders, temporary files, stray zips. */
function debris(root: string, knownZips: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      const rel = relative(root, path);
      if (/^\.(staging|previous)-/.test(entry.name) || entry.name.endsWith('.tmp')) found.push(rel);
      else if (entry.name.endsWith('.zip') && !knownZips.includes(rel)) found.push(rel);
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(root);
  return found;
}

const stages: Array<{ stage: Stage; what: string }> = [
  { stage: 'load', what: 'reading the course (readCourse)' },
  { stage: 'validate', what: 'validating it (validateCourse)' },
  { stage: 'lint', what: 'the easy-read rules (lintCourses)' },
  { stage: 'approvals', what: 'working out the agreement (courseAgreement)' },
  { stage: 'render', what: 'rendering the site (renderSite)' },
  { stage: 'manifest', what: 'building the 2004 manifest (buildManifest2004)' },
  { stage: 'package', what: 'planning the packages (planPackage)' },
  { stage: 'zip', what: 'writing the second zip: the disk fills up 40 KB in' },
  { stage: 'write', what: 'writing the site: the disk fills up after 5 files' },
  { stage: 'swap', what: 'moving the finished build into place' },
];

let copy: SampleCopy;
let outDir: string;
let courseOut: string;
let before: Record<string, string>;
let zips: string[];

beforeEach(async () => {
  inject.state.stage = undefined;
  inject.state.calls = 0;
  copy = copySample();
  outDir = join(copy.root, 'out');
  courseOut = join(outDir, sampleId);
  const first = await build({ cwd: copy.root });
  expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  before = hashTree(courseOut);
  zips = (first.packages.get(sampleId) ?? []).map((zip) => join('out', sampleId, zip));
  expect(zips.length).toBeGreaterThanOrEqual(2);
});

afterEach(() => {
  inject.state.stage = undefined;
  copy.cleanup();
});

/** A new course title, so a build that got through would be told apart from the old one. */
function editTitle(title: string): void {
  const path = join(copy.courseDir, 'course.json');
  const course = JSON.parse(readFileSync(path, 'utf8')) as { title: string };
  writeFileSync(path, `${JSON.stringify({ ...course, title }, null, 2)}\n`);
}

const summaryTitle = () => (JSON.parse(readFileSync(join(courseOut, 'build-summary.json'), 'utf8')) as { title: string }).title;

describe('a build that fails part-way', () => {
  it.each(stages)('in $stage ($what) keeps the previous out/<id>/ byte for byte, leaves nothing behind and says so', async ({ stage }) => {
    const oldTitle = summaryTitle();
    editTitle('Learning to co-facilitate, new edition');
    inject.state.stage = stage;
    await expect(build({ cwd: copy.root }), 'the build reports the failure').rejects.toThrow(stage === 'zip' || stage === 'write' ? /ENOSPC/ : stage === 'swap' ? /EPERM/ : `injected failure in ${stage}`);
    expect(inject.state.calls, 'the failure was injected').toBeGreaterThan(0);

    expect(hashTree(courseOut), 'out/<id>/ as it was').toEqual(before);
    expect(summaryTitle()).toBe(oldTitle);
    expect(debris(copy.root, zips), 'staging folders, old builds, partial zips').toEqual([]);
    expect(readdirSync(outDir).sort()).toEqual(['.cache', sampleId]);

    // Once the fault is gone, the next build brings the new course in whole.
    inject.state.stage = undefined;
    const next = await build({ cwd: copy.root });
    expect(next.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(next.cached, 'a failed build is never taken for a finished one').toEqual([]);
    expect(summaryTitle()).toBe('Learning to co-facilitate, new edition');
    expect(debris(copy.root, zips)).toEqual([]);
  });

  it('is told to the person who ran `copack build`: exit code 2 and what went wrong', async () => {
    editTitle('Learning to co-facilitate, new edition');
    inject.state.stage = 'zip';
    const run = await runCli(['build'], copy.root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/something went wrong inside copack: ENOSPC/);
    expect(hashTree(courseOut)).toEqual(before);
    expect(debris(copy.root, zips)).toEqual([]);
  });

  it('with no earlier build leaves no out/<id>/ at all, and nothing else', async () => {
    const fresh = join(copy.root, 'out-fresh');
    inject.state.stage = 'zip';
    await expect(build({ cwd: copy.root, outDir: 'out-fresh' })).rejects.toThrow(/ENOSPC/);
    expect(existsSync(join(fresh, sampleId))).toBe(false);
    expect(debris(copy.root, zips)).toEqual([]);
  });

  it('killed between moving the old build aside and the new one in: the next build puts the old one back first', async () => {
    // As the swap leaves things if the process dies between its two moves.
    const { renameSync } = await import('node:fs');
    renameSync(courseOut, join(outDir, `.previous-${sampleId}`));
    inject.state.stage = 'render';
    editTitle('Another title');
    await expect(build({ cwd: copy.root })).rejects.toThrow(/injected failure in render/);
    inject.state.stage = 'zip';
    await expect(build({ cwd: copy.root })).rejects.toThrow(/ENOSPC/);
    expect(hashTree(courseOut)).toEqual(before);
    expect(debris(copy.root, zips)).toEqual([]);
  });

  it('keeps every file of the old build in place the whole time the new one is written', async () => {
    // The old build is replaced by one rename: its files are never rewritten in place.
    const mtimes = Object.fromEntries(Object.keys(before).map((path) => [path, statSync(join(courseOut, path)).mtimeMs]));
    inject.state.stage = 'write';
    await expect(build({ cwd: copy.root, cache: false })).rejects.toThrow(/ENOSPC/);
    expect(Object.fromEntries(Object.keys(before).map((path) => [path, statSync(join(courseOut, path)).mtimeMs]))).toEqual(mtimes);
  });
});
