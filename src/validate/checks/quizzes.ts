import type { Check, LessonCheck } from '../context.js';
import { toPointer } from '../../model/source-file.js';

/** Every quiz question can be answered right. */
export const checkAnswerable: LessonCheck = ({ file, data }, { report }) => {
  data.pages.forEach((page, p) => {
    if (page.kind !== 'quiz') return;
    page.questions.forEach((question, q) => {
      if (question.choices.some((choice) => choice.correct === true)) return;
      report({
        file,
        pointer: toPointer(['pages', p, 'questions', q, 'choices']),
        code: 'ref/no-correct-choice',
        message: `The question \`${question.id}\` has no right answer.`,
        hint: 'Add `"correct": true` to the choice or choices that are right.',
      });
    });
  });
};

/** A pass mark, or a rule about quizzes, needs a quiz in a listed lesson. */
export const checkCompletionHasQuiz: Check = ({ course, courseFile, lessons, report }) => {
  const rule = course.completion.rule;
  if (rule !== 'pass-mark' && rule !== 'all-quizzes') return;
  const listed = lessons.filter((lesson) => course.lessons.includes(lesson.id));
  // A lesson that failed to load may hold the quiz: only judge when every listed lesson is here.
  if (listed.length < new Set(course.lessons).size) return;
  if (listed.some((lesson) => lesson.data.pages.some((page) => page.kind === 'quiz'))) return;
  report({
    file: courseFile,
    pointer: '/completion/rule',
    code: 'ref/pass-mark-without-quiz',
    message: `The completion rule is \`${rule}\`, but the course has no quiz.`,
    hint: 'Add a `quiz` page, or use the rule `all-pages`.',
  });
};
