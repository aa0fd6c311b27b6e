import type { Diagnostic } from './diagnostics/diagnostic.js';
import { compareDiagnostics } from './diagnostics/diagnostic.js';
import type { Course } from './model/course.js';
import { readCourse } from './load/read-course.js';
import { createIconSetResolver, type IconSetResolver } from './load/icon-sets.js';
import { validateCourse } from './validate/validate-course.js';
import { planCourseOutput, type OutputFile } from './package/plan.js';
import type { PlannedZip } from './package/write-output.js';
import { loadDefaultTheme } from './render/load-theme.js';
import { readProjectConfig } from './load/read-config.js';
import { lintCourses, type LintRequest } from './lint/lint-courses.js';
import { checkSuspendBudget } from './scorm/suspend-budget.js';
import { loadSchemaFiles } from './scorm/load-schemas.js';
import { packageName, planPackage } from './scorm/plan-package.js';
import { courseAgreement } from './coproduction/agreement.js';
import { agreementDiagnostics } from './coproduction/agreement-diagnostics.js';
import type { StageTimer } from './stage-timer.js';
import { planGuide } from './guide/plan-guide.js';

/**
 * What `build` can make of each course: the offline site, the two SCORM packages, and the
 * facilitator pack (the guides and print handouts, never inside a learner's package).
 */
export const allTargets = ['site', 'scorm12', 'scorm2004', 'guide'] as const;
export type Target = (typeof allTargets)[number];

/** How every course of one build is planned: plain data, so a worker thread can be given it. */
export interface PlanSettings {
  cwd: string;
  targets: readonly Target[];
  release: boolean;
  lint: boolean | LintRequest;
}

/** One course, checked and planned: everything `build` writes for it, in memory. */
export interface CoursePlan {
  /** The course's id, when its `course.json` loaded. */
  id?: string;
  /** The course's own problems, sorted. */
  diagnostics: Diagnostic[];
  /** Problems of the project (`copack.config.json`), the same for every course: shown once. */
  projectDiagnostics: Diagnostic[];
  /** Absent when the course did not load or has errors: then nothing of it is written. */
  output?: { id: string; title: string; files: OutputFile[]; zips: PlannedZip[] };
}

const scormVersions = ['scorm12', 'scorm2004'] as const;

/** The facilitator pack's zip inside `out/<course-id>/`. */
export const facilitatorPackName = (courseId: string) => `${courseId}-facilitator-pack.zip`;

/**
 * One course read, validated and linted: the same steps as `check`, one course at a time.
 * Diagnostics about `copack.config.json` come with every course; the caller shows them once.
 */
export function checkCourse(dir: string, context: { cwd: string; icons: IconSetResolver; timer: StageTimer; lint: boolean | LintRequest }): { course?: Course; diagnostics: Diagnostic[] } {
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

const resolvers = new Map<string, IconSetResolver>();

/**
 * Reads, checks, lints and renders one course, and plans its zips: every step of a build
 * but compressing and writing. Reads the course folder; writes nothing.
 */
export function planCourse(dir: string, settings: PlanSettings, timer: StageTimer): CoursePlan {
  const { cwd } = settings;
  const targets = new Set(settings.targets);
  let icons = resolvers.get(cwd);
  if (!icons) resolvers.set(cwd, (icons = createIconSetResolver(cwd)));
  const checked = checkCourse(dir, { cwd, icons, timer, lint: settings.lint });
  const course = checked.course;
  const own: Diagnostic[] = [];
  const projectDiagnostics: Diagnostic[] = [];
  for (const d of checked.diagnostics) {
    if (course && !isInside(d.file, course.dir)) projectDiagnostics.push(d);
    else own.push(d);
  }
  if (!course) return { diagnostics: own, projectDiagnostics };
  if (targets.has('scorm12')) own.push(...checkSuspendBudget(course));
  const agreement = timer.time('approvals', () => courseAgreement(course));
  own.push(...agreementDiagnostics(course, agreement, { release: settings.release }));
  own.sort(compareDiagnostics);
  if (own.some((d) => d.severity === 'error')) return { id: course.id, diagnostics: own, projectDiagnostics };

  const planned = timer.time('render', () => planCourseOutput(course, own, loadDefaultTheme(), { agreement, release: settings.release }));
  const files = targets.has('site') ? planned : planned.filter((file) => !file.path.startsWith('site/'));
  const zips: PlannedZip[] = scormVersions
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
  return { id: course.id, diagnostics: own, projectDiagnostics, output: { id: course.id, title: course.data.title, files, zips } };
}

/** Whether a diagnostic's file belongs to a course folder; a course built as `.` owns every path that does not climb out. */
const isInside = (file: string, dir: string) =>
  dir === '.' ? file !== '..' && !file.startsWith('../') : file === dir || file.startsWith(`${dir}/`);
