import { describe, expect, it } from 'vitest';
import {
  decodeProgress,
  emptyProgress,
  encodeProgress,
  reflectionMaxLength,
  worstCaseLength,
  type Layout,
} from '../../src/render/client/progress-codec.js';

const layout: Layout = {
  screens: Array.from({ length: 13 }, (_, i) => `#/l/p${i}`),
  questions: [
    { key: 'l/q/a', choices: ['yes', 'no'] },
    { key: 'l/q/b', choices: ['one', 'two', 'three'] },
  ],
  reflections: ['l/r1', 'l/r2'],
};

describe('the compact progress form', () => {
  it('round-trips screens, answers, first tries, reflections and settings', () => {
    const progress = emptyProgress();
    progress.visited = { '#/l/p0': true, '#/l/p7': true, '#/l/p12': true };
    progress.answers = { 'l/q/b': 'three' };
    progress.firstTry = { 'l/q/b': false };
    progress.reflections = { 'l/r2': 'I am "good" at\nlistening \\ é 🙂' };
    progress.settings = { contrast: true, textSize: false };
    expect(decodeProgress(encodeProgress(progress, layout), layout)).toEqual(progress);
  });

  it('costs one character per question and one per six screens', () => {
    const text = encodeProgress(emptyProgress(), layout);
    const [, , bits, answers] = JSON.parse(text) as [number, string, string, string];
    expect(bits).toHaveLength(3);
    expect(answers).toBe('--');
  });

  it('refuses progress saved for another layout or in another format, and rubbish', () => {
    const saved = encodeProgress(emptyProgress(), layout);
    expect(decodeProgress(saved, { ...layout, screens: [...layout.screens, '#/l/new'] })).toBeUndefined();
    expect(decodeProgress(saved.replace('[1,', '[2,'), layout)).toBeUndefined();
    // Cut off before its layout is named, it cannot be told from another layout's (a later cut is mended: tests/robustness/progress-codec.test.ts).
    for (const junk of ['', 'null', '{}', '[1]', saved.slice(0, 5), '\u0000']) expect(decodeProgress(junk, layout)).toBeUndefined();
  });

  it('keeps reflections to the limit and drops control characters', () => {
    const progress = emptyProgress();
    progress.reflections = { 'l/r1': `a\u0000b\u0007${'x'.repeat(400)}` };
    const back = decodeProgress(encodeProgress(progress, layout), layout)!;
    expect(back.reflections['l/r1']).toBe(`ab${'x'.repeat(reflectionMaxLength - 2)}`);
  });

  it('knows its worst case: every reflection full of characters JSON escapes', () => {
    const worst = worstCaseLength(layout);
    expect(worst).toBeGreaterThan(2 * 2 * reflectionMaxLength);
    const heavy = emptyProgress();
    heavy.reflections = { 'l/r1': '\\'.repeat(reflectionMaxLength), 'l/r2': '\n'.repeat(reflectionMaxLength) };
    for (const s of layout.screens) heavy.visited[s] = true;
    expect(encodeProgress(heavy, layout).length).toBeLessThanOrEqual(worst);
  });
});
