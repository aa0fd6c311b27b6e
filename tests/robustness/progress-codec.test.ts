/**
 * Saved progress that an LMS gives back damaged: cut off at any character (some LMSes keep
 * fewer characters than they were given), or any other string at all. Decoding never throws;
 * a cut keeps everything saved before it and invents nothing; anything else is nothing saved.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress, reflectionMaxLength, type Layout, type Progress } from '../../src/render/client/progress-codec.js';

const layoutArbitrary: fc.Arbitrary<Layout> = fc.record({
  screens: fc.uniqueArray(fc.stringMatching(/^#\/[a-z]{1,6}\/[a-z]{1,6}$/), { minLength: 1, maxLength: 40 }),
  questions: fc.uniqueArray(
    fc.record({ key: fc.stringMatching(/^[a-z]{1,5}\/[a-z]{1,5}$/), choices: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 2, maxLength: 6 }) }),
    { maxLength: 12, selector: (q) => q.key },
  ),
  reflections: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,5}\/[a-z]{1,5}$/), { maxLength: 4 }),
});

/** Progress for `layout`: some screens seen, some questions answered, reflections in any text. */
const progressFor = (layout: Layout): fc.Arbitrary<Progress> =>
  fc
    .record({
      seen: fc.subarray(layout.screens),
      answered: fc.subarray(layout.questions),
      picks: fc.array(fc.nat(), { minLength: layout.questions.length, maxLength: layout.questions.length }),
      firstTry: fc.array(fc.boolean(), { minLength: layout.questions.length, maxLength: layout.questions.length }),
      words: fc.array(fc.string({ unit: 'binary', maxLength: reflectionMaxLength }), { minLength: layout.reflections.length, maxLength: layout.reflections.length }),
      contrast: fc.boolean(),
      textSize: fc.boolean(),
    })
    .map(({ seen, answered, picks, firstTry, words, contrast, textSize }) => {
      const progress: Progress = { visited: {}, answers: {}, firstTry: {}, reflections: {}, settings: { contrast, textSize } };
      for (const screen of seen) progress.visited[screen] = true;
      answered.forEach((q, i) => {
        progress.answers[q.key] = q.choices[picks[i]! % q.choices.length]!;
        progress.firstTry[q.key] = firstTry[i]!;
      });
      layout.reflections.forEach((key, i) => {
        if (words[i]) progress.reflections[key] = words[i]!;
      });
      return progress;
    });

describe('progress an LMS cut off', () => {
  it('keeps, at every cut, only what was saved, and the whole of it when nothing was cut', () => {
    fc.assert(
      fc.property(
        layoutArbitrary.chain((layout) => fc.tuple(fc.constant(layout), progressFor(layout))),
        fc.nat(),
        ([layout, progress], at) => {
          const text = encodeProgress(progress, layout);
          const full = decodeProgress(text, layout)!;
          const cut = decodeProgress(text.slice(0, at % (text.length + 1)), layout);
          if (cut === undefined) return;
          for (const screen of Object.keys(cut.visited)) expect(full.visited[screen], `screen ${screen}`).toBe(true);
          for (const [key, choice] of Object.entries(cut.answers)) {
            expect(full.answers[key], `answer ${key}`).toBe(choice);
            expect(cut.firstTry[key]).toBe(full.firstTry[key]);
          }
          for (const [key, words] of Object.entries(cut.reflections)) expect(full.reflections[key]?.startsWith(words), `reflection ${key}`).toBe(true);
          // The settings come last: either whole, or not there (off).
          if (cut.settings.contrast || cut.settings.textSize) expect(cut.settings).toEqual(full.settings);
        },
      ),
      { numRuns: 300, seed: 9 },
    );
  });

  it('keeps every screen and answer when the cut falls in the reflections', () => {
    const layout: Layout = { screens: ['#/a/one', '#/a/two', '#/a/three'], questions: [{ key: 'a/q', choices: ['yes', 'no'] }], reflections: ['a/r', 'a/s'] };
    const progress: Progress = {
      visited: { '#/a/one': true, '#/a/three': true },
      answers: { 'a/q': 'no' },
      firstTry: { 'a/q': false },
      reflections: { 'a/r': 'I listen "well" and I\\take turns \u00e9\u{1f642}', 'a/s': 'More words.' },
      settings: { contrast: true, textSize: true },
    };
    const text = encodeProgress(progress, layout);
    const start = text.indexOf('I listen');
    for (let cut = start; cut < text.indexOf('More'); cut++) {
      const back = decodeProgress(text.slice(0, cut), layout);
      expect(back, `cut at ${cut}: ${text.slice(0, cut)}`).toBeDefined();
      expect(back!.visited).toEqual(progress.visited);
      expect(back!.answers).toEqual(progress.answers);
      expect(progress.reflections['a/r']!.startsWith(back!.reflections['a/r'] ?? '')).toBe(true);
    }
  });
});

describe('saved progress that is not progress', () => {
  it('never throws, and is nothing saved', () => {
    const layout: Layout = { screens: ['#/a/b'], questions: [], reflections: [] };
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.constantFrom('[1,', '[1,"', '["\\', '[1,"x","\\u12', '[[[[', ']]]]', '"\\"', '{"__proto__":{"x":1}}')), (text) => {
        const back = decodeProgress(text, layout);
        expect(back).toBeUndefined();
        expect(({} as Record<string, unknown>)['x']).toBeUndefined();
      }),
      { numRuns: 500, seed: 9 },
    );
  });
});
