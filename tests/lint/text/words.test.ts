import { describe, expect, it } from 'vitest';
import { findPhrase, isAllCaps, tokenize } from '../../../src/lint/text/words.js';

describe('tokenize', () => {
  it('keeps numbers, dotted abbreviations, apostrophes and hyphens in one word', () => {
    expect(tokenize("Don't bring £1,000 or 1.5 kg, e.g. to the co-facilitator's 3rd group at 10:30.").map((w) => w.text)).toEqual([
      "Don't", 'bring', '1,000', 'or', '1.5', 'kg', 'e.g.', 'to', 'the', "co-facilitator's", '3rd', 'group', 'at', '10:30',
    ]);
  });

  it('gives each word its place and a plain lower-case form', () => {
    const [word] = tokenize('  Mary’s');
    expect(word).toEqual({ text: 'Mary’s', lower: "mary's", start: 2, end: 8, kind: 'word' });
  });

  it('leaves out copack markup and punctuation', () => {
    expect(tokenize('**Bold** (and) *stars*; A&E').map((w) => w.text)).toEqual(['Bold', 'and', 'stars', 'A', 'E']);
  });
});

describe('findPhrase', () => {
  it('finds whole words in any case, across any spaces', () => {
    expect(findPhrase('Break  the ice, then BREAK THE ICE.', 'break the ice')).toEqual([
      { index: 0, length: 14 },
      { index: 21, length: 13 },
    ]);
  });

  it('does not find a phrase inside a longer or hyphenated word', () => {
    expect(findPhrase('co-facilitate, facilitated, facilitates', 'facilitate')).toEqual([]);
  });
});

describe('isAllCaps', () => {
  it.each([
    ['NHS', true],
    ['GPs', false],
    ['I', false],
    ['Hello', false],
    ['DON\'T', true],
  ])('%s', (word, expected) => expect(isAllCaps(word)).toBe(expected));
});
