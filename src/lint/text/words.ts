/** One word of author text, with where it is in the decoded string. */
export interface Word {
  text: string;
  /** Lower case, with a curly apostrophe made straight: the form word lists use. */
  lower: string;
  start: number;
  end: number;
  /** `abbreviation` is a dotted one such as `e.g.` or `a.m.`, counted as one word. */
  kind: 'word' | 'number' | 'abbreviation';
}

/**
 * Dotted abbreviations first (`e.g.` is one word, not two), then numbers with their
 * separators and endings (`1,000`, `1.5`, `10:30`, `2pm`, `3rd` are one word each), then words with inner
 * apostrophes and hyphens (`don't`, `co-facilitator`). `**` markup is not a word.
 */
const tokenPattern = /(?<abbr>(?<![\p{L}\p{N}])(?:\p{L}\.){2,})|(?<num>\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|am|pm)?)|(?<word>\p{L}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*)/gu;

/** The words of `text` between `from` and `to`, in order. */
export function tokenize(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(tokenPattern)) {
    const groups = match.groups ?? {};
    const kind = groups.abbr ? 'abbreviation' : groups.num ? 'number' : 'word';
    const start = from + (match.index ?? 0);
    words.push({ text: match[0], lower: normalizeWord(match[0]), start, end: start + match[0].length, kind });
  }
  return words;
}

/** Lower case and straight apostrophes, so `Mary’s` and `mary's` look the same to word lists. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** A word written all in capitals, two letters or more: `NHS`, `PLEASE`. */
export function isAllCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * Finds every whole-word match of `phrase` (any case; spaces match any run of spaces) in
 * `text`. Whole word: not inside a longer word and not half of a hyphenated one, the same
 * test the pages use to find glossary words.
 */
export function findPhrase(text: string, phrase: string, options: { caseSensitive?: boolean } = {}): Array<{ index: number; length: number }> {
  return findPattern(text, phrasePattern(phrase, options));
}

/**
 * A whole-word pattern for a phrase. With `inflected`, a one-word phrase also matches its
 * `-s`, `-ed` and `-ing` forms: `utilise` finds `utilised` and `utilising`.
 */
export function phrasePattern(phrase: string, options: { caseSensitive?: boolean; inflected?: boolean } = {}): RegExp {
  let body = phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/'/g, "['’]")
    // `#` in a word list stands for a number: `section # leave`.
    .replace(/#/g, '\\p{N}+');
  if (options.inflected && /^\p{L}+$/u.test(phrase.trim())) body = /e$/.test(body) ? `${body.slice(0, -1)}(?:e|es|ed|ing)` : `${body}(?:s|es|ed|ing)?`;
  const endsInWordChar = /[\p{L}\p{N}]$/u.test(phrase.trim());
  const tail = endsInWordChar ? '(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])' : '';
  return new RegExp(`(?<![\\p{L}\\p{N}-])${body}${tail}`, options.caseSensitive ? 'gu' : 'giu');
}

export function findPattern(text: string, pattern: RegExp): Array<{ index: number; length: number }> {
  const found: Array<{ index: number; length: number }> = [];
  for (const match of text.matchAll(pattern)) found.push({ index: match.index ?? 0, length: match[0].length });
  return found;
}
