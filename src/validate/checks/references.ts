import { suggest } from '../../diagnostics/suggest.js';
import type { Check, CheckContext } from '../context.js';
import type { SourceFile } from '../../model/source-file.js';
import { toPointer } from '../../model/source-file.js';
import type { DiagnosticCode } from '../../diagnostics/codes.js';

interface Reference {
  value: string;
  path: Array<string | number>;
}

function checkAgainst(
  context: CheckContext,
  file: SourceFile,
  refs: Reference[],
  known: readonly string[],
  code: DiagnosticCode,
  what: string,
  where: string,
  normalise = (s: string) => s,
): void {
  const knownSet = new Set(known.map(normalise));
  for (const ref of refs) {
    if (knownSet.has(normalise(ref.value))) continue;
    const guess = suggest(ref.value, known);
    context.report({
      file,
      pointer: toPointer(ref.path),
      code,
      message: `There is no ${what} \`${ref.value}\` in ${where}.`,
      hint: guess ? `Did you mean \`${guess}\`? Or add \`${ref.value}\` to ${where}.` : `Add \`${ref.value}\` to ${where}.`,
    });
  }
}

const each = (values: readonly string[] | undefined, ...path: Array<string | number>): Reference[] =>
  (values ?? []).map((value, i) => ({ value, path: [...path, i] }));

/** Every id that points at something else must find it: team members, glossary words, lessons. */
export const checkReferences: Check = (context) => {
  const { course, courseFile, lessons, approvals } = context;
  const teamIds = course.team.map((p) => p.id);
  // A word may be named by its term or by any of its other forms.
  const terms = (course.glossary ?? []).flatMap((g) => [g.term, ...(g.forms ?? [])]);
  const lessonIds = course.lessons;
  const lowerTrim = (s: string) => s.trim().toLowerCase();

  (course.glossary ?? []).forEach((entry, i) =>
    checkAgainst(context, courseFile, each(entry.seeAlso, 'glossary', i, 'seeAlso'), terms, 'ref/unknown-glossary-term', 'glossary word', 'the `glossary`', lowerTrim),
  );
  (course.sessions ?? []).forEach((session, s) => {
    checkAgainst(context, courseFile, each(session.facilitators, 'sessions', s, 'facilitators'), teamIds, 'ref/unknown-team-member', 'team member', 'the `team`');
    const used = [
      ...each(session.lessons, 'sessions', s, 'lessons'),
      ...session.parts.flatMap((part, p) => (part.lesson ? [{ value: part.lesson, path: ['sessions', s, 'parts', p, 'lesson'] }] : [])),
    ];
    checkAgainst(context, courseFile, used, lessonIds, 'ref/unknown-lesson', 'lesson', 'the course `lessons`');
  });

  for (const { file, data } of lessons) {
    checkAgainst(context, file, each(data.authors, 'authors'), teamIds, 'ref/unknown-team-member', 'team member', 'the `team` in `course.json`');
    checkAgainst(context, file, each(data.words, 'words'), terms, 'ref/unknown-glossary-term', 'glossary word', 'the `glossary` in `course.json`', lowerTrim);
  }

  if (approvals) {
    const { file, data } = approvals;
    if (data.course !== course.id) {
      context.report({
        file,
        pointer: '/course',
        code: 'ref/approvals-course-mismatch',
        message: `\`approvals.json\` is for the course \`${data.course}\`, not \`${course.id}\`.`,
        hint: 'It may have been copied from another course. Agree the lessons again with `copack approve`.',
      });
    }
    data.approvals.forEach((approval, a) => {
      checkAgainst(context, file, [{ value: approval.lesson, path: ['approvals', a, 'lesson'] }], lessonIds, 'ref/unknown-lesson', 'lesson', 'the course `lessons`');
      checkAgainst(context, file, [...each(approval.agreedBy, 'approvals', a, 'agreedBy'), ...each(approval.present, 'approvals', a, 'present')], teamIds, 'ref/unknown-team-member', 'team member', 'the `team`');
    });
  }
};
