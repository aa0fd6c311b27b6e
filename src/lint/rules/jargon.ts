import { at, findPhrases } from '../text/match.js';
import { defineRule } from '../types.js';
import { plainPhrasesOption } from '../phrase-options.js';
import { jargon as jargonList, type JargonEntry } from '../wordlists/jargon.js';

export interface Options {
  add: Array<{ phrase: string; plain: string }>;
  allow: string[];
}

export const jargon = defineRule<Options>({
  id: 'jargon',
  meta: {
    description: 'Jargon that has a plain alternative, unless the glossary explains it: general office words and UK health, social-care and forensic terms.',
    rationale:
      'The Department of Health guidance (2010), Mencap and People First all say: no jargon, or explain it. Services speak in words their own staff learned at work (`MDT`, `CPA`, `formulation`, `tribunal`, `section 17 leave`) and office words (`facilitate`, `in order to`, `prior to`). Each has plain words that say the same. Where a course must use the word, because people will hear it on the ward, explain it in the glossary and it is no longer reported.',
    source: ['dh-2010', 'mencap', 'people-first', 'gov-uk'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        add: plainPhrasesOption('More jargon, each with its plain words.'),
        allow: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Words from the list that this project accepts.' },
      },
    },
    defaultOptions: { add: [], allow: [] },
    facilitatorText: true,
    example: { bad: 'Your MDT will review your section 17 leave.', good: 'Your care team will talk about time out of hospital.' },
  },
  check(_course, { texts, options, glossary, report }) {
    const allowed = new Set(options.allow.map((a) => a.toLowerCase()));
    const entries: JargonEntry[] = [...options.add, ...jargonList]
      .filter((e) => !allowed.has(e.phrase.toLowerCase()))
      .sort((a, b) => b.phrase.length - a.phrase.length);
    for (const unit of texts) {
      for (const match of findPhrases(unit.text, entries, { inflected: true })) {
        if (glossary.explains(unit.text, match.index, match.index + match.length)) continue;
        const words = unit.text.slice(match.index, match.index + match.length);
        report({
          ...at(unit, match.index, match.length),
          message: `\`${words}\` is jargon.`,
          hint: `Say \`${match.entry.plain}\` instead, or explain \`${words}\` in the course glossary.`,
        });
      }
    }
  },
});
