import type { BaseContext, Check, LessonCheck } from '../context.js';
import type { SourceFile } from '../../model/source-file.js';
import { locate, toPointer } from '../../model/source-file.js';

interface Named {
  value: string;
  path: Array<string | number>;
}

/** Reports every repeat of a name within one scope, at the repeat, naming the first. */
function reportRepeats(context: BaseContext, file: SourceFile, what: string, names: Named[], normalise = (s: string) => s): void {
  const first = new Map<string, Named>();
  for (const name of names) {
    const key = normalise(name.value);
    const earlier = first.get(key);
    if (earlier) {
      context.report({
        file,
        pointer: toPointer(name.path),
        code: 'ref/duplicate-id',
        message: `The ${what} \`${name.value}\` is used twice.`,
        hint: `It is already used on line ${locate(file, toPointer(earlier.path)).line}. Give each ${what} its own name.`,
      });
    } else {
      first.set(key, name);
    }
  }
}

/** Ids are how bookmarks, agreements and LMS records find things: each must be unique in its scope. */
export const checkCourseIds: Check = (context) => {
  const { course, courseFile } = context;
  reportRepeats(context, courseFile, 'lesson id', course.lessons.map((value, i) => ({ value, path: ['lessons', i] })));
  reportRepeats(context, courseFile, 'team id', course.team.map((p, i) => ({ value: p.id, path: ['team', i, 'id'] })));
  reportRepeats(context, courseFile, 'session id', (course.sessions ?? []).map((s, i) => ({ value: s.id, path: ['sessions', i, 'id'] })));
  // A glossary word and its other forms all explain the same text, so they share one scope.
  const words = (course.glossary ?? []).flatMap((entry, i) => [
    { value: entry.term, path: ['glossary', i, 'term'] as Array<string | number> },
    ...(entry.forms ?? []).map((form, f) => ({ value: form, path: ['glossary', i, 'forms', f] as Array<string | number> })),
  ]);
  reportRepeats(context, courseFile, 'glossary word', words, (s) => s.trim().toLowerCase());
};

/** Page and question ids are unique in their lesson, choice ids in their question. */
export const checkLessonIds: LessonCheck = ({ file, data }, context) => {
  reportRepeats(context, file, 'page id', data.pages.map((page, p) => ({ value: page.id, path: ['pages', p, 'id'] })));
  const questions: Named[] = [];
  data.pages.forEach((page, p) => {
    if (page.kind !== 'quiz') return;
    page.questions.forEach((question, q) => {
      questions.push({ value: question.id, path: ['pages', p, 'questions', q, 'id'] });
      reportRepeats(context, file, 'choice id', question.choices.map((c, i) => ({ value: c.id, path: ['pages', p, 'questions', q, 'choices', i, 'id'] })));
    });
  });
  reportRepeats(context, file, 'question id', questions);
};
