import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { locate, toPointer } from '../model/source-file.js';
import type { Course, Lesson } from '../model/course.js';
import type { CourseAgreement } from './agreement.js';
import type { ContentChange } from './content-changes.js';
import { lessonAudio, lessonPictures } from '../model/walk.js';

/** How many changes one diagnostic lists before "and N more": `copack status` lists them all. */
const changesShown = 5;

/**
 * One diagnostic for each lesson that is not agreed as it is now. A release build makes
 * them errors, so nothing reaches learners that service users have not agreed; a draft
 * build makes them warnings and marks its pages as a draft.
 */
export function agreementDiagnostics(course: Course, agreement: CourseAgreement, options: { release: boolean }): Diagnostic[] {
  const severity: Severity = options.release ? 'error' : 'warning';
  const approve = (lesson: Lesson) => `copack approve ${course.dir} ${lesson.id} --by <team ids>`;
  return agreement.lessons.flatMap((status): Diagnostic[] => {
    const { lesson } = status;
    if (status.state === 'agreed') return [];
    if (status.state === 'never') {
      return [
        at(lesson, '', {
          code: 'approval/not-agreed',
          severity,
          message: `The lesson \`${lesson.id}\` has not been agreed by the service users on the team yet.`,
          hint: `Go through it with them; when they agree it, run \`${approve(lesson)}\`.`,
        }),
      ];
    }
    const { changes, approval } = status;
    const listed = changes.slice(0, changesShown).map((change) => change.description);
    const more = changes.length > changesShown ? `, and ${changes.length - changesShown} more (see \`copack status\`)` : '';
    const what = listed.length > 0 ? `: ${listed.join('; ')}${more}` : '';
    return [
      at(lesson, pointerOf(lesson, changes), {
        code: 'approval/changed',
        severity,
        message: `The lesson \`${lesson.id}\` has changed since it was agreed on ${approval.date}${what}.`,
        hint: `Show the changes to the people who agreed it; when they agree, run \`${approve(lesson)}\`.`,
      }),
    ];
  });
}

function at(lesson: Lesson, pointer: string, rest: Pick<Diagnostic, 'code' | 'severity' | 'message' | 'hint'>): Diagnostic {
  const { line, column } = locate(lesson.source, pointer);
  return { ...rest, file: lesson.source.path, line, column, pointer };
}

/**
 * Where an editor should take the author: the first changed page, point or question still
 * there, or the first place the lesson shows a changed picture or plays a changed sound.
 */
function pointerOf(lesson: Lesson, changes: readonly ContentChange[]): string {
  for (const { part, change } of changes) {
    if (change === 'removed') continue;
    const file = /^(picture|symbol|audio)\/(.+)$/.exec(part);
    if (file) {
      const [, kind, name] = file;
      const use =
        kind === 'audio'
          ? lessonAudio(lesson.source, lesson.data).find((ref) => ref.src === name)
          : lessonPictures(lesson.source, lesson.data).find((ref) => (kind === 'picture' ? ref.picture.src : ref.picture.symbol) === name);
      if (use) return use.pointer;
      continue;
    }
    const match = /^page\/([^/]+)(?:\/(point|question)\/(.+))?$/.exec(part);
    if (!match) continue;
    const p = lesson.data.pages.findIndex((page) => page.id === match[1]);
    const page = lesson.data.pages[p];
    if (!page) continue;
    if (match[2] === 'point') return toPointer(['pages', p, 'points', Number(match[3]) - 1]);
    if (match[2] === 'question' && page.kind === 'quiz') {
      const q = page.questions.findIndex((question) => question.id === match[3]);
      if (q >= 0) return toPointer(['pages', p, 'questions', q]);
    }
    return toPointer(['pages', p]);
  }
  return '';
}
