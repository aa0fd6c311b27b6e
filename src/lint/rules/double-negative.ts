import { at, findPhrases } from '../text/match.js';
import { defineRule } from '../types.js';
import { joiningWords, negativePrefixed, negativeWords } from '../wordlists/small-lists.js';

export interface Options {
  maxDistance: number;
}

const negatives = [...negativeWords, ...negativePrefixed].sort((a, b) => b.length - a.length).map((phrase) => ({ phrase }));
/** `say no` names an answer; it does not make a clause negative. */
const answerNo = /\b(?:say|says|said|saying|answer|answers|answered)\s+no\b/gi;
/** A clause ends at a comma, a semicolon, a colon or a joining word. */
const clauseBreaks = new RegExp(`[,;:]|\\b(?:${joiningWords.map((w) => w.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'gi');

export const doubleNegative = defineRule<Options>({
  id: 'double-negative',
  meta: {
    description: 'Two negatives in one part of a sentence, such as `not unusual` or `don\'t know nothing`.',
    rationale:
      'Two negatives cancel out, and the reader has to work out what is left: `It is not unusual` means `It is common`. Mencap, Inclusion Europe and W3C\'s Cognitive Accessibility guidance (COGA) ask for positive sentences, and for `not` to be used only when it must, shown in **bold**.',
    source: ['mencap', 'inclusion-europe', 'coga'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxDistance: { type: 'integer', minimum: 1, description: 'How many words apart 2 negatives may be and still count as one double negative.' },
      },
    },
    defaultOptions: { maxDistance: 4 },
    facilitatorText: true,
    example: { bad: 'It is not unusual to feel nervous.', good: 'Lots of people feel nervous.' },
  },
  check(_course, { texts, options, report }) {
    for (const unit of texts) {
      for (const sentence of unit.sentences) {
        const text = sentence.text;
        const skip = [...text.matchAll(answerNo)].map((m) => (m.index ?? 0) + m[0].length - 2);
        const breaks = [...text.matchAll(clauseBreaks)].map((m) => m.index ?? 0);
        const found = [
          ...findPhrases(text, negatives),
          ...[...text.matchAll(/n['’]t\b/gi)].map((m) => ({ index: m.index ?? 0, length: m[0].length })),
        ]
          .filter((n) => !skip.includes(n.index))
          .sort((a, b) => a.index - b.index);
        for (let i = 1; i < found.length; i++) {
          const first = found[i - 1]!;
          const second = found[i]!;
          if (breaks.some((b) => b > first.index && b < second.index)) continue;
          const between = sentence.words.filter((w) => w.start - sentence.start > first.index && w.start - sentence.start < second.index).length;
          if (between > options.maxDistance) continue;
          const start = sentence.start + first.index;
          const end = sentence.start + second.index + second.length;
          report({
            ...at(unit, start, end - start),
            message: `\`${unit.text.slice(start, end)}\` is a double negative.`,
            hint: 'Say it the positive way: `It is common`, not `It is not unusual`.',
          });
          i++;
        }
      }
    }
  },
});
