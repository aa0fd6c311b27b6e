import { basename, resolve } from 'node:path';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { compareDiagnostics, compareStrings } from './diagnostics/diagnostic.js';
import type { Course } from './model/course.js';
import { discoverCourses } from './load/discover.js';
import { readCourse } from './load/read-course.js';
import { createIconSetResolver, type IconSetResolver } from './load/icon-sets.js';
import { validateCourse } from './validate/validate-course.js';
import { planCourseOutput, type OutputFile } from './package/plan.js';
import { buildKey, cachedBuild, courseKey, forgetBuild, storeBuild } from './package/build-cache.js';
import { makeZips, writeCourseOutput } from './package/write-output.js';
import { loadDefaultTheme } from './render/load-theme.js';
import { readProjectConfig } from './load/read-config.js';
import { lintCourses, type LintRequest } from './lint/lint-courses.js';
import type { LintResult } from './lint/runner.js';
import { checkSuspendBudget } from './scorm/suspend-budget.js';
import { loadSchemaFiles } from './scorm/load-schemas.js';
import { packageName, planPackage } from './scorm/plan-package.js';
import { courseAgreement } from './coproduction/agreement.js';
import { agreementDiagnostics } from './coproduction/agreement-diagnostics.js';
import { StageTimer } from './stage-timer.js';
import { planGuide } from './guide/plan-guide.js';

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
  const timer = options.timer ?? new StageTimer();
  const icons = createIconSetResolver(cwd);
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

interface CourseCheckContext {
  cwd: string;
  icons: IconSetResolver;
  timer: StageTimer;
  lint: boolean | LintRequest;
}

/**
 * One course read, validated and linted, for `build`: the same steps as `check`, one course
 * at a time. Diagnostics about `copack.config.json` come with every course; the caller
 * shows them once.
 */
function checkCourse(dir: string, context: CourseCheckContext): { course?: Course; diagnostics: Diagnostic[] } {
  const { cwd, timer } = context;
  const input = timer.time('load', () => readCourse(cwd, dir));
  const result = timer.time('validate', () => validateCourse(input, context.icons));
  const diagnostics = [...result.diagnostics];
  if (result.course && context.lint) {
    const course = result.course;
    const request = context.lint === true ? {} : context.lint;
    const projectConfig = readProjectConfig(cwd);
    const linted = timer.time('lint', () => lintCourses([course], projectConfig.file, request));
    diagnostics.push(...projectConfig.diagnostics, ...linted.diagnostics);
  }
  return { ...(result.course ? { course: result.course } : {}), diagnostics };
}

/**
 * What `build` can make of each course: the offline site, the two SCORM packages, and the
 * facilitator pack (the guides and print handouts, never inside a learner's package).
 */
export const allTargets = ['site', 'scorm12', 'scorm2004', 'guide'] as const;
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
  /**
   * Reuse what `out/.cache/` says an earlier build made, for courses whose every input is
   * unchanged. Default: on.
   */
  cache?: boolean;
  /** Called as each course starts building (1-based `index` of `total`): progress for long builds. */
  onProgress?: (event: { courseId: string; index: number; total: number }) => void;
}

export interface BuildResult {
  /** Every problem of every course, sorted by file, line, column and code. */
  diagnostics: Diagnostic[];
  /** Paths given that are not courses: a usage problem, not a course problem. */
  notCourses: string[];
  /** How many course folders were checked, valid or not. */
  checked: number;
  /** The files each course that built has in `out/<id>/`, by course id, sorted. */
  outputs: Map<string, string[]>;
  /** The zips of each course that built, by course id: paths inside `out/<id>/`. */
  packages: Map<string, string[]>;
  /** Courses whose inputs had not changed since the last build, so `out/<id>/` was kept. */
  cached: string[];
  /** The title of each course that built, by course id. */
  titles: Map<string, string>;
  outDir: string;
}

