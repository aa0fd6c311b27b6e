import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPhrases } from '../../../src/lint/text/match.js';
import { phrasePattern } from '../../../src/lint/text/words.js';

/** What findPhrases must equal: every pattern tried in order, overlaps dropped, no shortcut. */
function everyPattern<T extends { phrase: string; caseSensitive?: boolean }>(text: string, entries: readonly T[], inflected: boolean) {
  const found: Array<{ index: number; length: number; entry: T }> = [];
  for (const entry of entries) {
    const pattern = phrasePattern(entry.phrase, { caseSensitive: entry.caseSensitive ?? false, inflected: inflected && !entry.caseSensitive });
    for (const match of text.matchAll(pattern)) {
      const index = match.index ?? 0;
      if (found.some((f) => index < f.index + f.length && f.index < index + match[0].length)) continue;
      found.push({ index, length: match[0].length, entry });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const entries = [
  { phrase: 'section # leave' },
  { phrase: 'section #' },
  { phrase: 'utilise' },
  { phrase: 'care plan' },
  { phrase: "don't" },
  { phrase: 'MDT', caseSensitive: true },
  { phrase: 'break the ice' },
  { phrase: 'e.g.' },
  { phrase: '#th day' },
  { phrase: 'naïve' },
  { phrase: 'co-production' },
];

describe('finding phrases in text', () => {
  it('finds inflected forms that drop a final e', () => {
    expect(findPhrases('We are utilising it. She utilised it.', entries, { inflected: true }).map((m) => m.entry.phrase)).toEqual(['utilise', 'utilise']);
  });

  it('finds the same as trying every pattern, for any text, inflected or not', () => {
    const word = fc.constantFrom('section', '17', 'leave', 'utilise', 'utilising', 'Care', 'PLAN', "don't", 'don’t', 'MDT', 'mdt', 'break', 'the', 'ice', 'e.g.', 'İce', 'ſection', 'K', '17th', '٣th', 'day', 'naïve', 'NAÏVE', 'naïves', 'co-production', 'production', 'co');
    const text = fc.array(fc.oneof(word, fc.string({ maxLength: 3 })), { maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, fc.boolean(), (sample, inflected) => {
        // Fresh entry objects each time, so no cached pattern or literal hides a difference.
        const fresh = entries.map((entry) => ({ ...entry }));
        const strip = (list: Array<{ index: number; length: number; entry: { phrase: string } }>) => list.map((m) => [m.index, m.length, m.entry.phrase]);
        expect(strip(findPhrases(sample, fresh, { inflected }))).toEqual(strip(everyPattern(sample, fresh, inflected)));
      }),
      { numRuns: 3000 },
    );
  });
});
