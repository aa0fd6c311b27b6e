import { toPointer } from '../../model/source-file.js';
import { describeReadability, pageReadability } from '../text/readability.js';
import { defineRule } from '../types.js';

export const readability = defineRule({
  id: 'readability',
  meta: {
    description: 'Readability figures for each page: Flesch reading ease, Flesch–Kincaid grade and the share of words with 3 or more syllables. Information only.',
    rationale:
      'Readability formulas count sentence and word lengths; they cannot tell whether a text makes sense, so easy-read guidance never uses them as a pass mark, and neither does copack: this rule is always information, whatever its setting. The figures help spot the hardest pages to look at again with the people the course is for. Easy read usually scores a reading ease over 80 and a grade under 5. Syllables are counted with the `syllable` package.',
    source: ['coga', 'gov-uk'],
    defaultSeverity: 'info',
    informational: true,
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    facilitatorText: false,
  },
  check(course, { texts, report }) {
    for (const lesson of course.lessons) {
      for (const { pageIndex, figures } of pageReadability(texts, lesson)) {
        if (!figures) continue;
        report({
          file: lesson.source,
          pointer: toPointer(['pages', pageIndex, 'title']),
          index: 0,
          length: 0,
          message: `Readability of this page: ${describeReadability(figures)}.`,
        });
      }
    }
  },
});
