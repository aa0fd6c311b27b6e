import type { Course } from '../model/course.js';
import type { PersonData } from '../model/course-data.js';
import { copackVersion } from '../version.js';
import type { CourseAgreement } from './agreement.js';

/**
 * `copack-agreement.json`, inside the site and both packages: which lessons were agreed, by
 * whom, when and at which content hash, so an LMS administrator can see what was agreed
 * without copack. People who did not consent to be named appear by role only.
 */
export function agreementRecord(course: Course, agreement: CourseAgreement, release: boolean) {
  const team = new Map(course.data.team.map((person) => [person.id, person]));
  const person = (id: string) => {
    const found = team.get(id);
    if (!found) return { named: false, roles: [] };
    return found.consentToBeNamed ? { id, name: found.name, roles: found.roles } : { named: false, roles: found.roles };
  };
  return {
    copack: copackVersion,
    course: course.id,
    version: course.data.version,
    build: release ? 'release' : 'draft',
    allAgreed: agreement.allAgreed,
    lessons: agreement.lessons.map((status) => ({
      lesson: status.lesson.id,
      title: status.lesson.data.title,
      hash: status.content.hash,
      state: status.state,
      ...(status.state === 'never'
        ? {}
        : {
            agreed: {
              date: status.approval.date,
              hash: status.approval.hash,
              agreedBy: status.approval.agreedBy.map(person),
              present: (status.approval.present ?? []).map(person),
              ...(status.approval.note ? { note: status.approval.note } : {}),
            },
          }),
    })),
  };
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-11-28` as "28 November 2026": the same on every machine, whatever its locale. */
export function dateInWords(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${months[(month ?? 1) - 1] ?? ''} ${year}`;
}

/**
 * "Agreed by Sam Okafor, Dee Morgan and 1 more person on 28 November 2026": the line the
 * "Made together by" screen shows for a lesson.
 */
export function agreedLine(team: readonly PersonData[], agreedBy: readonly string[], date: string): string {
  const byId = new Map(team.map((person) => [person.id, person]));
  const names = agreedBy.flatMap((id) => {
    const person = byId.get(id);
    return person?.consentToBeNamed ? [person.name] : [];
  });
  const others = agreedBy.length - names.length;
  const who = [...names, ...(others > 0 ? [`${names.length > 0 ? `${others} more` : others} ${others === 1 ? 'person' : 'people'}`] : [])];
  const list = who.length > 1 ? `${who.slice(0, -1).join(', ')} and ${who.at(-1)}` : (who[0] ?? '');
  return `Agreed by ${list} on ${dateInWords(date)}.`;
}
