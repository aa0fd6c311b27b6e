import { at, findPhrases } from '../text/match.js';
import { isAllCaps } from '../text/words.js';
import { defineRule } from '../types.js';
import { foreignPhrases } from '../wordlists/foreign-phrases.js';
import { jargon } from '../wordlists/jargon.js';
import { knownAbbreviations } from '../wordlists/small-lists.js';
import { isRomanNumeral, isShoutedWord } from '../text/word-kinds.js';

export interface Options {
  allow: string[];
}

export const abbreviation = defineRule<Options>({
  id: 'abbreviation',
  meta: {
    description: 'Abbreviations (letters that stand for words, such as `MDT` or `a.m.`) that the glossary does not explain.',
    rationale:
      'The Department of Health guidance (2010) and Inclusion Europe ask for no abbreviations, or for each to be explained. A reader who does not know what the letters stand for cannot look them up or say them aloud. A few abbreviations everyone in the UK says as they are (NHS, GP, OK, TV) are allowed; add your own with `allow`, or explain the abbreviation in the glossary.',
    source: ['dh-2010', 'inclusion-europe', 'people-first'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Abbreviations everyone who reads the course knows.' },
      },
    },
    defaultOptions: { allow: [...knownAbbreviations] },
    facilitatorText: true,
    example: { bad: 'Speak to your CPN about it.', good: 'Speak to your community nurse about it.' },
  },
  check(_course, { texts, options, glossary, isEnabled, report }) {
    const allowed = new Set(options.allow);
    // Abbreviations another rule reports with a plain alternative are left to that rule.
    const claimedBy = [...(isEnabled('jargon') ? jargon : []), ...(isEnabled('foreign-phrase') ? foreignPhrases : [])];
    for (const unit of texts) {
      // Worked out only for a text that has a candidate: most have none, and the lists are long.
      let claimedHere: ReturnType<typeof findPhrases<(typeof claimedBy)[number]>> | undefined;
      const claimed = () => (claimedHere ??= findPhrases(unit.text, claimedBy, { inflected: true }));
      for (const sentence of unit.sentences) {
        for (const word of sentence.words) {
          const text = word.text.replace(/['’]?s$/, '');
          const dotted = word.kind === 'abbreviation';
          if (!dotted && (word.kind !== 'word' || !isAllCaps(text))) continue;
          if (allowed.has(text) || allowed.has(word.text) || glossary.explains(unit.text, word.start, word.end)) continue;
          if (claimed().some((c) => c.index <= word.start && word.start + text.length <= c.index + c.length)) continue;
          if (!dotted && isShoutedWord(text) && isEnabled('all-caps')) continue;
          if (!dotted && isRomanNumeral(text) && isEnabled('roman-numeral')) continue;
          report({
            ...at(unit, word.start, word.end - word.start),
            message: `\`${word.text}\` is an abbreviation that the course does not explain.`,
            hint: `Write the words it stands for, or explain \`${text}\` in the course glossary.`,
          });
        }
      }
    }
  },
});
