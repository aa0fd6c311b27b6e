import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesRoot = join(repoRoot, 'tests', 'fixtures', 'courses');

/** A diagnostic as a fixture expects it: what it is and exactly where, never its wording. */
export interface ExpectedDiagnostic {
  code: string;
  severity: 'error' | 'warning' | 'info';
  /** Path from the case's course folder, e.g. `lessons/intro.json`. */
  file: string;
  line: number;
  column: number;
}

/**
 * Files a case makes when it runs, for inputs that cannot sit in git as they are:
 * very large files and links. `path` is from the case's course folder and may use `..`
 * to place a file beside the course (inside the run's own temporary folder). `size` makes
 * the file that many bytes long by extending it with a hole (a sparse file): a 100 MB file
 * that takes no room on disk and no time to write.
 */
export type SetupStep =
  | { path: string; prefix?: string; prefixHex?: string; repeat?: string; times?: number; suffix?: string; size?: number }
  | { symlink: string; target: string };

export interface FixtureCase {
  name: string;
  dir: string;
  description: string;
  expected: ExpectedDiagnostic[];
  setup: SetupStep[];
}

export function listCases(kind: 'valid' | 'invalid'): FixtureCase[] {
  const root = join(fixturesRoot, kind);
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const expectedPath = join(dir, 'expected.json');
      const spec = existsSync(expectedPath)
        ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as { description?: string; diagnostics?: ExpectedDiagnostic[]; setup?: SetupStep[] })
        : {};
      return { name, dir, description: spec.description ?? name, expected: spec.diagnostics ?? [], setup: spec.setup ?? [] };
    });
}

/**
 * Copies a case to `tests/.runs/<random>/case/<case>/`: the same depth as the fixtures, so the
 * relative `$schema` paths still resolve, and a fresh place for its setup to write to.
 */
export function materialise(fixture: FixtureCase): { courseDir: string; cleanup: () => void } {
  const runsDir = join(repoRoot, 'tests', '.runs');
  mkdirSync(runsDir, { recursive: true });
  const runDir = mkdtempSync(join(runsDir, 'run-'));
  const courseDir = join(runDir, 'case', basename(fixture.dir));
  cpSync(fixture.dir, courseDir, { recursive: true, verbatimSymlinks: true });
  rmSync(join(courseDir, 'expected.json'), { force: true });
  for (const step of fixture.setup) {
    if ('symlink' in step) {
      const link = join(courseDir, step.symlink);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(step.target, link);
    } else {
      const path = join(courseDir, step.path);
      mkdirSync(dirname(path), { recursive: true });
      const parts = [
        Buffer.from(step.prefixHex ?? '', 'hex'),
        Buffer.from(step.prefix ?? ''),
        Buffer.from((step.repeat ?? '').repeat(step.times ?? 0)),
        Buffer.from(step.suffix ?? ''),
      ];
      writeFileSync(path, Buffer.concat(parts));
      if (step.size !== undefined) truncateSync(path, step.size);
    }
  }
  return { courseDir, cleanup: () => rmSync(runDir, { recursive: true, force: true }) };
}
