import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApprovalsData } from '../model/course-data.js';

/**
 * Writes `approvals.json` whole or not at all: a new file beside it, renamed over it, so a
 * failure part-way never leaves a half-written record of who agreed what.
 */
export function writeApprovals(courseDir: string, data: ApprovalsData): void {
  const target = join(courseDir, 'approvals.json');
  const temporary = join(courseDir, '.approvals.json.tmp');
  try {
    writeFileSync(temporary, `${JSON.stringify(data, null, 2)}\n`);
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * The `$schema` path for a new `approvals.json`: beside wherever `course.json` finds its
 * schema, so it works in this repository and in a project that installed copack.
 */
export function approvalsSchemaPath(courseSchema: string | undefined): string {
  const fallback = '../../schemas/approvals.schema.json';
  if (!courseSchema || !courseSchema.endsWith('course.schema.json')) return fallback;
  return `${courseSchema.slice(0, -'course.schema.json'.length)}approvals.schema.json`;
}
