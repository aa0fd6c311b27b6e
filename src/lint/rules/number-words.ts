import { at } from '../text/match.js';
import { defineRule } from '../types.js';
import { countedAfterOne, numberWords as defaultNumberWords } from '../wordlists/small-lists.js';

export interface Options {
  words: string[];
}

const digits: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11',
  twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19',
  twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90',
};

/** Before `one`, these make it a pronoun (`each one`, `no one`), not a number. */
const pronounBefore = new Set(['no', 'each', 'every', 'any', 'some', 'the', 'this', 'that', 'which', 'another', 'last', 'next', 'only', 'right', 'wrong', 'little', 'big', 'new', 'old', 'good', 'other']);

export const numberWords = defineRule<Options>({
  id: 'number-words',
  meta: {
    description: 'Numbers written as words, such as `three` or `twenty`: write digits.',
    rationale:
      'Digits are easier to spot and to read than number words. The Department of Health guidance (2010), Mencap and Inclusion Europe all ask for `3`, not `three`, even at the start of a sentence. `one` is only reported where it counts something (`one hour`), not where it stands for a thing or a person (`each one`, `no one`).',
    source: ['dh-2010', 'mencap', 'inclusion-europe'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        words: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'The number words to report (`one` is always checked).' },
      },
    },
    defaultOptions: { words: [...defaultNumberWords] },
    facilitatorText: true,
    example: { bad: 'The group meets for two hours.', good: 'The group meets for 2 hours.' },
  },
  check(_course, { texts, options, report }) {
    const numberWordSet = new Set(options.words);
    for (const unit of texts) {
      for (const sentence of unit.sentences) {
        sentence.words.forEach((word, i) => {
          if (word.kind !== 'word') return;
          const parts = word.lower.split('-');
          const isNumber = parts.every((p) => numberWordSet.has(p) || (parts.length > 1 && digits[p] !== undefined));
          const countingOne = word.lower === 'one' && isCountingOne(sentence.words[i - 1]?.lower, sentence.words[i + 1]?.lower);
          if (!isNumber && !countingOne) return;
          const asDigits = parts.length === 2 && digits[parts[0]!] && digits[parts[1]!] ? String(Number(digits[parts[0]!]) + Number(digits[parts[1]!])) : digits[word.lower];
          report({
            ...at(unit, word.start, word.end - word.start),
            message: `\`${word.text}\` is a number written as a word.`,
            hint: asDigits ? `Write \`${asDigits}\`.` : 'Write the number in digits.',
          });
        });
      }
    }
  },
});

function isCountingOne(before: string | undefined, after: string | undefined): boolean {
  if (before !== undefined && pronounBefore.has(before)) return false;
  if (after === undefined) return false;
  const singular = after.replace(/s$/, '');
  return countedAfterOne.includes(after) || countedAfterOne.includes(singular) || defaultNumberWords.includes(after);
}
