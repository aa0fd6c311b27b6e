import { at, overlaps } from '../text/match.js';
import { defineRule } from '../types.js';

export interface Options {
  largest: number;
  years: boolean;
}

/** UK phone numbers are written as they are dialled, whatever their size. */
const phoneNumber = /(?:\+44\s?|(?<!\p{N})0)\p{N}{2,4}[\s-]?\p{N}{3,4}[\s-]?\p{N}{3,4}/gu;
/** Money with pence (`£1.50`) is how prices are written; it is not a hard decimal. */
const moneyWithPence = /[£$€]\p{N}+(?:,\p{N}{3})*\.\p{N}{2}(?!\p{N})/gu;
/** `10.30` followed by am or pm, or an hour and minutes, is a time: `date-time-format` looks at times. */
const timeLike = /(?<![\p{N}.])(?:[01]?\p{N}|2[0-3])[.:][0-5]\p{N}(?!\p{N}|\.\p{N})/gu;
const percentage = /(?<![\p{L}\p{N}])\p{N}+(?:[.,]\p{N}+)*\s?%|\b(?:per\s?cent|percentage)s?\b/giu;
const fraction = /[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|(?<![\p{N}/])\p{N}{1,2}\/\p{N}{1,2}(?![\p{N}/])/gu;
const decimal = /(?<![\p{N}.,])\p{N}+\.\p{N}+(?!\p{N}|\.\p{N})/gu;
const wholeNumber = /(?<![\p{N}.,])\p{N}{1,3}(?:,\p{N}{3})+(?![\p{N}])|(?<![\p{N}.,])\p{N}{4,}(?![\p{N}])/gu;

export const hardNumber = defineRule<Options>({
  id: 'hard-number',
  meta: {
    description: 'Percentages, big numbers, decimals and fractions.',
    rationale:
      'Percentages, decimals and big numbers ask the reader to do sums. The Department of Health guidance (2010) and Mencap say to avoid them: write `half`, `most people`, `1 in 10` or `lots`, and keep numbers small. Years (`2025`), phone numbers and prices with pence (`£1.50`) are written as they are and are not reported.',
    source: ['dh-2010', 'mencap'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        largest: { type: 'integer', minimum: 1, description: 'The largest number that is not a big number.' },
        years: { type: 'boolean', description: 'Allow years from 1900 to 2099 written as 4 digits.' },
      },
    },
    defaultOptions: { largest: 999, years: true },
    facilitatorText: true,
    example: { bad: 'About 25% of people wait 1.5 hours.', good: 'About 1 in 4 people wait for 90 minutes.' },
  },
  check(_course, { texts, options, report }) {
    for (const unit of texts) {
      const text = unit.text;
      const spans = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => ({ index: m.index ?? 0, length: m[0].length, value: m[0] }));
      const phones = spans(phoneNumber);
      const leaveAlone = [...phones, ...spans(moneyWithPence), ...spans(timeLike)];
      const found: Array<{ index: number; length: number; message: string; hint: string }> = [];
      const add = (s: { index: number; length: number }, message: string, hint: string) => {
        if (!found.some((f) => overlaps([f], s.index, s.length))) found.push({ ...s, message, hint });
      };
      for (const s of spans(percentage)) add(s, `\`${s.value}\` is a percentage.`, 'Say `half`, `most`, `a few` or `1 in 10` instead.');
      for (const s of spans(fraction)) if (!overlaps(leaveAlone, s.index, s.length)) add(s, `\`${s.value}\` is a fraction.`, 'Say `half` or `a quarter` in words, or use a picture.');
      for (const s of spans(decimal)) if (!overlaps(leaveAlone, s.index, s.length)) add(s, `\`${s.value}\` is a decimal.`, 'Round it to a whole number, or say `about` and a whole number.');
      for (const s of spans(wholeNumber)) {
        const value = Number(s.value.replace(/,/g, ''));
        if (value <= options.largest || overlaps(phones, s.index, s.length)) continue;
        if (options.years && /^(19|20)\p{N}{2}$/u.test(s.value)) continue;
        add(s, `\`${s.value}\` is a big number.`, 'Say `lots`, `hundreds` or `more than 900`, or show it with a picture.');
      }
      for (const f of found.sort((a, b) => a.index - b.index)) report({ ...at(unit, f.index, f.length), message: f.message, hint: f.hint });
    }
  },
});
