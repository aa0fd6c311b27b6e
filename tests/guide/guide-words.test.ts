/**
 * copack's own words in the easy-read guide and the handouts are held to the rules the
 * lessons are: they are put, as points, into a lesson of a copy of the sample course, and
 * copack's own linter must find nothing in them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { draftBanner, durationWords, easyReadWords, handoutWords, leadsLabel, packWords, takesWords, timeRange } from '../../src/guide/guide-words.js';
import { useSampleCopies } from '../helpers/sample-copy.js';

const sample = useSampleCopies();

/** Sentences the easy-read pages say, and headings, which must also be short. */
const sentences = [
  ...easyReadWords.intro,
  easyReadWords.supportFixed,
  easyReadWords.debriefIntro,
  easyReadWords.wordsIntro,
  ...easyReadWords.upset.points,
  ...easyReadWords.hard.points,
  handoutWords.boldNote,
  handoutWords.tick,
  handoutWords.space,
  handoutWords.wordsIntro,
  ...packWords.frontIntro,
  packWords.easyReadDescription,
  packWords.noSessions,
  packWords.handoutsIntro,
  draftBanner.sentence,
  takesWords(15),
  `The group takes ${durationWords(110)}.`,
];
const headings = [
  easyReadWords.materials,
  easyReadWords.groundRules,
  easyReadWords.plan,
  easyReadWords.support,
  easyReadWords.debrief,
  easyReadWords.lessons,
  easyReadWords.words,
  easyReadWords.upset.heading,
  easyReadWords.hard.heading,
  handoutWords.words,
  packWords.easyReadTitle,
  packWords.handoutsTitle,
  ...Object.values(leadsLabel),
];

describe("copack's easy-read words", () => {
  it('pass the easy-read linter, as a lesson would', () => {
    const { root, courseDir } = sample();
    const texts = [...sentences, ...headings.map((h) => `${h}.`)];
    const pages = [];
    for (let i = 0; i < texts.length; i += 5) {
      pages.push({
        id: `page-${pages.length + 1}`,
        kind: 'points',
        title: 'Words in the pack',
        points: texts.slice(i, i + 5).map((text) => ({ text, picture: { symbol: 'healthicons:communication', alt: 'A speech bubble' } })),
      });
    }
    writeFileSync(join(courseDir, 'lessons', 'copack-words.json'), JSON.stringify({ $schema: '../../../schemas/lesson.schema.json', id: 'copack-words', title: 'Words in the pack', summary: 'The words in the pack.', pages }, null, 2));
    const coursePath = join(courseDir, 'course.json');
    const course = JSON.parse(readFileSync(coursePath, 'utf8')) as { lessons: string[] };
    course.lessons.push('copack-words');
    writeFileSync(coursePath, JSON.stringify(course, null, 2));

    const { diagnostics } = check({ cwd: root, paths: ['courses/co-facilitator-training'], lint: true });
    const found = diagnostics.filter((d) => d.file.endsWith('copack-words.json') && d.severity !== 'info' && d.code !== 'lint/pages-per-lesson');
    expect(found.map((d) => `${d.code} at ${d.line}:${d.column}: ${d.message}`)).toEqual([]);
  });

  it('keep headings to 6 words or fewer', () => {
    for (const heading of headings) expect(heading.split(/\s+/).length, heading).toBeLessThanOrEqual(6);
  });

  it('write times as digits with a dash, and lengths in everyday words', () => {
    expect(timeRange(0, 15)).toBe('0–15 minutes');
    expect(durationWords(45)).toBe('45 minutes');
    expect(durationWords(60)).toBe('1 hour');
    expect(durationWords(61)).toBe('1 hour and 1 minute');
    expect(durationWords(120)).toBe('2 hours');
    expect(durationWords(110)).toBe('1 hour and 50 minutes');
  });
});
