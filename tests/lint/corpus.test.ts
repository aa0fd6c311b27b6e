import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from './lint-harness.js';

const load = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, 'corpus', name), 'utf8')) as string[];
const hard = load('hard-sentences.json');
const easy = load('easy-read-sentences.json');
const lintSentence = (sentence: string) => lintText(JSON.stringify(sentence).slice(1, -1)).diagnostics;

/**
 * Sentences written for copack: the first in the style of real public-sector letters and
 * policies, the second in easy read. Every rule runs with its default settings.
 */
describe('corpus', () => {
  it('has at least 30 sentences of each kind', () => {
    expect(hard.length).toBeGreaterThanOrEqual(30);
    expect(easy.length).toBeGreaterThanOrEqual(30);
  });

  it.each(hard)('hard: %s', (sentence) => {
    expect(lintSentence(sentence).filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
  });

  it.each(easy)('easy read: %s', (sentence) => {
    expect(lintSentence(sentence).filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });
});
