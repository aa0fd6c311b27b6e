import { at, boldMarkup, overlaps } from '../text/match.js';
import { defineRule } from '../types.js';
import { italicMarkup } from '../text/markup.js';

export interface Options {
  characters: string[];
  allow: string[];
}

const names: Record<string, string> = {
  ';': 'a semicolon',
  '(': 'brackets',
  ')': 'a closing bracket',
  '[': 'square brackets',
  ']': 'a closing square bracket',
  '/': 'a slash',
  '&': 'an ampersand',
  '*': 'an asterisk',
};
const hints: Record<string, string> = {
  ';': 'End the sentence with a full stop and start a new one.',
  '(': 'Put the words in brackets in a sentence of their own.',
  '[': 'Put the words in brackets in a sentence of their own.',
  '/': 'Write `or` or `and` instead.',
  '&': 'Write `and` instead.',
  '*': 'Use `**word**` to make one word bold; otherwise leave out the asterisk.',
};
const closing: Record<string, string> = { '(': ')', '[': ']' };
const webAddress = /\b(?:https?:\/\/|www\.)\S+/gi;
const numericDate = /\p{N}{1,2}\/\p{N}{1,2}\/\p{N}{2,4}|(?<!\p{N})\p{N}{1,2}\/\p{N}{1,2}(?!\p{N})/gu;

export const difficultPunctuation = defineRule<Options>({
  id: 'difficult-punctuation',
  meta: {
    description: 'Punctuation that is hard to read: `;` `( )` `[ ]` `/` `&` and a stray `*`. `**bold**` is copack\'s markup and is fine.',
    rationale:
      'The Department of Health guidance (2010) and Mencap ask for full stops, commas and question marks, and not much else. A semicolon joins two sentences that are easier apart; words in brackets interrupt the sentence they are in; `/` and `&` are symbols the reader must turn into words. Web addresses and dates keep their slashes (`date-time-format` looks at dates); `A&E` is allowed, as everyone in the UK says it.',
    source: ['dh-2010', 'mencap'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        characters: { type: 'array', items: { enum: Object.keys(names) }, uniqueItems: true, description: 'The characters to report.' },
        allow: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Words that may hold one of the characters, such as `A&E`.' },
      },
    },
    defaultOptions: { characters: Object.keys(names), allow: ['A&E'] },
    facilitatorText: true,
    example: { bad: 'Bring your form (if you have one); staff will help.', good: 'Bring your form if you have one. Staff will help.' },
  },
  check(_course, { texts, options, isEnabled, report }) {
    const wanted = new Set(options.characters);
    for (const unit of texts) {
      const text = unit.text;
      const spans = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => ({ index: m.index ?? 0, length: m[0].length }));
      const leaveAlone = [
        ...boldMarkup(text),
        ...spans(webAddress),
        ...options.allow.flatMap((word) => spans(new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))),
        ...(isEnabled('date-time-format') || isEnabled('hard-number') ? spans(numericDate) : []),
        ...(isEnabled('italic-underline') ? italicMarkup(text) : []),
      ];
      const pairedClosers = new Set<number>();
      for (let i = 0; i < text.length; i++) {
        const char = text[i]!;
        if (!wanted.has(char) || pairedClosers.has(i) || overlaps(leaveAlone, i, 1)) continue;
        let length = 1;
        const close = closing[char];
        if (close) {
          const end = text.indexOf(close, i + 1);
          if (end > 0) {
            pairedClosers.add(end);
            length = end - i + 1;
          }
        }
        report({
          ...at(unit, i, length),
          message: `This has ${names[char]} (\`${text.slice(i, i + Math.min(length, 40))}${length > 40 ? '…' : ''}\`).`,
          hint: hints[char] ?? hints[char === ')' ? '(' : '[']!,
        });
      }
    }
  },
});
