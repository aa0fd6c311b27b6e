import { at, findPhrases } from '../text/match.js';
import { defineRule } from '../types.js';
import { joiningWords } from '../wordlists/small-lists.js';

export interface Options {
  max: number;
  words: string[];
}

export const oneIdeaPerSentence = defineRule<Options>({
  id: 'one-idea-per-sentence',
  meta: {
    description: 'One idea in each sentence: at most one joining word such as `and`, `but`, `because` or `if`.',
    rationale:
      'Mencap\'s "Am I making myself clear?" and Inclusion Europe\'s "Information for all" both ask for one idea in each sentence. Each joining word starts another part of the sentence, and the reader has to hold the first part in mind while reading the next. Two joining words usually mean two sentences. A list written as a sentence (`tea, coffee and juice`) has one joining word and is fine.',
    source: ['mencap', 'inclusion-europe', 'coga'],
    defaultSeverity: 'warn',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max: { type: 'integer', minimum: 0, description: 'The most joining words a sentence may have.' },
        words: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'The joining words.' },
      },
    },
    defaultOptions: { max: 1, words: [...joiningWords] },
    facilitatorText: true,
    example: {
      bad: 'You can bring a friend and they can stay if you want.',
      good: 'You can bring a friend. They can stay with you.',
    },
  },
  check(_course, { texts, options, report }) {
    const entries = [...options.words].sort((a, b) => b.length - a.length).map((phrase) => ({ phrase }));
    for (const unit of texts) {
      if (unit.role !== 'sentence') continue;
      for (const sentence of unit.sentences) {
        const found = findPhrases(sentence.text, entries);
        if (found.length <= options.max) continue;
        const extra = found[options.max]!;
        report({
          ...at(unit, sentence.start + extra.index, extra.length),
          message: `This sentence has \`${found.length}\` joining words (${found.map((f) => `\`${sentence.text.slice(f.index, f.index + f.length)}\``).join(', ')}), so it may hold more than one idea.`,
          hint: `Split it at \`${sentence.text.slice(extra.index, extra.index + extra.length)}\` into 2 sentences.`,
        });
      }
    }
  },
});
