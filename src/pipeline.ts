import { basename, resolve } from 'node:path';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { compareDiagnostics, compareStrings } from './diagnostics/diagnostic.js';
import type { Course } from './model/course.js';
import { discoverCourses } from './load/discover.js';
import { createIconSetResolver } from './load/icon-sets.js';
import type { OutputFile } from './package/plan.js';
import { readCourse } from './load/read-course.js';
import { validateCourse } from './validate/validate-course.js';
import { buildKey, cachedBuild, courseKey, forgetBuild, storeBuild } from './package/build-cache.js';
import { makeZips, writeCourseOutput } from './package/write-output.js';
import { readProjectConfig } from './load/read-config.js';
import { lintCourses, type LintRequest } from './lint/lint-courses.js';
import type { LintResult } from './lint/runner.js';
import { StageTimer } from './stage-timer.js';
import { allTargets, type CoursePlan, type PlanSettings, type Target } from './plan-course.js';
import { inlinePlanner, workerCount, workerPlanner } from './parallel/plan-pool.js';

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

export { allTargets, facilitatorPackName, type Target } from './plan-course.js';

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
  /**
   * Worker threads to plan courses on (read, check, lint, render). Default: `workerCount`'s
   * choice (one per core but one, with 6 or more courses on 4 or more cores; else none);
   * `COPACK_WORKERS` sets it too.
   */
  workers?: number;
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
 * Builds each course in turn (read, check, lint, render, package, zip, write), a few courses
 * deep at most: while one course's zips compress, the next is planned, on this thread or on
 * worker threads (see `src/parallel/`). Courses are written whole, in order. A course with
 * errors keeps whatever it had in `out/` before. A course whose inputs are byte-for-byte what the cache recorded, built by
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
  const settings: PlanSettings = { cwd, targets: [...targets], release, lint: lintRequest };

  const diagnostics: Diagnostic[] = [];
  const projectProblems = new Map<string, Diagnostic>();
  const outputs = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  const cached: string[] = [];
  const titles = new Map<string, string>();

  const keys = courseDirs.map((dir) => (useCache ? timer.time('cache', () => courseKey(shared, dir)) : ''));
  const hits = courseDirs.map((dir, i) => (useCache ? cachedBuild(outDir, basename(dir), keys[i]!) : undefined));
  const toPlan = courseDirs.filter((_, i) => !hits[i]);
  const workers = workerCount(toPlan.length, options.workers);
  const planner = workers > 0 ? workerPlanner(settings, timer, workers) : inlinePlanner(settings, timer);
  // Plans are started a few courses ahead of the one being written, in course order: the
  // plan of `toPlan[n]` is `plans[n]`, let go once it is taken.
  const plans: Array<Promise<CoursePlan> | undefined> = [];
  let taken = 0;
  const startPlans = (upTo: number) => {
    while (plans.length <= upTo && plans.length < toPlan.length) {
      const plan = planner.plan(toPlan[plans.length]!);
      plan.catch(() => undefined); // awaited in order below; never an unhandled rejection meanwhile
      plans.push(plan);
    }
  };
  let waiting: WaitingCourse | undefined;
  try {
    for (const [i, dir] of courseDirs.entries()) {
      options.onProgress?.({ courseId: basename(dir), index: i + 1, total: courseDirs.length });
      const hit = hits[i];
      if (hit) {
        diagnostics.push(...hit.diagnostics);
        await flush(); // courses are recorded in order
        record(basename(dir), hit.title, hit.files.map((file) => file.path));
        cached.push(basename(dir));
        continue;
      }
      startPlans(taken + planner.lookahead);
      const plan = await plans[taken]!;
      plans[taken++] = undefined;
      for (const d of plan.projectDiagnostics) projectProblems.set(diagnosticKey(d), d);
      diagnostics.push(...plan.diagnostics);
      if (plan.id && useCache) forgetBuild(outDir, plan.id);
      if (!plan.output) continue;
      // The zips compress on the thread pool while the next course is planned; then this
      // course is written, before that one: courses are written whole, one after another.
      const { id, title, files, zips } = plan.output;
      const zipped = makeZips(zips);
      zipped.catch(() => undefined); // awaited in flush; never an unhandled rejection meanwhile
      await flush();
      waiting = { id, title, files, zipped, key: keys[i]!, diagnostics: plan.diagnostics };
    }
    await flush();
  } finally {
    await planner.close();
  }

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


/** A course checked and planned, waiting for its zips before it is written. */
interface WaitingCourse {
  id: string;
  title: string;
  files: OutputFile[];
  zipped: Promise<OutputFile[]>;
  key: string;
  diagnostics: Diagnostic[];
}


const diagnosticKey = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
