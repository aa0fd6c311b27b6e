import { describe, expect, it } from 'vitest';
import { contentChanges } from '../../src/coproduction/content-changes.js';

const h = (n: number) => `sha256-${String(n).padStart(64, '0')}`;
const points = (page: string, hashes: number[]) => Object.fromEntries(hashes.map((hash, i) => [`page/${page}/point/${i + 1}`, h(hash)]));
const summary = (changes: ReturnType<typeof contentChanges>) => changes.map((c) => `${c.change} ${c.part}`);

describe('what changed in a lesson since it was agreed', () => {
  it('is nothing when nothing changed', () => {
    const parts = { 'lesson/title': h(1), ...points('welcome', [2, 3]) };
    expect(contentChanges(parts, { ...parts })).toEqual([]);
  });

  it('names the one point that was edited', () => {
    expect(summary(contentChanges(points('welcome', [1, 2, 3]), points('welcome', [1, 9, 3])))).toEqual(['edited page/welcome/point/2']);
  });

  it('reads a point put in between as one added point, not every later point edited', () => {
    expect(summary(contentChanges(points('welcome', [1, 2, 3]), points('welcome', [1, 7, 2, 3])))).toEqual(['added page/welcome/point/2']);
  });

  it('reads a point taken out as one removed point, numbered as it was agreed', () => {
    expect(summary(contentChanges(points('welcome', [1, 2, 3]), points('welcome', [1, 3])))).toEqual(['removed page/welcome/point/2']);
  });

  it('names pages added and removed, questions edited and pictures changed', () => {
    const agreed = { 'page/a': h(1), 'page/quiz': h(2), 'page/quiz/question/q1': h(3), 'picture/assets/x.svg': h(4) };
    const now = { 'page/b': h(5), 'page/quiz': h(2), 'page/quiz/question/q1': h(6), 'picture/assets/x.svg': h(7) };
    expect(summary(contentChanges(agreed, now))).toEqual([
      'removed page/a',
      'added page/b',
      'edited page/quiz/question/q1',
      'edited picture/assets/x.svg',
    ]);
  });

  it('describes each change in words that name the page and the point', () => {
    const [change] = contentChanges(points('welcome', [1, 2]), points('welcome', [1, 5]));
    expect(change?.description).toContain('point 2');
    expect(change?.description).toContain('welcome');
  });
});
