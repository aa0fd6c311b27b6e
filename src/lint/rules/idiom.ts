import { at, findPhrases } from '../text/match.js';
import { defineRule } from '../types.js';
import { plainPhrasesOption } from '../phrase-options.js';
import { idioms } from '../wordlists/idioms.js';

export interface Options {
  add: Array<{ phrase: string; plain: string }>;
}

export const idiom = defineRule<Options>({
  id: 'idiom',
  meta: {
    description: 'Idioms and sayings whose meaning is not in their words, such as `break the ice` or `on the same page`.',
    rationale:
      'Many readers take words at their word: `break the ice` is about ice. Mencap, Inclusion Europe and W3C\'s Cognitive Accessibility guidance (COGA: "use literal language") ask for words that mean what they say. Each idiom in the list has the plain words to use instead.',
    source: ['mencap', 'inclusion-europe', 'coga'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        add: plainPhrasesOption('More idioms, each with its plain words.'),
      },
    },
    defaultOptions: { add: [] },
    facilitatorText: true,
    example: { bad: 'A game helps to break the ice.', good: 'A game helps people start talking.' },
  },
  check(_course, { texts, options, report }) {
    const entries = [...options.add, ...idioms].sort((a, b) => b.phrase.length - a.phrase.length);
    for (const unit of texts) {
      for (const match of findPhrases(unit.text, entries)) {
        const words = unit.text.slice(match.index, match.index + match.length);
        report({
          ...at(unit, match.index, match.length),
          message: `\`${words}\` is an idiom: its meaning is not in its words.`,
          hint: `Say \`${match.entry.plain}\` instead.`,
        });
      }
    }
  },
});
