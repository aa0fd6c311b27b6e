import { at } from '../text/match.js';
import { isRomanNumeral } from '../text/word-kinds.js';
import { defineRule } from '../types.js';

export interface Options {
  allow: string[];
}

/** Words that a single `V` or `X` after them makes a numbered thing: `Part V`, `Henry V`. */
const numberedBy = /\b(?:part|section|chapter|stage|level|step|book|volume|act|schedule|phase|type|class|appendix|annex|henry|george|edward|elizabeth|charles|william|james|richard)\s+$/i;

/** Letters that spell a Roman numeral but mean something else in everyday UK writing. */
const defaultAllow = ['CD', 'CV', 'DC', 'MD', 'XL', 'MIX', 'DIV', 'CIC', 'MC', 'DI', 'LI'];

export const romanNumeral = defineRule<Options>({
  id: 'roman-numeral',
  meta: {
    description: 'Roman numerals such as `II`, `IV` or `(iii)`.',
    rationale:
      'Roman numerals are a code many readers never learned. The Department of Health guidance (2010) and Mencap ask for numbers written as digits: `Part 2`, not `Part II`.',
    source: ['dh-2010', 'mencap'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Words that look like Roman numerals but are not.' },
      },
    },
    defaultOptions: { allow: defaultAllow },
    facilitatorText: true,
    example: { bad: 'Read Part IV of the leaflet.', good: 'Read Part 4 of the leaflet.' },
  },
  check(_course, { texts, options, report }) {
    const allowed = new Set(options.allow);
    const say = (unit: (typeof texts)[number], index: number, length: number, numeral: string) =>
      report({
        ...at(unit, index, length),
        message: `\`${numeral}\` is a Roman numeral.`,
        hint: `Write the number as digits: \`${toArabic(numeral.replace(/[()]/g, '').toUpperCase())}\`.`,
      });
    for (const unit of texts) {
      for (const sentence of unit.sentences) {
        for (const word of sentence.words) {
          if (word.kind !== 'word' || allowed.has(word.text)) continue;
          const single = /^[VX]$/.test(word.text) && numberedBy.test(unit.text.slice(0, word.start));
          if (isRomanNumeral(word.text) || single) say(unit, word.start, word.end - word.start, word.text);
        }
      }
      // Lower-case numerals that number a list: `(ii)`, `iv)`.
      for (const match of unit.text.matchAll(/(?<![\p{L}\p{N}])\(?(i{1,3}|iv|vi{0,3}|ix|xi{0,3})\)(?!\p{L})/gu)) {
        say(unit, match.index ?? 0, match[0].length, match[0]);
      }
    }
  },
});

function toArabic(numeral: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral[i]!] ?? 0;
    const next = values[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
