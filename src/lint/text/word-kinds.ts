import { wordRank } from '../wordlists/frequency.js';

const romanPattern = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** A Roman numeral of two letters or more, in capitals: `II`, `IV`, `XII`. `I` is a word. */
export function isRomanNumeral(word: string): boolean {
  return word.length >= 2 && romanPattern.test(word);
}

/**
 * Is this word in capitals an ordinary word (`PLEASE`, `NOT`), rather than letters that
 * stand for words (`MDT`, `CPA`)? The first kind is shouting (`all-caps`), the second an
 * abbreviation (`abbreviation`): the two rules share this test so each word gets one.
 */
export function isShoutedWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/'s$/, '');
  return lower.length >= 2 && (wordRank(lower) ?? Infinity) <= 10000 && !/^[^aeiouy]+$/.test(lower);
}
