import { at } from '../text/match.js';
import { isAllCaps } from '../text/words.js';
import { defineRule } from '../types.js';
import { knownAbbreviations } from '../wordlists/small-lists.js';
import { isShoutedWord } from '../text/word-kinds.js';

export interface Options {
  allow: string[];
}

export const allCaps = defineRule<Options>({
  id: 'all-caps',
  meta: {
    description: 'Ordinary words written in capital letters, such as `PLEASE` or `DO NOT`.',
    rationale:
      'Words in capitals lose their shape, so they are harder to read, and they read as shouting. The Department of Health guidance (2010), Mencap and the British Dyslexia Association\'s style guide ask for capitals only at the start of sentences and names. To make one key word stand out, copack has `**bold**`.',
    source: ['dh-2010', 'mencap', 'coga'],
    defaultSeverity: 'warn',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Words that may be written in capitals.' },
      },
    },
    defaultOptions: { allow: [...knownAbbreviations] },
    facilitatorText: true,
    example: { bad: 'Please DO NOT bring food onto the ward.', good: 'Please do **not** bring food onto the ward.' },
  },
  check(_course, { texts, options, report }) {
    const allowed = new Set(options.allow);
    for (const unit of texts) {
      for (const sentence of unit.sentences) {
        for (const word of sentence.words) {
          if (word.kind !== 'word' || !isAllCaps(word.text) || allowed.has(word.text) || !isShoutedWord(word.text)) continue;
          report({
            ...at(unit, word.start, word.end - word.start),
            message: `\`${word.text}\` is written in capital letters.`,
            hint: `Write \`${word.text.toLowerCase()}\`; to make it stand out, write \`**${word.text.toLowerCase()}**\`.`,
          });
        }
      }
    }
  },
});
