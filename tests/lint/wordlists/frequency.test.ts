import { describe, expect, it } from 'vitest';
import { plainForms, wordRank } from '../../../src/lint/wordlists/frequency.js';

describe('wordRank', () => {
  it('ranks common words high and rare words low', () => {
    expect(wordRank('the')).toBeLessThan(10);
    expect(wordRank('group')).toBeLessThan(2000);
    expect(wordRank('contraindicated') ?? Infinity).toBeGreaterThan(5000);
  });

  it('counts plurals, past tenses, -ing forms and British spellings as their plain word', () => {
    for (const [form, plain] of [
      ['groups', 'group'],
      ['agreed', 'agree'],
      ['stopping', 'stop'],
      ['colour', 'color'],
      ['organised', 'organized'],
      ['centre', 'center'],
      ["don't", 'do'],
    ] as const) {
      expect(wordRank(form), form).toBeLessThanOrEqual(wordRank(plain)!);
    }
  });

  it('lists the forms it tries', () => {
    expect(plainForms('Hoped')).toEqual(expect.arrayContaining(['hoped', 'hope']));
    expect(plainForms('favourites')).toEqual(expect.arrayContaining(['favourite', 'favorite']));
  });
});
