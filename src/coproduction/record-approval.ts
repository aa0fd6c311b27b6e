import { suggest } from '../diagnostics/suggest.js';
import type { Course } from '../model/course.js';
import { livedExperienceRoles, type ApprovalData, type ApprovalsData, type PersonData } from '../model/course-data.js';
import type { CourseAgreement } from './agreement.js';

export interface ApprovalRequest {
  /** Lesson ids; none means every lesson of the course. */
  lessons: readonly string[];
  /** Team ids of the people with lived experience who agreed. */
  by: readonly string[];
  /** Team ids of staff who were there too. */
  present: readonly string[];
  note?: string;
  /** The day, YYYY-MM-DD. */
  date: string;
}

export type ApprovalOutcome =
  | { ok: true; data: ApprovalsData; recorded: string[] }
  | { ok: false; problems: string[] };

const isLivedExperience = (person: PersonData) => person.roles.some((role) => (livedExperienceRoles as readonly string[]).includes(role));

/**
 * Adds one agreement for each named lesson to the course's approvals, at the lesson's
 * content as it is now. Refuses, with every reason at once, an unknown lesson or person,
 * or an agreement with no one with lived experience in it: staff cannot agree a lesson for
 * service users, only be recorded as there. Pure: the caller reads and writes the file.
 */
export function recordApproval(course: Course, agreement: CourseAgreement, request: ApprovalRequest, schemaPath: string): ApprovalOutcome {
  const problems: string[] = [];
  const team = new Map(course.data.team.map((person) => [person.id, person]));
  const teamIds = [...team.keys()];
  const lessonIds = course.lessons.map((lesson) => lesson.id);
  const unknown = (what: string, value: string, known: string[], where: string) => {
    const guess = suggest(value, known);
    problems.push(`There is no ${what} \`${value}\` in ${where}.${guess ? ` Did you mean \`${guess}\`?` : ''}`);
  };

  for (const id of request.lessons) if (!lessonIds.includes(id)) unknown('lesson', id, lessonIds, `the course \`${course.id}\``);
  if (request.by.length === 0) problems.push('Say who agreed, with `--by` and their team ids.');
  for (const id of [...request.by, ...request.present]) if (!team.has(id)) unknown('team member', id, teamIds, `the team of \`${course.id}\``);
  for (const id of request.by) {
    const person = team.get(id);
    if (person && !isLivedExperience(person)) {
      problems.push(
        `\`${id}\` cannot agree a lesson: only people with lived experience (${livedExperienceRoles.join(', ')}) can. Staff who were there can be recorded with \`--present ${id}\`.`,
      );
    }
  }
  for (const id of request.present) if (request.by.includes(id)) problems.push(`\`${id}\` is named both in \`--by\` and in \`--present\`; name them once.`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(request.date) || Number.isNaN(Date.parse(`${request.date}T00:00:00Z`))) {
    problems.push(`\`${request.date}\` is not a date written as YYYY-MM-DD.`);
  }
  if (request.note !== undefined && request.note.length > 500) problems.push('The note is longer than 500 characters; keep it short.');
  if (problems.length > 0) return { ok: false, problems };

  const chosen = request.lessons.length > 0 ? new Set(request.lessons) : new Set(lessonIds);
  const previous = course.approvals?.data.approvals ?? [];
  // Only the newest agreement of a lesson needs its parts (to say what changed since): older
  // ones keep who, when and which hash, so the file stays small as a course is agreed again.
  const kept = previous.map((entry) => (chosen.has(entry.lesson) ? withoutParts(entry) : entry));
  const added = agreement.lessons
    .filter((status) => chosen.has(status.lesson.id))
    .map(({ lesson, content }): ApprovalData => ({
      lesson: lesson.id,
      hash: content.hash,
      parts: content.parts,
      agreedBy: [...new Set(request.by)],
      ...(request.present.length > 0 ? { present: [...new Set(request.present)] } : {}),
      date: request.date,
      ...(request.note ? { note: request.note } : {}),
    }));
  return { ok: true, data: { $schema: schemaPath, course: course.id, approvals: [...kept, ...added] }, recorded: added.map((entry) => entry.lesson) };
}

function withoutParts(entry: ApprovalData): ApprovalData {
  const { parts: _parts, ...rest } = entry;
  return rest;
}
