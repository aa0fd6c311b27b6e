import { toPointer } from '../../model/source-file.js';
import { defineRule } from '../types.js';

export interface Options {
  max: number;
}

export const pointsPerPage = defineRule<Options>({
  id: 'points-per-page',
  meta: {
    description: 'At most 5 points on a page.',
    rationale:
      'One page, one topic, and not too much of it: the Department of Health guidance (2010) and Mencap ask for a few points on each page, each with its picture beside it. More than five points make a page that needs scrolling, and a reader who loses their place.',
    source: ['dh-2010', 'mencap'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { max: { type: 'integer', minimum: 1, description: 'The most points a page may have.' } },
    },
    defaultOptions: { max: 5 },
    facilitatorText: false,
  },
  check(course, { options, report }) {
    for (const lesson of course.lessons) {
      lesson.data.pages.forEach((page, p) => {
        if ((page.kind !== 'points' && page.kind !== 'summary') || page.points.length <= options.max) return;
        report({
          file: lesson.source,
          pointer: toPointer(['pages', p, 'points', options.max]),
          message: `This page has \`${page.points.length}\` points; a page has ${options.max} or fewer.`,
          hint: 'Split the page in 2, each with its own heading.',
        });
      });
    }
  },
});
