import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/diagnostics/diagnostic.js';
import type { CourseData, RuleSetting } from '../../src/model/course-data.js';
import { rules, type RuleId } from '../../src/lint/registry.js';
import { lintCourse } from '../../src/lint/runner.js';
import { configFor, coursePath, courseFrom, lessonPath, lessonWithText, minimalCourse, textColumn, textLine } from './lint-harness.js';

/**
 * Where a finding must be: `at` is the text the finding starts at in the case's point
 * text as written in JSON (its first match, or its `nth`), or give `line` and `column`.
 * Tests assert code, file, line, column and severity, never the message.
 */
export interface Expected {
  at?: string;
  nth?: number;
  /** Look for `at` in the whole `course.json` or lesson file instead of the point text. */
  in?: 'course' | 'lesson';
  line?: number;
  column?: number;
  file?: string;
  severity?: Severity;
  code?: string;
}

export interface Case {
  /** What the case shows, for the test name. */
  name?: string;
  /** The point text, as written inside the JSON string (so `\\"` is a quote). */
  text?: string;
  /** The rule's options, as in settings. */
  options?: Record<string, unknown>;
  /** Changes to the course around the lesson, such as a glossary. */
  course?: Partial<CourseData>;
  /** The whole lesson file, instead of the one-point lesson. */
  lesson?: string;
  /** More lessons after the first. */
  moreLessons?: string[];
  /** Other rules to switch on, for rules that leave a word to another rule when it is on. */
  alsoOn?: RuleId[];
}

export interface InvalidCase extends Case {
  errors: Expected[];
}

const severityOf: Record<string, Severity> = { error: 'error', warn: 'warning', info: 'info' };

function run(ruleId: RuleId, c: Case) {
  const lessonText = c.lesson ?? lessonWithText(c.text ?? 'Hello.');
  const courseText = JSON.stringify(minimalCourse(c.course), null, 2);
  const course = courseFrom(courseText, [lessonText, ...(c.moreLessons ?? [])]);
  const settings: Record<string, RuleSetting> = Object.fromEntries((c.alsoOn ?? []).map((id) => [id, rules[id].meta.defaultSeverity]));
  if (c.options) settings[ruleId] = [rules[ruleId].meta.defaultSeverity, c.options];
  const result = lintCourse(course, configFor(course, ruleId, settings));
  // Only this rule's findings, and problems with settings, count: rules in `alsoOn` report too.
  result.diagnostics = result.diagnostics.filter((d) => d.code === `lint/${ruleId}` || !(d.code.slice('lint/'.length) in rules));
  return { result, files: { course: courseText, lesson: lessonText } };
}

/** The line and column where the `nth` match of `needle` starts in `haystack`. */
export function positionOf(haystack: string, needle: string, nth = 0): { line: number; column: number } {
  let index = -1;
  for (let n = 0; n <= nth; n++) index = haystack.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`\`${needle}\` is not in the text`);
  const before = haystack.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function expectedPosition(e: Expected, files: { course: string; lesson: string }, text: string | undefined): { line: number; column: number } {
  if (e.at === undefined) return { line: e.line ?? textLine, column: e.column ?? textColumn };
  if (e.in) return positionOf(files[e.in], e.at, e.nth);
  if (text === undefined) throw new Error('`at` needs the case to have `text`');
  const { column } = positionOf(text, e.at, e.nth);
  return { line: textLine, column: textColumn + column - 1 };
}

/** ESLint's RuleTester, for copack: each valid case gives no finding, each invalid case exactly its findings. */
export function ruleTester(ruleId: RuleId, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  const label = (c: Case) => c.name ?? c.text ?? '(lesson)';
  describe(ruleId, () => {
    it('has at least 3 valid and 3 invalid cases', () => {
      expect(cases.valid.length).toBeGreaterThanOrEqual(3);
      expect(cases.invalid.length).toBeGreaterThanOrEqual(3);
    });
    it.each(cases.valid.map((c) => [label(c), c] as const))('valid: %s', (_name, c) => {
      const { result } = run(ruleId, c);
      expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [label(c), c] as const))('invalid: %s', (_name, c) => {
      const { result, files } = run(ruleId, c);
      const actual = result.diagnostics.map((d) => ({ code: d.code, severity: d.severity, file: d.file, line: d.line, column: d.column }));
      const expected = c.errors.map((e) => ({
        code: e.code ?? `lint/${ruleId}`,
        severity: e.severity ?? severityOf[rules[ruleId].meta.defaultSeverity]!,
        file: e.file ?? (e.in === 'course' ? coursePath : lessonPath),
        ...expectedPosition(e, files, c.text),
      }));
      expect(actual).toEqual(expected);
    });
  });
}
