/**
 * The SCORM packages under test: built from a course with copack's library API into a
 * temporary `out/`, listed and unpacked with Debian's `unzip`. The tools the SCORM tests need
 * are checked here, and a missing one fails the tests saying what to install: they never skip.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { build } from '../../src/index.js';
import { repoRoot } from './fixtures.js';
import { sampleId } from './sample-copy.js';

export type ScormVersion = 'scorm12' | 'scorm2004';
export const scormVersions: readonly ScormVersion[] = ['scorm12', 'scorm2004'];

/** The full path of `binary` on PATH, or an error naming the Debian package that has it. */
export function requireTool(binary: string, debianPackage: string): string {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    const path = join(dir, binary);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // Not in this folder.
    }
  }
  throw new Error(
    `\`${binary}\` is not installed, and the SCORM tests need it. ` +
      `On Debian or Ubuntu: \`sudo apt-get update && sudo apt-get install -y --no-install-recommends ${debianPackage}\` ` +
      '(`.ci/run` does this in CI).',
  );
}

export interface BuiltPackages {
  outDir: string;
  /** The zip of each version, by its full path. */
  zips: Record<ScormVersion, string>;
  cleanup: () => void;
}

/** Builds a course's two SCORM zips (and nothing else) into a fresh temporary `out/`. */
export async function buildPackages(options: { cwd?: string; courseId?: string } = {}): Promise<BuiltPackages> {
  const outDir = mkdtempSync(join(tmpdir(), 'copack-scorm-'));
  const courseId = options.courseId ?? sampleId;
  const result = await build({ cwd: options.cwd ?? repoRoot, outDir, paths: [join('courses', courseId)], targets: ['scorm12', 'scorm2004'] });
  const built = result.packages.get(courseId);
  if (!built || built.length !== 2) {
    rmSync(outDir, { recursive: true, force: true });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    throw new Error(`${courseId} did not build its packages:\n${errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`).join('\n')}`);
  }
  const zip = (version: ScormVersion) => join(outDir, courseId, `${courseId}-${version}.zip`);
  return { outDir, zips: { scorm12: zip('scorm12'), scorm2004: zip('scorm2004') }, cleanup: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** The names of a zip's entries, in the zip's own order (`unzip -Z1`). */
export function listZip(zip: string): string[] {
  const unzip = requireTool('unzip', 'unzip');
  return execFileSync(unzip, ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** Unpacks a zip into `dir` (made if missing), as an LMS does on upload. */
export function unzipTo(zip: string, dir: string): string {
  const unzip = requireTool('unzip', 'unzip');
  mkdirSync(dir, { recursive: true });
  // -q quiet, -o overwrite without asking: a test folder, never the learner's.
  execFileSync(unzip, ['-q', '-o', zip, '-d', dir]);
  return dir;
}

/** One entry of a zip as text (`unzip -p`), without unpacking the rest. */
export function readZipText(zip: string, entry: string): string {
  const unzip = requireTool('unzip', 'unzip');
  return execFileSync(unzip, ['-p', zip, entry], { encoding: 'utf8' });
}
