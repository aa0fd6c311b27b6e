import { at } from '../text/match.js';
import { italicMarkup } from '../text/markup.js';
import { defineRule } from '../types.js';

export const italicUnderline = defineRule({
  id: 'italic-underline',
  meta: {
    description: 'Italic or underline markup in text: `*word*`, `_word_`, `<i>`, `<em>`, `<u>`, or italic Unicode letters.',
    rationale:
      'Italic letters are slanted and harder to read; underlined words look like links. The Department of Health guidance (2010), Mencap and the British Dyslexia Association\'s style guide ask for neither. copack text has one markup, `**bold**`, for one key word; anything else shows as stray characters on the page.',
    source: ['dh-2010', 'mencap', 'wcag-2.2'],
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    facilitatorText: true,
    example: { bad: 'This is _really_ important.', good: 'This is **important**.' },
  },
  check(_course, { texts, report }) {
    for (const unit of texts) {
      for (const found of italicMarkup(unit.text)) {
        // A closing tag belongs to the opening one, which is reported.
        if (/^(?:<\/|\[\/)/.test(unit.text.slice(found.index))) continue;
        report({
          ...at(unit, found.index, found.length),
          message: `\`${unit.text.slice(found.index, found.index + found.length)}\` is italic or underline markup.`,
          hint: 'Take it out. To make one key word stand out, write `**word**`.',
        });
      }
    }
  },
});
