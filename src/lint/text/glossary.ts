import type { GlossaryEntryData } from '../../model/course-data.js';
import { normalizeWord, phrasePattern } from './words.js';

/**
 * The course glossary as the linter sees it: a word the glossary explains (by its `term`
 * or one of its `forms`) is explained wherever it appears, because the pages turn it into
 * a button that opens its meaning.
 */
export interface Glossary {
  /** Is this word or phrase a glossary term or form? Any case. */
  has(word: string): boolean;
  /** Is the part of `text` from `start` to `end` inside a glossary word or phrase? */
  explains(text: string, start: number, end: number): boolean;
}

export function createGlossary(entries: readonly GlossaryEntryData[]): Glossary {
  const words = new Set<string>();
  for (const entry of entries) for (const word of [entry.term, ...(entry.forms ?? [])]) words.add(normalizeWord(word.trim()));
  // Longest first, so `reasonable adjustments` wins over `reasonable`.
  const sorted = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const patterns = sorted.map((word) => phrasePattern(word));
  const spansCache = new Map<string, Array<[number, number]>>();

  const spans = (text: string): Array<[number, number]> => {
    let found = spansCache.get(text);
    if (!found) {
      found = [];
      for (const pattern of patterns) {
        for (const match of text.matchAll(pattern)) found.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
      }
      spansCache.set(text, found);
    }
    return found;
  };

  return {
    has: (word) => words.has(normalizeWord(word.trim().replace(/\s+/g, ' '))),
    explains: (text, start, end) => spans(text).some(([s, e]) => s <= start && end <= e),
  };
}
