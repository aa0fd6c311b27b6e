import type { Course } from '../model/course.js';
import type { CourseAgreement, LessonAgreement } from './agreement.js';

/** `copack status` as text: one line per lesson, and what changed under a changed one. */
export function formatStatusText(course: Course, agreement: CourseAgreement): string {
  const agreed = agreement.lessons.filter((lesson) => lesson.state === 'agreed').length;
  const total = agreement.lessons.length;
  const lines = [`${course.id}: ${agreed} of ${total} ${total === 1 ? 'lesson' : 'lessons'} agreed${agreement.allAgreed ? ' (ready for a release build)' : ''}`];
  const width = Math.max(0, ...agreement.lessons.map((status) => status.lesson.id.length));
  for (const status of agreement.lessons) {
    lines.push(`  ${mark[status.state]} ${status.lesson.id.padEnd(width)}  ${stateInWords(status)}`);
    if (status.state === 'changed') {
      for (const change of status.changes) lines.push(`      - ${change.description}`);
      if (status.changes.length === 0) lines.push('      - its content is not the content that was agreed (the agreement does not say what it was)');
    }
  }
  return `${lines.join('\n')}\n`;
}

const mark: Record<LessonAgreement['state'], string> = { agreed: '✔', changed: '✖', never: '○' };

function stateInWords(status: LessonAgreement): string {
  if (status.state === 'never') return 'never agreed';
  const who = status.approval.agreedBy.join(', ');
  const present = status.approval.present?.length ? ` (with ${status.approval.present.join(', ')})` : '';
  if (status.state === 'agreed') return `agreed on ${status.approval.date} by ${who}${present}`;
  return `changed since it was agreed on ${status.approval.date} by ${who}:`;
}

/** The same as data, for scripts. */
export function statusData(course: Course, agreement: CourseAgreement) {
  return {
    course: course.id,
    allAgreed: agreement.allAgreed,
    lessons: agreement.lessons.map((status) => ({
      lesson: status.lesson.id,
      state: status.state,
      hash: status.content.hash,
      ...(status.state !== 'never'
        ? { agreed: { hash: status.approval.hash, date: status.approval.date, agreedBy: status.approval.agreedBy, present: status.approval.present ?? [] } }
        : {}),
      ...(status.state === 'changed' ? { changes: status.changes.map(({ change, part, description }) => ({ change, part, description })) } : {}),
    })),
  };
}
