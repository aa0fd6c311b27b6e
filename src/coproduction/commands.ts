import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { check } from '../pipeline.js';
import type { Course } from '../model/course.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { courseAgreement } from './agreement.js';
import { recordApproval, type ApprovalRequest } from './record-approval.js';
import { approvalsSchemaPath, writeApprovals } from './write-approvals.js';
import { formatStatusText, statusData } from './status-report.js';

/** What a command did: text for stdout, and either an exit code or a usage problem (exit 2). */
export type CommandResult = { stdout: string; exitCode: number; diagnostics?: Diagnostic[]; courseCount?: number } | { usage: string };

/** A course named by its folder, or by its id when it lives in `courses/`. */
function courseFolder(cwd: string, given: string): string | undefined {
  for (const candidate of [resolve(cwd, given), resolve(cwd, 'courses', given)]) {
    if (existsSync(join(candidate, 'course.json'))) return candidate;
  }
  return undefined;
}

/** Loads one course for `approve`; its problems come back as diagnostics to show. */
function loadOne(cwd: string, given: string): { course?: Course; diagnostics: Diagnostic[] } | { usage: string } {
  const dir = courseFolder(cwd, given);
  if (!dir) return { usage: `\`${given}\` is not a course: give a course folder (with a course.json) or the id of a course in courses/.` };
  const result = check({ cwd, paths: [dir] });
  const course = result.courses[0];
  return { ...(course ? { course } : {}), diagnostics: result.diagnostics };
}

/** Today where the trainer is, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * `copack approve`: records in `approvals.json` that service users agreed lessons as they
 * are now. A course with errors is not agreed: what people agree must be what learners get.
 */
export function approveCommand(cwd: string, given: string, request: ApprovalRequest): CommandResult {
  const loaded = loadOne(cwd, given);
  if ('usage' in loaded) return loaded;
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.course || errors.length > 0) {
    return {
      stdout: 'Nothing was recorded: fix these problems first, so people agree what learners will see.\n',
      exitCode: 1,
      diagnostics: errors,
      courseCount: 1,
    };
  }
  const { course } = loaded;
  const outcome = recordApproval(course, courseAgreement(course), request, approvalsSchemaPath(course.data.$schema));
  if (!outcome.ok) return { usage: outcome.problems.join('\n') };
  writeApprovals(resolve(cwd, course.dir), outcome.data);
  const who = request.by.join(', ');
  const present = request.present.length > 0 ? ` (with ${request.present.join(', ')})` : '';
  const lessons = outcome.recorded.map((id) => `  ✔ ${id}`).join('\n');
  return { stdout: `Recorded in ${course.dir}/approvals.json: ${who}${present} agreed on ${request.date}:\n${lessons}\n`, exitCode: 0 };
}

/** `copack status`: where each lesson of each course stands. */
export function statusCommand(cwd: string, paths: readonly string[], format: 'stylish' | 'json'): CommandResult {
  const result = check({ cwd, paths });
  if (result.notCourses.length > 0) return { usage: `${result.notCourses.map((p) => `\`${p}\``).join(', ')}: not a course; a course folder has a course.json.` };
  if (result.checked === 0) return { usage: 'No courses found. Put each course in its own folder under courses/, with a course.json.' };
  const courses = result.courses.map((course) => ({ course, agreement: courseAgreement(course) }));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const exitCode = errors.length > 0 ? 1 : 0;
  if (format === 'json') {
    const data = { courses: courses.map(({ course, agreement }) => statusData(course, agreement)), diagnostics: errors };
    return { stdout: `${JSON.stringify(data, null, 2)}\n`, exitCode };
  }
  // A course with errors is shown as far as it loaded, with its problems after.
  const stdout = courses.map(({ course, agreement }) => formatStatusText(course, agreement)).join('\n');
  return { stdout, exitCode, ...(errors.length > 0 ? { diagnostics: errors, courseCount: result.checked } : {}) };
}