/**
 * Builds each course in turn, start to finish (read, check, lint, render, package, write),
 * so only one course is in memory at a time. A course with errors keeps whatever it had in
 * `out/` before. A course whose inputs are byte-for-byte what the cache recorded, built by
 * the same copack with the same settings, is not built again.
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const outDir = resolve(cwd, options.outDir ?? 'out');
  const targets = new Set<Target>(options.targets ?? allTargets);
  const release = options.release === true;
  // The build lints by default; readability figures are for `copack lint`, not every build.
  const lintRequest = options.lint ?? { infos: false };
  const timer = options.timer ?? new StageTimer();
  const useCache = options.cache !== false;
  const { courseDirs, notCourses } = discoverCourses(cwd, options.paths ?? []);
  const shared = useCache ? buildKey({ cwd, targets: [...targets], release, lint: lintRequest }) : '';
  const context: CourseCheckContext = { cwd, icons: createIconSetResolver(cwd), timer, lint: lintRequest };

  const diagnostics: Diagnostic[] = [];
  const projectProblems = new Map<string, Diagnostic>();
  const outputs = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  const cached: string[] = [];
  const titles = new Map<string, string>();
  let waiting: WaitingCourse | undefined;
  for (const [i, dir] of courseDirs.entries()) {
    options.onProgress?.({ courseId: basename(dir), index: i + 1, total: courseDirs.length });
    const key = useCache ? timer.time('cache', () => courseKey(shared, dir)) : '';
    const hit = useCache ? cachedBuild(outDir, basename(dir), key) : undefined;
    if (hit) {
      diagnostics.push(...hit.diagnostics);
      await flush(); // courses are recorded in order
      record(basename(dir), hit.title, hit.files.map((file) => file.path));
      cached.push(basename(dir));
      continue;
    }
    const checked = checkCourse(dir, context);
    const course = checked.course;
    const own: Diagnostic[] = [];
    for (const d of checked.diagnostics) {
      // Problems in copack.config.json are the same for every course: show them once.
      if (course && !isInside(d.file, course.dir)) projectProblems.set(diagnosticKey(d), d);
      else own.push(d);
    }
    if (!course) {
      diagnostics.push(...own);
      continue;
    }
    if (targets.has('scorm12')) own.push(...checkSuspendBudget(course));
    const agreement = timer.time('approvals', () => courseAgreement(course));
    own.push(...agreementDiagnostics(course, agreement, { release }));
    own.sort(compareDiagnostics);
    diagnostics.push(...own);
    if (own.some((d) => d.severity === 'error')) {
      if (useCache) forgetBuild(outDir, course.id);
      continue;
    }
    const planned = timer.time('render', () => planCourseOutput(course, own, loadDefaultTheme(), { agreement, release }));
    const files = targets.has('site') ? planned : planned.filter((file) => !file.path.startsWith('site/'));
    const zips = scormVersions
      .filter((version) => targets.has(version))
      .map((version) => ({
        path: packageName(course.id, version),
        entries: timer.time('package', () => planPackage(course, planned, version, loadSchemaFiles(version))),
      }));
    if (targets.has('guide')) {
      const guide = timer.time('guide', () => planGuide(course, loadDefaultTheme(), { draft: !agreement.allAgreed }));
      files.push(...guide);
      zips.push({ path: facilitatorPackName(course.id), entries: guide.map((file) => ({ path: file.path.slice('guide/'.length), bytes: file.bytes })) });
    }
    if (useCache) forgetBuild(outDir, course.id);
    // The zips compress on the thread pool while the next course is checked on this thread;
    // then this course is written, before that one: courses are written one after another.
    const zipped = makeZips(zips);
    zipped.catch(() => undefined); // awaited in flush; never an unhandled rejection meanwhile
    await flush();
    waiting = { id: course.id, title: course.data.title, files, zipped, key, diagnostics: own };
  }
  await flush();

  /** Writes the course whose zips are compressing, once they are done. */
  async function flush(): Promise<void> {
    if (!waiting) return;
    const { id, title, files, zipped, key, diagnostics: own } = waiting;
    waiting = undefined;
    const zips = await timer.timeAsync('zip', () => zipped);
    timer.time('write', () => writeCourseOutput(outDir, id, { files, zips }));
    if (useCache) timer.time('cache', () => storeBuild(outDir, id, { key, title, diagnostics: own }));
    record(id, title, [...files.map((file) => file.path), ...zips.map((zip) => zip.path)]);
  }

  function record(id: string, title: string, paths: string[]) {
    titles.set(id, title);
    outputs.set(id, paths.sort(compareStrings));
    packages.set(id, paths.filter((path) => path.endsWith('.zip')));
  }
  diagnostics.push(...projectProblems.values());
  return { diagnostics: diagnostics.sort(compareDiagnostics), notCourses, checked: courseDirs.length, outputs, packages, cached, titles, outDir };
}

const scormVersions = ['scorm12', 'scorm2004'] as const;

/** A course checked and planned, waiting for its zips before it is written. */
interface WaitingCourse {
  id: string;
  title: string;
  files: OutputFile[];
  zipped: Promise<OutputFile[]>;
  key: string;
  diagnostics: Diagnostic[];
}

/** The facilitator pack's zip inside `out/<course-id>/`. */
export const facilitatorPackName = (courseId: string) => `${courseId}-facilitator-pack.zip`;

/** Whether a diagnostic's file belongs to a course folder; a course built as `.` owns every path that does not climb out. */
const isInside = (file: string, dir: string) =>
  dir === '.' ? file !== '..' && !file.startsWith('../') : file === dir || file.startsWith(`${dir}/`);
const diagnosticKey = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
