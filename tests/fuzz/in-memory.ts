/**
 * The build's stages run in memory, as `build()` runs them for one course but without the
 * disk at either end: parse each file's bytes, validate, lint, work out the agreement,
 * render the site, plan both packages (manifests included) and render the lint report.
 * Fast enough to run thousands of generated courses.
 */
import fc from 'fast-check';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { isDiagnosticCode } from '../../src/diagnostics/codes.js';
import { createIconSetResolver } from '../../src/load/icon-sets.js';
import { parseJson } from '../../src/load/parse-json.js';
import type { CourseInput } from '../../src/load/read-course.js';
import type { Asset } from '../../src/model/course.js';
import type { SourceFile } from '../../src/model/source-file.js';
import { validateCourse } from '../../src/validate/validate-course.js';
import { lintCourses, type LintRequest } from '../../src/lint/lint-courses.js';
import { renderLintReport } from '../../src/lint/report/render-report.js';
import { courseAgreement } from '../../src/coproduction/agreement.js';
import { agreementDiagnostics } from '../../src/coproduction/agreement-diagnostics.js';
import { planCourseOutput } from '../../src/package/plan.js';
import { loadDefaultTheme } from '../../src/render/load-theme.js';
import { loadSchemaFiles } from '../../src/scorm/load-schemas.js';
import { planPackage } from '../../src/scorm/plan-package.js';
import { checkSuspendBudget } from '../../src/scorm/suspend-budget.js';
import { repoRoot } from '../helpers/fixtures.js';
import { prototypeChanges } from './settings.js';

export interface CourseFiles {
  /** Bytes of `course.json`, or absent. */
  course?: Uint8Array;
  /** Lesson file name without `.json` → its bytes. */
  lessons: Map<string, Uint8Array>;
  approvals?: Uint8Array;
  /** Path from the course folder (`assets/…`) → bytes. */
  assets?: Map<string, Uint8Array>;
  /** The course folder's name. */
  folder?: string;
}

export interface InMemoryRun {
  diagnostics: Diagnostic[];
  /** How far it got: `validated` (no course), `linted` (errors stopped it), `built`. */
  reached: 'validated' | 'linted' | 'built';
  files: number;
}

const icons = createIconSetResolver(repoRoot);

/** Every stage of a build for one course, in memory. Throws only if a stage does. */
export function runInMemory(input: CourseFiles, options: { lint?: LintRequest; stopAfterValidation?: boolean } = {}): InMemoryRun {
  const folder = input.folder ?? 'fuzz';
  const dir = `courses/${folder}`;
  const diagnostics: Diagnostic[] = [];
  const parse = (path: string, bytes: Uint8Array | undefined): SourceFile | undefined => {
    if (!bytes) return undefined;
    const parsed = parseJson(path, bytes);
    diagnostics.push(...parsed.diagnostics);
    return parsed.file;
  };
  const course = parse(`${dir}/course.json`, input.course);
  const lessons = new Map<string, SourceFile>();
  for (const [name, bytes] of input.lessons) {
    const file = parse(`${dir}/lessons/${name}.json`, bytes);
    if (file) lessons.set(name, file);
  }
  const approvals = parse(`${dir}/approvals.json`, input.approvals);
  const assets = new Map<string, Asset>();
  for (const [path, bytes] of input.assets ?? []) assets.set(path, { path, size: bytes.length, bytes });
  const courseInput: CourseInput = {
    dir,
    folderName: folder,
    ...(course ? { course } : {}),
    lessons,
    lessonFileNames: new Set(input.lessons.keys()),
    ...(approvals ? { approvals } : {}),
    assets,
    theme: { templates: new Map() },
    diagnostics: [...diagnostics],
  };
  const validated = validateCourse(courseInput, icons);
  const all = [...validated.diagnostics];
  if (!validated.course || options.stopAfterValidation) return { diagnostics: all, reached: 'validated', files: 0 };

  const built = validated.course;
  const linted = lintCourses([built], undefined, options.lint ?? {});
  all.push(...linted.diagnostics);
  all.push(...checkSuspendBudget(built));
  const agreement = courseAgreement(built);
  all.push(...agreementDiagnostics(built, agreement, { release: false }));
  // The lint report is made from the same findings (`copack lint --report`).
  const result = linted.results.get(built.id);
  if (result) renderLintReport([{ course: built, result }]);
  if (all.some((d) => d.severity === 'error')) return { diagnostics: all, reached: 'linted', files: 0 };

  const planned = planCourseOutput(built, all, loadDefaultTheme(), { agreement, release: false });
  let files = planned.length;
  for (const version of ['scorm12', 'scorm2004'] as const) {
    const entries = planPackage(built, planned, version, loadSchemaFiles(version));
    files += entries.length;
    // The manifests must be XML an LMS can read: only characters XML 1.0 allows (§2.2).
    for (const entry of entries.filter((e) => e.path.endsWith('.xml'))) {
      const bad = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u.exec(new TextDecoder().decode(entry.bytes));
      if (bad) throw new Error(`${version} ${entry.path} holds U+${bad[0].codePointAt(0)!.toString(16).padStart(4, '0')}, which XML does not allow`);
    }
  }
  return { diagnostics: all, reached: 'built', files };
}

/** Runs a course and checks what must hold of any run (no stage throws, diagnostics well formed, prototypes untouched). */
export function runChecked(files: CourseFiles, what: string, options?: Parameters<typeof runInMemory>[1]): InMemoryRun {
  let result: InMemoryRun;
  try {
    result = runInMemory(files, options);
  } catch (error) {
    throw new Error(`a stage threw on ${what}: ${(error as Error).stack ?? String(error)}`);
  }
  const malformed = result.diagnostics.filter((d) => !wellFormed(d));
  if (malformed.length > 0) throw new Error(`malformed diagnostics on ${what}: ${JSON.stringify(malformed.slice(0, 3))}`);
  const changes = prototypeChanges();
  if (changes.length > 0) throw new Error(`${what} changed the built-in prototypes: ${changes.join('; ')}`);
  return result;
}

export const errorsOf = (r: InMemoryRun) => r.diagnostics.filter((d) => d.severity === 'error');

/** A generated case that fast-check prints as `what` when it fails: the bytes themselves would fill the screen. */
export const described = <T extends object>(value: T, what: string): T & { what: string } => ({ ...value, what, [fc.toStringMethod]: () => what });

/** A diagnostic as the pipeline promises it: a known code, a severity, a place, words. */
export function wellFormed(d: Diagnostic): boolean {
  return (
    isDiagnosticCode(d.code) &&
    ['error', 'warning', 'info'].includes(d.severity) &&
    typeof d.file === 'string' &&
    Number.isInteger(d.line) &&
    d.line >= 1 &&
    Number.isInteger(d.column) &&
    d.column >= 1 &&
    typeof d.pointer === 'string' &&
    typeof d.message === 'string' &&
    d.message.length > 0
  );
}
