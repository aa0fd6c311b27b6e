/**
 * No course reaches JavaScript's built-in prototypes: keys named `__proto__`, `constructor`
 * and `prototype` in every object (and twice), and a course whose every id and word is one
 * of those names, go through check, lint and build; the built-ins are exactly as they were,
 * and the course with such ids builds like any other.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, check } from '../../src/index.js';
import { rules } from '../../src/lint/registry.js';
import { listCases, materialise } from '../helpers/fixtures.js';
import { expectPrototypesUnchanged } from '../fuzz/settings.js';

afterAll(expectPrototypesUnchanged);

const allRules = (severity: 'off' | 'warn') => Object.fromEntries(Object.keys(rules).map((id) => [id, severity]));

describe('keys named after the prototype', () => {
  it.each(['prototype-keys', 'json-duplicate-proto-key'])('%s: check, lint and build report them and touch no prototype', async (name) => {
    const fixture = listCases('invalid').find((c) => c.name === name)!;
    const { courseDir, cleanup } = materialise(fixture);
    const outDir = mkdtempSync(join(tmpdir(), 'copack-proto-'));
    try {
      const checked = check({ cwd: courseDir, paths: ['.'], lint: { rules: allRules('warn') } });
      expect(checked.diagnostics.filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
      expectPrototypesUnchanged();
      const built = await build({ cwd: dirname(courseDir), paths: [basename(courseDir)], outDir, cache: false });
      expect(built.outputs.size).toBe(0);
      expectPrototypesUnchanged();
    } finally {
      cleanup();
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('as rule names in lint settings: unknown rules, each reported, none taken from Object.prototype', () => {
    const fixture = listCases('invalid').find((c) => c.name === 'prototype-keys')!;
    const { courseDir, cleanup } = materialise(fixture);
    try {
      // Without the stray keys, so the course loads and its `lint.rules` are read.
      const path = join(courseDir, 'course.json');
      const strip = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(strip);
        if (value && typeof value === 'object') {
          return Object.fromEntries(Object.entries(value).filter(([key]) => !['__proto__', 'constructor', 'prototype'].includes(key)).map(([k, v]) => [k, strip(v)]));
        }
        return value;
      };
      const course = strip(JSON.parse(readFileSync(path, 'utf8'))) as { lint: unknown };
      course.lint = JSON.parse('{"rules": {"constructor": "off", "prototype": "warn", "tostring": "off"}}');
      writeFileSync(path, JSON.stringify(course, null, 2));
      const lesson = join(courseDir, 'lessons', 'intro.json');
      writeFileSync(lesson, JSON.stringify(strip(JSON.parse(readFileSync(lesson, 'utf8'))), null, 2));
      const result = check({ cwd: courseDir, paths: ['.'], lint: true });
      const unknown = result.diagnostics.filter((d) => d.code === 'lint/unknown-rule').map((d) => d.pointer);
      expect(unknown.sort()).toEqual(['/lint/rules/constructor', '/lint/rules/prototype', '/lint/rules/tostring']);
      expectPrototypesUnchanged();
    } finally {
      cleanup();
    }
  });
});

describe('a course whose ids and words are the names of prototype members', () => {
  const names = ['constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty', 'isprototypeof'];

  function makeCourse(): { root: string; cleanup: () => void } {
    const root = mkdtempSync(join(tmpdir(), 'copack-proto-ids-'));
    const dir = join(root, 'courses', 'constructor');
    mkdirSync(join(dir, 'lessons'), { recursive: true });
    const picture = { symbol: 'healthicons:group-discussion-meeting', alt: 'People talking' };
    writeFileSync(
      join(dir, 'course.json'),
      JSON.stringify({
        id: 'constructor',
        title: 'Constructor',
        summary: 'A course about prototype words.',
        version: '1.0.0',
        lessons: ['constructor', 'prototype'],
        glossary: [
          { term: 'constructor', meaning: 'A word for tests.', forms: ['__proto__', 'hasOwnProperty'], seeAlso: ['prototype'] },
          { term: 'prototype', meaning: 'Another word for tests.' },
        ],
        team: names.map((id, i) => ({ id, name: `Person ${id}`, roles: [i === 0 ? 'expert-by-experience' : 'staff'], consentToBeNamed: i % 2 === 0 })),
        completion: { rule: 'pass-mark', passMark: 50 },
        sessions: [{ id: 'constructor', title: 'Prototype', summary: 'A session.', facilitators: ['constructor'], lessons: ['prototype'], parts: [{ title: 'Valueof', minutes: 10, activity: 'We talk.', leads: 'together', lesson: 'constructor' }] }],
        lint: { rules: allRules('off') },
      }),
    );
    for (const lesson of ['constructor', 'prototype']) {
      writeFileSync(
        join(dir, 'lessons', `${lesson}.json`),
        JSON.stringify({
          id: lesson,
          title: `About ${lesson}`,
          summary: 'We learn the constructor word.',
          authors: ['constructor'],
          words: ['constructor', 'prototype'],
          lintIgnore: { constructor: 'A reason in words.' },
          pages: [
            { id: 'constructor', kind: 'points', title: 'Constructor', points: [{ text: 'The constructor and the prototype and __proto__.', picture }] },
            {
              id: 'prototype',
              kind: 'quiz',
              title: 'Prototype',
              questions: names.map((id) => ({
                id,
                question: `Is it ${id}?`,
                choices: [
                  { id: 'constructor', text: 'Yes.', correct: true },
                  { id: 'prototype', text: 'No.' },
                ],
                feedback: { correct: 'Yes.', tryAgain: 'Try again.' },
              })),
            },
            { id: 'valueof', kind: 'reflection', title: 'Think', prompt: 'What is a constructor?' },
          ],
        }),
      );
    }
    return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
  }

  it('checks, lints and builds like any other course, and touches no prototype', async () => {
    const { root, cleanup } = makeCourse();
    try {
      const result = await build({ cwd: root, cache: false });
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      // `lintIgnore` names an unknown rule: that is the only error, and it is reported, not followed.
      expect(errors.map((d) => `${d.file} ${d.pointer} ${d.code}`)).toEqual([
        'courses/constructor/lessons/constructor.json /lintIgnore/constructor lint/unknown-rule',
        'courses/constructor/lessons/prototype.json /lintIgnore/constructor lint/unknown-rule',
      ]);
      expectPrototypesUnchanged();
      for (const lesson of ['constructor', 'prototype']) {
        const path = join(root, 'courses', 'constructor', 'lessons', `${lesson}.json`);
        const data = JSON.parse(readFileSync(path, 'utf8')) as { lintIgnore?: unknown };
        delete data.lintIgnore;
        writeFileSync(path, JSON.stringify(data));
      }
      const again = await build({ cwd: root, cache: false });
      expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(again.outputs.get('constructor')).toEqual(expect.arrayContaining(['site/index.html', 'constructor-scorm12.zip', 'constructor-scorm2004.zip']));
      expectPrototypesUnchanged();
    } finally {
      cleanup();
    }
  });
});
