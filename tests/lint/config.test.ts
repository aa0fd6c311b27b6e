import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/load/parse-json.js';
import { parseRuleFlags, resolveLintConfig, RuleFlagError } from '../../src/lint/config.js';
import type { LintConfigData } from '../../src/model/course-data.js';
import { positionOf } from './rule-tester.js';

const file = (path: string, value: unknown) => {
  const text = JSON.stringify(value, null, 2);
  return { text, file: parseJson(path, new TextEncoder().encode(text)).file! };
};
const layer = (path: string, lint: LintConfigData) => {
  const { text, file: source } = file(path, { lint });
  return { text, layer: { file: source, pointer: '/lint', data: lint } };
};

describe('resolveLintConfig', () => {
  it('starts from each rule\'s defaults', () => {
    const { config, diagnostics } = resolveLintConfig([]);
    expect(diagnostics).toEqual([]);
    expect(config.rules['sentence-length']).toEqual({ severity: 'error', options: { max: 15, warnAbove: 12, maxAverage: 10 } });
    expect(config.rules['passive-voice'].severity).toBe('warn');
  });

  it('applies the project, then the course, then the command line', () => {
    const project = layer('copack.config.json', { rules: { 'passive-voice': 'error', 'sentence-length': ['warn', { max: 20 }] }, synonyms: [['staff', 'worker']] });
    const course = layer('courses/t/course.json', { rules: { 'passive-voice': 'off', 'sentence-length': 'error' }, synonyms: [['group', 'class']] });
    const { config } = resolveLintConfig([project.layer, course.layer], { 'passive-voice': 'info' });
    expect(config.rules['passive-voice'].severity).toBe('info');
    // A severity alone keeps the options set before it.
    expect(config.rules['sentence-length']).toEqual({ severity: 'error', options: { max: 20, warnAbove: 12, maxAverage: 10 } });
    expect(config.synonyms).toEqual([['staff', 'worker'], ['group', 'class']]);
  });

  it('replaces options over the defaults, not over an earlier layer', () => {
    const project = layer('copack.config.json', { rules: { 'sentence-length': ['error', { max: 20 }] } });
    const course = layer('courses/t/course.json', { rules: { 'sentence-length': ['error', { warnAbove: 10 }] } });
    expect(resolveLintConfig([project.layer, course.layer]).config.rules['sentence-length'].options).toEqual({ max: 15, warnAbove: 10, maxAverage: 10 });
  });

  it('reports options a rule does not have, where they are written, and keeps the earlier ones', () => {
    const course = layer('courses/t/course.json', { rules: { 'sentence-length': ['warn', { maxx: 12 }], jargon: ['error', { allow: 'MDT' }] } });
    const { config, diagnostics } = resolveLintConfig([course.layer]);
    // Each options object is written as `{` on its own line, its first property on the next line, 2 further in.
    const objectBefore = (property: string) => {
      const at = positionOf(course.text, property);
      return `${at.line - 1}:${at.column - 2}`;
    };
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.pointer}`)).toEqual([
      `${objectBefore('"maxx"')} error lint/invalid-options /lint/rules/sentence-length/1`,
      `${objectBefore('"allow"')} error lint/invalid-options /lint/rules/jargon/1`,
    ]);
    expect(config.rules['sentence-length']).toEqual({ severity: 'warn', options: { max: 15, warnAbove: 12, maxAverage: 10 } });
  });

  it('reports a rule that does not exist at its name', () => {
    const course = layer('courses/t/course.json', { rules: { 'sentense-length': 'warn' } });
    const { diagnostics } = resolveLintConfig([course.layer]);
    const at = positionOf(course.text, '"sentense-length"');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([`${at.line}:${at.column} lint/unknown-rule`]);
    expect(diagnostics[0]!.hint).toContain('sentence-length');
  });

  it('is frozen, so rules cannot change it', () => {
    const { config } = resolveLintConfig([]);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.rules)).toBe(true);
    expect(Object.isFrozen(config.rules.jargon.options)).toBe(true);
  });
});

describe('parseRuleFlags', () => {
  it('reads id:severity, with warning as a spelling of warn', () => {
    expect(parseRuleFlags(['passive-voice:off', 'jargon:warning'])).toEqual({ 'passive-voice': 'off', jargon: 'warn' });
  });

  it.each(['passive-voice', 'passive-voise:off', 'jargon:loud'])('rejects %s', (flag) => {
    expect(() => parseRuleFlags([flag])).toThrow(RuleFlagError);
  });
});
