import type { TextUnit } from './text-units.js';
import { phrasePattern } from './words.js';

/** Where in a text a rule reports: the text's file and pointer, and the span in its string. */
export function at(unit: TextUnit, index: number, length: number) {
  return { file: unit.file, pointer: unit.pointer, index, length };
}

export interface PhraseMatch<T> {
  index: number;
  length: number;
  entry: T;
}

const patternCache = new WeakMap<object, RegExp>();
const inflectedCache = new WeakMap<object, RegExp>();
const literalCache = new WeakMap<object, string>();
const inflectedLiteralCache = new WeakMap<object, string>();

/**
 * A run of ASCII letters and digits every match of the phrase must contain, lower-cased: the
 * longest one in the phrase, less a final `e` that an inflected form may drop (`utilising`).
 * Empty when the phrase has none, and then the pattern is always tried.
 */
function requiredLiteral(phrase: string, inflected: boolean): string {
  const words = phrase.trim().toLowerCase().split(/[^a-z0-9]+/);
  let literal = words.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
  if (inflected && words.length === 1 && literal.endsWith('e')) literal = literal.slice(0, -1);
  return literal;
}

/**
 * Every place a phrase from `entries` is in `text`, as whole words. Entries are tried in
 * the order given (put longer phrases first) and a later match that overlaps an earlier
 * one is dropped, so `section 17 leave` is found once, not also as `section 17`. With
 * `inflected`, one-word phrases match their `-s`, `-ed` and `-ing` forms too.
 */
export function findPhrases<T extends { phrase: string; caseSensitive?: boolean }>(text: string, entries: readonly T[], options: { inflected?: boolean } = {}): Array<PhraseMatch<T>> {
  const found: Array<PhraseMatch<T>> = [];
  const inflected = options.inflected ?? false;
  const cache = inflected ? inflectedCache : patternCache;
  for (const i of candidates(text, phraseIndex(entries, inflected))) {
    const entry = entries[i]!;
    let pattern = cache.get(entry);
    if (!pattern) {
      pattern = phrasePattern(entry.phrase, { caseSensitive: entry.caseSensitive ?? false, inflected: inflected && !entry.caseSensitive });
      cache.set(entry, pattern);
    }
    for (const match of text.matchAll(pattern)) {
      const index = match.index ?? 0;
      const end = index + match[0].length;
      if (found.some((f) => index < f.index + f.length && f.index < end)) continue;
      found.push({ index, length: match[0].length, entry });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A list's entries by their required literal, so a text tries only the phrases it may hold. */
interface PhraseIndex {
  byLiteral: Map<string, number[]>;
  /** The lengths the literals come in, so a word is looked up by those prefixes only. */
  lengths: number[];
  /** Entries with no literal (a phrase of only symbols or numbers), or a number sign: always tried. */
  always: number[];
}

const plainIndexes = new WeakMap<readonly object[], PhraseIndex>();
const inflectedIndexes = new WeakMap<readonly object[], PhraseIndex>();

function phraseIndex(entries: ReadonlyArray<{ phrase: string; caseSensitive?: boolean }>, inflected: boolean): PhraseIndex {
  const indexes = inflected ? inflectedIndexes : plainIndexes;
  const literals = inflected ? inflectedLiteralCache : literalCache;
  let index = indexes.get(entries);
  if (index) return index;
  index = { byLiteral: new Map(), lengths: [], always: [] };
  for (const [i, entry] of entries.entries()) {
    let literal = literals.get(entry);
    if (literal === undefined) {
      literal = requiredLiteral(entry.phrase, inflected && !entry.caseSensitive);
      literals.set(entry, literal);
    }
    // `#` stands for any number, which may run into the literal's word (`#th`, `17th`).
    if (literal === '' || entry.phrase.includes('#')) {
      index.always.push(i);
      continue;
    }
    const list = index.byLiteral.get(literal);
    if (list) list.push(i);
    else index.byLiteral.set(literal, [i]);
  }
  index.lengths = [...new Set([...index.byLiteral.keys()].map((literal) => literal.length))].sort((a, b) => a - b);
  indexes.set(entries, index);
  return index;
}

/**
 * The entries worth trying on `text`, in list order. A whole-word match of a phrase holds
 * its literal as a run of ASCII letters and digits that starts a word of the text (the
 * pattern allows no letter, digit or hyphen before it, and an inflected word only adds
 * letters after), so it is enough to look up the prefixes of the text's words. The literal
 * is ASCII, and the only other characters the pattern's case folding (`iu`: simple folding)
 * takes to ASCII letters are the Kelvin sign, which lower-casing makes `k`, and the long
 * `ſ`, made `s` here: so the result is the same as trying every pattern (property-tested).
 */
function candidates(text: string, index: PhraseIndex): number[] {
  const picked = new Set<number>(index.always);
  const lower = text.toLowerCase().replace(/\u017f/g, 's');
  const seen = new Set<string>();
  for (const word of lower.split(/[^a-z0-9]+/)) {
    if (word === '' || seen.has(word)) continue;
    seen.add(word);
    for (const length of index.lengths) {
      if (length > word.length) break;
      const hits = index.byLiteral.get(length === word.length ? word : word.slice(0, length));
      if (hits) for (const hit of hits) picked.add(hit);
    }
  }
  return [...picked].sort((a, b) => a - b);
}

/** Spans of `text` to leave alone, and a test of whether a span is inside one of them. */
export function overlaps(spans: ReadonlyArray<{ index: number; length: number }>, index: number, length: number): boolean {
  return spans.some((s) => index < s.index + s.length && s.index < index + Math.max(length, 1));
}

/** `**bold**` spans: copack's one markup, which is not punctuation or italics. */
export function boldMarkup(text: string): Array<{ index: number; length: number }> {
  return [...text.matchAll(/\*\*(?=\S)[^*\n]*?\S\*\*/g)].map((m) => ({ index: m.index ?? 0, length: m[0].length }));
}

/** Words and phrases for a message, in backticks, and joined with commas and `or`. */
export function listInWords(values: readonly string[]): string {
  const quoted = values.map((v) => `\`${v}\``);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
