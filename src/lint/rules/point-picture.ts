import { toPointer } from '../../model/source-file.js';
import { defineRule } from '../types.js';

export interface Options {
  quizChoices: boolean;
}

export const pointPicture = defineRule<Options>({
  id: 'point-picture',
  meta: {
    description: 'Every point has a picture beside it.',
    rationale:
      'In easy read, pictures carry meaning alongside the words: the Department of Health guidance (2010), Mencap and Inclusion Europe ask for a picture beside each point, so a reader who cannot read every word still gets the idea. With `quizChoices`, quiz answers need a picture too.',
    source: ['dh-2010', 'mencap', 'inclusion-europe'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { quizChoices: { type: 'boolean', description: 'Also ask for a picture beside each quiz answer.' } },
    },
    defaultOptions: { quizChoices: false },
    facilitatorText: false,
  },
  check(course, { options, report }) {
    for (const lesson of course.lessons) {
      lesson.data.pages.forEach((page, p) => {
        if (page.kind === 'points' || page.kind === 'summary') {
          page.points.forEach((point, i) => {
            if (point.picture) return;
            report({
              file: lesson.source,
              pointer: toPointer(['pages', p, 'points', i]),
              message: 'This point has no picture.',
              hint: 'Add a `picture` that shows what the point says, with `alt` words for people who cannot see it.',
            });
          });
        } else if (page.kind === 'quiz' && options.quizChoices) {
          page.questions.forEach((question, q) =>
            question.choices.forEach((choice, c) => {
              if (choice.picture) return;
              report({
                file: lesson.source,
                pointer: toPointer(['pages', p, 'questions', q, 'choices', c]),
                message: 'This answer has no picture.',
                hint: 'Add a `picture` that shows the answer.',
              });
            }),
          );
        }
      });
    }
  },
});
