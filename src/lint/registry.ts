import type { Rule } from './types.js';
import { abbreviation } from './rules/abbreviation.js';
import { allCaps } from './rules/all-caps.js';
import { altText } from './rules/alt-text.js';
import { consistentTerms } from './rules/consistent-terms.js';
import { dateTimeFormat } from './rules/date-time-format.js';
import { difficultPunctuation } from './rules/difficult-punctuation.js';
import { doubleNegative } from './rules/double-negative.js';
import { foreignPhrase } from './rules/foreign-phrase.js';
import { hardNumber } from './rules/hard-number.js';
import { headingLength } from './rules/heading-length.js';
import { idiom } from './rules/idiom.js';
import { italicUnderline } from './rules/italic-underline.js';
import { jargon } from './rules/jargon.js';
import { numberWords } from './rules/number-words.js';
import { oneIdeaPerSentence } from './rules/one-idea-per-sentence.js';
import { pagesPerLesson } from './rules/pages-per-lesson.js';
import { passiveVoice } from './rules/passive-voice.js';
import { pointPicture } from './rules/point-picture.js';
import { pointsPerPage } from './rules/points-per-page.js';
import { readability } from './rules/readability.js';
import { romanNumeral } from './rules/roman-numeral.js';
import { sentenceLength } from './rules/sentence-length.js';
import { uncommonWord } from './rules/uncommon-word.js';

/**
 * Every easy-read rule, by id, in alphabetical order. Adding a rule is one file in
 * `rules/` and one line here; its diagnostic code `lint/<id>` and its section of
 * docs/rules.md follow from it.
 */
export const rules = {
  abbreviation,
  'all-caps': allCaps,
  'alt-text': altText,
  'consistent-terms': consistentTerms,
  'date-time-format': dateTimeFormat,
  'difficult-punctuation': difficultPunctuation,
  'double-negative': doubleNegative,
  'foreign-phrase': foreignPhrase,
  'hard-number': hardNumber,
  'heading-length': headingLength,
  idiom,
  'italic-underline': italicUnderline,
  jargon,
  'number-words': numberWords,
  'one-idea-per-sentence': oneIdeaPerSentence,
  'pages-per-lesson': pagesPerLesson,
  'passive-voice': passiveVoice,
  'point-picture': pointPicture,
  'points-per-page': pointsPerPage,
  readability,
  'roman-numeral': romanNumeral,
  'sentence-length': sentenceLength,
  'uncommon-word': uncommonWord,
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof rules;

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(rules, id);
}

/**
 * Problems with the lint settings and suppressions themselves, not with the text. Their
 * codes share the `lint/` namespace, so no rule may take one of these ids.
 */
export const lintSettingCodes = {
  'invalid-options': 'A rule\'s options in the settings are not ones it has, or not of the right kind.',
  'suppression-reason': 'A `lintIgnore` entry without a written reason.',
  'unknown-rule': 'Settings or a `lintIgnore` name a check that does not exist.',
  'unused-suppression': 'A `lintIgnore` entry for a check that finds nothing there.',
} as const;

export type LintSettingCode = keyof typeof lintSettingCodes;
