import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import type { Course } from '../../src/model/course.js';
import { glossaryUsed, lessonContent } from '../../src/coproduction/lesson-content.js';
import { copySample } from '../helpers/sample-copy.js';

/** Keys in reverse order at every level: the same content, written another way. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  }
  return value;
}

describe('the content a lesson is agreed at', () => {
  let sample: ReturnType<typeof copySample>;
  beforeEach(() => {
    sample = copySample();
  });
  afterEach(() => sample.cleanup());

  const load = (): Course => {
    const result = check({ cwd: sample.root });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return result.courses[0]!;
  };
  const hashes = () => {
    const course = load();
    return Object.fromEntries(course.lessons.map((lesson) => [lesson.id, lessonContent(course, lesson).hash]));
  };
  const lessonFile = (id: string) => join(sample.courseDir, 'lessons', `${id}.json`);
  const rewrite = (id: string, change: (data: any) => unknown, format = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`) => {
    const data = JSON.parse(readFileSync(lessonFile(id), 'utf8'));
    writeFileSync(lessonFile(id), format(change(data) ?? data));
  };

  it('ignores formatting: key order, indentation, CRLF line endings', () => {
    const before = hashes();
    const id = load().lessons[0]!.id;
    rewrite(id, reverseKeys, (data) => `${JSON.stringify(data, null, '\t').replace(/\n/g, '\r\n')}\r\n`);
    expect(hashes()).toEqual(before);
  });

  it('ignores what learners never see: the $schema path and lint suppressions', () => {
    const before = hashes();
    const id = load().lessons[0]!.id;
    rewrite(id, (data) => {
      data.lintIgnore = { 'sentence-length': 'a test' };
      data.pages[0].lintIgnore = { 'passive-voice': 'a test' };
    });
    expect(hashes()).toEqual(before);
  });

  it('ignores extra spaces inside text, which pages do not show', () => {
    const before = hashes();
    const id = load().lessons[0]!.id;
    rewrite(id, (data) => {
      const point = data.pages.find((page: any) => page.points)!.points[0];
      point.text = `  ${point.text.replace(/ /g, '   ')} `;
    });
    expect(hashes()).toEqual(before);
  });

  it('changes with one visible word, in that lesson only', () => {
    const before = hashes();
    const id = load().lessons[1]!.id;
    rewrite(id, (data) => {
      const point = data.pages.find((page: any) => page.points)!.points[0];
      point.text = point.text.replace(/\.$/, ' today.');
    });
    const after = hashes();
    expect(Object.keys(after).filter((lesson) => after[lesson] !== before[lesson])).toEqual([id]);
  });

  it("changes when a picture's bytes change, even with no text changed", () => {
    const course = load();
    const user = course.lessons.find((lesson) => Object.keys(lessonContent(course, lesson).parts).some((part) => part.startsWith('picture/')))!;
    const picture = Object.keys(lessonContent(course, user).parts).find((part) => part.startsWith('picture/'))!.slice('picture/'.length);
    const before = hashes();
    appendFileSync(join(sample.courseDir, picture), '\n');
    expect(hashes()[user.id]).not.toBe(before[user.id]);
  });

  it('changes when a glossary word the lesson uses changes, and not when one it does not use changes', () => {
    const course = load();
    const uses = new Map(course.lessons.map((lesson) => [lesson.id, glossaryUsed(course, lesson.data).map((entry) => entry.term)]));
    const term = course.data.glossary!.find((entry) => [...uses.values()].some((terms) => !terms.includes(entry.term)))!.term;
    const before = hashes();
    const coursePath = join(sample.courseDir, 'course.json');
    const data = JSON.parse(readFileSync(coursePath, 'utf8'));
    const entry = data.glossary.find((e: any) => e.term === term);
    entry.meaning = `${entry.meaning} It is a word we use a lot.`;
    writeFileSync(coursePath, JSON.stringify(data, null, 2));
    const after = hashes();
    for (const [lesson, terms] of uses) {
      expect(after[lesson] !== before[lesson], `${lesson} uses ${term}: ${terms.includes(term)}`).toBe(terms.includes(term));
    }
  });
});
