import { resolve } from 'node:path';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { compareDiagnostics } from './diagnostics/diagnostic.js';
import type { Course } from './model/course.js';
import { discoverCourses } from './load/discover.js';
import { readCourse } from './load/read-course.js';
import { createIconSetResolver } from './load/icon-sets.js';
import { validateCourse } from './validate/validate-course.js';
import { planCourseOutput, type OutputFile } from './package/plan.js';
import { writeCourseOutput } from './package/write-output.js';
import { loadDefaultTheme } from './render/load-theme.js';
import { readProjectConfig } from './load/read-config.js';
import { lintCourses, type LintRequest } from './lint/lint-courses.js';
import type { LintResult } from './lint/runner.js';
import { checkSuspendBudget } from './scorm/suspend-budget.js';
import { loadSchemaFiles } from './scorm/load-schemas.js';
import { packageName, planPackage } from './scorm/plan-package.js';
import { courseAgreement, type CourseAgreement } from './coproduction/agreement.js';
import { agreementDiagnostics } from './coproduction/agreement-diagnostics.js';
import { StageTimer } from './stage-timer.js';

export interface CheckOptions {
  /** The working folder paths are resolved from and diagnostics are shown from. Default: `process.cwd()`. */
  cwd?: string;
  /** Course folders or folders of courses. Default: `courses/`. */
  paths?: readonly string[];
  /**
   * Run the easy-read linter on each course that loaded, with `copack.config.json` from
   * `cwd`. Default: off for `check` (it checks the course format), on for `build`.
   */
  lint?: boolean | LintRequest;
  /** Adds each stage's wall time to this timer (`copack build --timings`). */
  timer?: StageTimer;
}

export interface CheckResult {
  /** Courses whose `course.json` passed its schema, in folder order. */
  courses: Course[];
  /** Every problem of every course, sorted by file, line, column and code. */
  diagnostics: Diagnostic[];
  /** Paths given that are not courses: a usage problem, not a course problem. */
  notCourses: string[];
  /** How many course folders were checked, valid or not. */
  checked: number;
  /** The linter's findings for each course it linted, by course id (for the HTML report). */
  lint: Map<string, LintResult>;
}

/** Load and validate every course. Reads the disk, writes nothing. */
export function check(options: CheckOptions = {}): CheckResult {
  const cwd = resolve(options.cwd ?? process.cwd());
  const { courseDirs, notCourses } = discoverCourses(cwd, options.paths ?? []);
  const icons = createIconSetResolver(cwd);
  const timer = options.timer ?? new StageTimer();
  const courses: Course[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const dir of courseDirs) {
    const input = timer.time('load', () => readCourse(cwd, dir));
    const result = timer.time('validate', () => validateCourse(input, icons));
    if (result.course) courses.push(result.course);
    diagnostics.push(...result.diagnostics);
  }
  let lint = new Map<string, LintResult>();
  if (options.lint) {
    const request = options.lint;
    const projectConfig = readProjectConfig(cwd);
    const linted = timer.time('lint', () => lintCourses(courses, projectConfig.file, request === true ? {} : request));
    diagnostics.push(...projectConfig.diagnostics, ...linted.diagnostics);
    lint = linted.results;
  }
  return { courses, diagnostics: diagnostics.sort(compareDiagnostics), notCourses, checked: courseDirs.length, lint };
}

/** What `build` can make of each course: the offline site and the two SCORM packages. */
export const allTargets = ['site', 'scorm12', 'scorm2004'] as const;
export type Target = (typeof allTargets)[number];

export interface BuildOptions extends CheckOptions {
  /** Where outputs go. Default: `out/` in the working folder. */
  outDir?: string;
  /** Which outputs to make. Default: all of them. */
  targets?: readonly Target[];
  /**
   * A release build: a lesson the service users have not agreed as it is now is an error,
   * and the course is not built. Default: a draft build, which warns and marks its pages.
   */
  release?: boolean;
}

export interface BuildResult extends CheckResult {
  /** The files of each course that built, by course id; paths are inside `out/<id>/`. */
  outputs: Map<string, OutputFile[]>;
  /** The zips of each course that built, by course id: paths inside `out/<id>/`. */
  packages: Map<string, string[]>;
  outDir: string;
}

/**
 * Check, then plan each course's output in memory, then write the courses that have no
 * errors. A course with errors keeps whatever it had in `out/` before.
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const outDir = resolve(cwd, options.outDir ?? 'out');
  const targets = new Set<Target>(options.targets ?? allTargets);
  // The build lints by default; readability figures are for `copack lint`, not every build.
  const timer = options.timer ?? new StageTimer();
  const checked = check({ ...options, cwd, timer, lint: options.lint ?? { infos: false } });
  const release = options.release === true;
  const outputs = new Map<string, OutputFile[]>();
  const packages = new Map<string, string[]>();
  const agreements = new Map<string, CourseAgreement>();
  for (const course of checked.courses) {
    if (targets.has('scorm12')) checked.diagnostics.push(...checkSuspendBudget(course));
    const agreement = timer.time('approvals', () => courseAgreement(course));
    agreements.set(course.id, agreement);
    checked.diagnostics.push(...agreementDiagnostics(course, agreement, { release }));
  }
  checked.diagnostics.sort(compareDiagnostics);
  for (const course of checked.courses) {
    const own = checked.diagnostics.filter((d) => d.file === course.dir || d.file.startsWith(`${course.dir}/`));
    if (own.some((d) => d.severity === 'error')) continue;
    const planned = timer.time('render', () => planCourseOutput(course, own, loadDefaultTheme(), { agreement: agreements.get(course.id)!, release }));
    const files = targets.has('site') ? planned : planned.filter((file) => !file.path.startsWith('site/'));
    const zips = scormVersions
      .filter((version) => targets.has(version))
      .map((version) => ({
        path: packageName(course.id, version),
        entries: timer.time('package', () => planPackage(course, planned, version, loadSchemaFiles(version))),
      }));
    await timer.timeAsync('write', () => writeCourseOutput(outDir, course.id, { files, zips }));
    outputs.set(course.id, files);
    packages.set(course.id, zips.map((zip) => zip.path));
  }
  return { ...checked, outputs, packages, outDir };
}

const scormVersions = ['scorm12', 'scorm2004'] as const;
