import { toPointer } from '../../model/source-file.js';
import { defineRule } from '../types.js';

export interface Options {
  max: number;
}

export const pagesPerLesson = defineRule<Options>({
  id: 'pages-per-lesson',
  meta: {
    description: 'At most 24 pages in a lesson.',
    rationale:
      'Easy-read documents are short: the Department of Health guidance (2010) suggests no more than about 24 pages, and a long lesson tires readers before they reach its end. Two short lessons are better than one long one.',
    source: ['dh-2010'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { max: { type: 'integer', minimum: 1, description: 'The most pages a lesson may have.' } },
    },
    defaultOptions: { max: 24 },
    facilitatorText: false,
  },
  check(course, { options, report }) {
    for (const lesson of course.lessons) {
      const count = lesson.data.pages.length;
      if (count <= options.max) continue;
      report({
        file: lesson.source,
        pointer: toPointer(['pages', options.max]),
        message: `This lesson has \`${count}\` pages; a lesson has ${options.max} or fewer.`,
        hint: 'Split the lesson in 2.',
      });
    }
  },
});
