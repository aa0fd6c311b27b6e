import { describe, expect, it } from 'vitest';
import { lintCourse } from '../../src/lint/runner.js';
import { configFor, courseFrom, lessonPath, lessonWithText, minimalCourse, textColumn, textLine } from './lint-harness.js';
import { positionOf } from './rule-tester.js';

const courseText = JSON.stringify(minimalCourse(), null, 2);
const brief = (d: { code: string; severity: string; line: number; column: number }) => `${d.line}:${d.column} ${d.severity} ${d.code}`;

/** A lesson with a `lintIgnore` on its point, its page or itself. */
function lessonWithIgnore(where: 'point' | 'page' | 'lesson', ignore: string, text = 'Your MDT will meet.'): string {
  return [
    '{',
    '  "id": "intro",',
    '  "title": "Hello",',
    '  "summary": "We say hello.",',
    where === 'lesson' ? `  "lintIgnore": ${ignore},` : '',
    '  "pages": [',
    `    { "id": "p1", "kind": "points", "title": "Hello",${where === 'page' ? ` "lintIgnore": ${ignore},` : ''} "points": [`,
    `      { "text": "${text}", "picture": { "symbol": "healthicons:people", "alt": "2 people" }${where === 'point' ? `, "lintIgnore": ${ignore}` : ''} },`,
    '      { "text": "The MDT is kind.", "picture": { "symbol": "healthicons:people", "alt": "2 people" } }',
    '    ] }',
    '  ]',
    '}',
  ].join('\n');
}

function lint(lesson: string, only?: Parameters<typeof configFor>[1], settings?: Parameters<typeof configFor>[2]) {
  const course = courseFrom(courseText, [lesson]);
  return lintCourse(course, configFor(course, only, settings));
}

describe('positions', () => {
  it('point at the exact word inside the JSON string, counting escapes as the file has them', () => {
    // Decoded: `Café "utilise" it.`; in the file `é` is `\u00e9` (6 characters) and each quote `\"` (2).
    const result = lint(lessonWithText('Caf\\u00e9 \\"utilise\\" it.'), 'jargon');
    expect(result.diagnostics.map(brief)).toEqual([`${textLine}:${textColumn + 12} error lint/jargon`]);
  });

  it('count characters outside the basic plane as editors do', () => {
    const result = lint(lessonWithText('😀 We utilise it.'), 'jargon');
    expect(result.diagnostics.map(brief)).toEqual([`${textLine}:${textColumn + 6} error lint/jargon`]);
  });
});

describe('lintIgnore', () => {
  it('switches a rule off for a point, with a reason', () => {
    const lesson = lessonWithIgnore('point', '{ "jargon": "The ward calls the team this." }');
    const result = lint(lesson, 'jargon');
    expect(result.diagnostics.map(brief)).toEqual([`${positionOf(lesson, 'MDT is').line}:${positionOf(lesson, 'MDT is').column} error lint/jargon`]);
  });

  it('switches a rule off for a whole page or lesson', () => {
    expect(lint(lessonWithIgnore('page', '{ "jargon": "The ward calls the team this." }'), 'jargon').diagnostics).toEqual([]);
    expect(lint(lessonWithIgnore('lesson', '{ "jargon": "The ward calls the team this." }'), 'jargon').diagnostics).toEqual([]);
  });

  it('is an error without a written reason, but still switches the rule off', () => {
    for (const reason of ['""', '"ok"', '"  "', '"TODO"']) {
      const lesson = lessonWithIgnore('page', `{ "jargon": ${reason} }`);
      const at = positionOf(lesson, reason, 0);
      expect(lint(lesson, 'jargon').diagnostics.map(brief), reason).toEqual([`${at.line}:${at.column} error lint/suppression-reason`]);
    }
  });

  it('is an error when it names a rule that does not exist', () => {
    const lesson = lessonWithIgnore('point', '{ "jargonn": "The ward calls the team this." }', 'Hello.');
    const at = positionOf(lesson, '"jargonn"');
    expect(lint(lesson, 'jargon').diagnostics.map(brief)).toEqual([
      `${at.line}:${at.column} error lint/unknown-rule`,
      `${positionOf(lesson, 'MDT').line}:${positionOf(lesson, 'MDT').column} error lint/jargon`,
    ]);
  });

  it('is a warning when the rule finds nothing there, unless the rule is off', () => {
    const lesson = lessonWithIgnore('point', '{ "idiom": "We say break the ice here." }', 'Hello.');
    const at = positionOf(lesson, '"idiom"');
    expect(lint(lesson, 'idiom').diagnostics.map(brief)).toEqual([`${at.line}:${at.column} warning lint/unused-suppression`]);
    expect(lint(lesson, 'jargon').diagnostics.map(brief)).not.toContain(`${at.line}:${at.column} warning lint/unused-suppression`);
  });
});

describe('severity', () => {
  it('comes from the settings, not the rule', () => {
    const result = lint(lessonWithText('Your MDT will meet.'), 'jargon', { jargon: 'warn' });
    expect(result.diagnostics.map(brief)).toEqual([`${textLine}:${textColumn + 5} warning lint/jargon`]);
  });

  it('is one step softer for an advisory finding', () => {
    const text = 'Please come to the hall on the high street at 2pm on Monday.';
    const result = lint(lessonWithText(text), 'sentence-length', { 'sentence-length': 'warn' });
    expect(result.diagnostics.map(brief)).toEqual([`9:17 info lint/sentence-length`, `${textLine}:${textColumn} info lint/sentence-length`]);
  });

  it('is never more than info for readability figures', () => {
    const result = lint(lessonWithText('We meet.'), 'readability', { readability: 'error' });
    expect(result.diagnostics.map(brief)).toEqual(['9:17 info lint/readability']);
  });
});

describe('lintCourse', () => {
  it('gives the same result every time, and keeps each finding with its text', () => {
    const lesson = lessonWithText('Your MDT will utilise it.');
    const first = lint(lesson);
    expect(lint(lesson).diagnostics).toEqual(first.diagnostics);
    const jargon = first.findings.filter((f) => f.ruleId === 'jargon');
    expect(jargon.map((f) => f.unit?.text.slice(f.index, f.index + f.length))).toEqual(['MDT', 'utilise']);
    expect(jargon.every((f) => f.diagnostic.file === lessonPath)).toBe(true);
  });
});
