import { at } from '../text/match.js';
import { defineRule } from '../types.js';

const numericDate = /(?<![\p{N}/.-])(?:\p{N}{1,2}[/.-]\p{N}{1,2}[/.-](?:\p{N}{4}|\p{N}{2})|\p{N}{4}-\p{N}{2}-\p{N}{2})(?![\p{N}/-]|[./]\p{N})/gu;
/** `14:00`, `09.30`, `0:15`, `1400hrs`, `0900 hours`: an hour over 12 or with a leading 0, or written as hours. */
const clock24 = /(?<![\p{N}.:£$€])(?:(?:1[3-9]|2[0-3]|0\p{N}|0)[:.][0-5]\p{N}(?!\s*(?:am|pm|a\.m\.|p\.m\.))|(?:[01]\p{N}|2[0-3])[:.]?[0-5]\p{N}\s?(?:hrs|hours|h)\b)(?!\p{N}|[.:]\p{N})/giu;

export const dateTimeFormat = defineRule({
  id: 'date-time-format',
  meta: {
    description: 'Dates written as numbers (`03/04/2025`) and 24-hour times (`14:00`).',
    rationale:
      'A date in numbers is read differently in different countries, and both it and a 24-hour time need working out. The Department of Health guidance (2010) and Mencap ask for the day and month in words and the time as people say it: `Monday 3 March`, `2pm` or `2 in the afternoon`.',
    source: ['dh-2010', 'mencap'],
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    facilitatorText: true,
    example: { bad: 'Your review is on 03/04/2025 at 14:30.', good: 'Your review is on Thursday 3 April at 2.30pm.' },
  },
  check(_course, { texts, report }) {
    for (const unit of texts) {
      for (const match of unit.text.matchAll(numericDate)) {
        report({
          ...at(unit, match.index ?? 0, match[0].length),
          message: `\`${match[0]}\` is a date written in numbers.`,
          hint: 'Write the day and the month in words, such as `Monday 3 March`.',
        });
      }
      for (const match of unit.text.matchAll(clock24)) {
        report({
          ...at(unit, match.index ?? 0, match[0].length),
          message: `\`${match[0]}\` is a 24-hour time.`,
          hint: 'Write the time as people say it, such as `2pm` or `2 in the afternoon`.',
        });
      }
    }
  },
});
