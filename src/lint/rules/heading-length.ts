import { at } from '../text/match.js';
import { defineRule } from '../types.js';

export interface Options {
  max: number;
}

export const headingLength = defineRule<Options>({
  id: 'heading-length',
  meta: {
    description: 'Headings of at most 6 words: the course, lesson and page titles, and the titles in session plans.',
    rationale:
      'A heading tells the reader what a page is about at a glance. The Department of Health guidance (2010) and Inclusion Europe ask for short, clear headings; copack\'s lesson schema already says six words or fewer, and this rule checks it.',
    source: ['dh-2010', 'inclusion-europe'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { max: { type: 'integer', minimum: 1, description: 'The most words a heading may have.' } },
    },
    defaultOptions: { max: 6 },
    facilitatorText: true,
    example: { bad: 'What to do if you are worried about someone in the group', good: 'If you are worried' },
  },
  check(_course, { texts, options, report }) {
    for (const unit of texts) {
      if (unit.role !== 'heading') continue;
      const words = unit.sentences.flatMap((s) => s.words);
      if (words.length <= options.max) continue;
      const first = words[options.max]!;
      const last = words.at(-1)!;
      report({
        ...at(unit, first.start, last.end - first.start),
        message: `This heading has \`${words.length}\` words; headings have ${options.max} or fewer.`,
        hint: 'Keep the words that say what the page is about, and move the rest into the first point.',
      });
    }
  },
});
