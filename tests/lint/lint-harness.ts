import { parseJson } from '../../src/load/parse-json.js';
import type { Course } from '../../src/model/course.js';
import type { CourseData, LessonData, LintConfigData } from '../../src/model/course-data.js';
import type { SourceFile } from '../../src/model/source-file.js';
import { resolveLintConfig, type LintConfig } from '../../src/lint/config.js';
import { rules, type RuleId } from '../../src/lint/registry.js';
import { lintCourse, type LintResult } from '../../src/lint/runner.js';

export const coursePath = 'courses/t/course.json';
export const lessonPath = 'courses/t/lessons/intro.json';

/** The line and first column of the point text in `lessonWithText`: 11 and 20. */
export const textLine = 11;
export const textColumn = 20;

/**
 * A lesson whose one point holds `jsonText` as it is written in JSON (escapes and all),
 * on line 11, starting at column 20, so tests can count columns by eye. The page title
 * `Hello` is on line 9, starting at column 17.
 */
export function lessonWithText(jsonText: string, page: { title?: string; lintIgnore?: string } = {}): string {
  return [
    '{',
    '  "id": "intro",',
    '  "title": "Hello",',
    '  "summary": "We say hello.",',
    '  "pages": [',
    '    {',
    '      "id": "p1",',
    '      "kind": "points",',
    `      "title": "${page.title ?? 'Hello'}",${page.lintIgnore ? ` "lintIgnore": ${page.lintIgnore},` : ''}`,
    '      "points": [',
    `        { "text": "${jsonText}", "picture": { "symbol": "healthicons:people", "alt": "2 people" } }`,
    '      ]',
    '    }',
    '  ]',
    '}',
  ].join('\n');
}

export function minimalCourse(extra: Partial<CourseData> = {}): CourseData {
  return {
    id: 't',
    title: 'Test course',
    summary: 'We test.',
    version: '1.0.0',
    lessons: ['intro'],
    team: [{ id: 'sam', name: 'Sam', roles: ['expert-by-experience'], consentToBeNamed: true }],
    completion: { rule: 'all-pages' },
    ...extra,
  };
}

function parse(path: string, text: string): SourceFile {
  const parsed = parseJson(path, new TextEncoder().encode(text));
  if (!parsed.file) throw new Error(`test JSON does not parse: ${JSON.stringify(parsed.diagnostics)}\n${text}`);
  return parsed.file;
}

/** A course model made in memory from the text of `course.json` and of its lessons. */
export function courseFrom(courseText: string, lessonTexts: readonly string[]): Course {
  const source = parse(coursePath, courseText);
  const data = source.value as CourseData;
  return {
    id: data.id,
    dir: 'courses/t',
    source,
    data,
    lessons: lessonTexts.map((text, i) => {
      const file = parse(i === 0 ? lessonPath : `courses/t/lessons/l${i}.json`, text);
      const lesson = file.value as LessonData;
      return { id: lesson.id, source: file, data: lesson };
    }),
    assets: new Map(),
    symbols: new Map(),
    theme: { templates: {} },
  };
}

/** Settings where only `only` runs (or every rule, when `only` is absent), with the course's own `lint` after. */
export function configFor(course: Course, only?: RuleId, settings?: LintConfigData['rules']): LintConfig {
  const off = only ? Object.fromEntries(Object.keys(rules).filter((id) => id !== only).map((id) => [id, 'off' as const])) : {};
  return resolveLintConfig([{ file: course.source, pointer: '/lint', data: { ...course.data.lint, rules: { ...off, ...(course.data.lint?.rules ?? {}), ...(settings ?? {}) } } }]).config;
}

export function lintText(jsonText: string, only?: RuleId, courseExtra: Partial<CourseData> = {}): LintResult {
  const course = courseFrom(JSON.stringify(minimalCourse(courseExtra), null, 2), [lessonWithText(jsonText)]);
  return lintCourse(course, configFor(course, only));
}
