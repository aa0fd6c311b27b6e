import { at, findPhrases } from '../text/match.js';
import { defineRule } from '../types.js';
import { foreignPhrases } from '../wordlists/foreign-phrases.js';

export interface Options {
  allow: string[];
}

export const foreignPhrase = defineRule<Options>({
  id: 'foreign-phrase',
  meta: {
    description: 'Latin and French phrases and their abbreviations: `e.g.`, `i.e.`, `etc.`, `per se`, `vice versa`.',
    rationale:
      'The Department of Health guidance (2010) and Inclusion Europe ask for no words from other languages and no abbreviations. `e.g.` and `i.e.` are Latin abbreviations many readers cannot say aloud, let alone explain; `etc.` leaves the reader to guess the rest of a list. Each has plain English to use instead.',
    source: ['dh-2010', 'inclusion-europe', 'gov-uk'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Phrases from the list that this project accepts.' },
      },
    },
    defaultOptions: { allow: [] },
    facilitatorText: true,
    example: { bad: 'Bring something to do, e.g. a book.', good: 'Bring something to do. For example, a book.' },
  },
  check(_course, { texts, options, report }) {
    const allowed = new Set(options.allow.map((a) => a.toLowerCase()));
    const entries = foreignPhrases.filter((e) => !allowed.has(e.phrase.toLowerCase())).sort((a, b) => b.phrase.length - a.phrase.length);
    for (const unit of texts) {
      for (const match of findPhrases(unit.text, entries)) {
        const words = unit.text.slice(match.index, match.index + match.length);
        report({
          ...at(unit, match.index, match.length),
          message: `\`${words}\` is from another language.`,
          hint: `Say \`${match.entry.plain}\` instead.`,
        });
      }
    }
  },
});
