import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedAjv } from '../../src/validate/schemas.js';
import { diagnosticCodes } from '../../src/diagnostics/codes.js';
import { lintSettingCodes, rules, type RuleId } from '../../src/lint/registry.js';
import type { Rule } from '../../src/lint/types.js';
import { repoRoot } from '../helpers/fixtures.js';
import { lintText } from './lint-harness.js';

const entries = Object.entries(rules) as Array<[RuleId, Rule]>;

describe('the rule registry', () => {
  it('is sorted by id, and each key is its rule\'s id', () => {
    const ids = Object.keys(rules);
    expect(ids).toEqual([...ids].sort());
    for (const [id, rule] of entries) expect(rule.id).toBe(id);
  });

  it('has one rule for each file in src/lint/rules/, named by its id', () => {
    const files = readdirSync(join(repoRoot, 'src', 'lint', 'rules')).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(files).toEqual(Object.keys(rules));
  });

  it('has every rule the issue asks for', () => {
    expect(Object.keys(rules).length).toBeGreaterThanOrEqual(20);
  });

  it('gives no rule an id that a settings problem uses', () => {
    for (const id of Object.keys(lintSettingCodes)) expect(id in rules).toBe(false);
  });

  it('makes a diagnostic code for each rule', () => {
    for (const id of Object.keys(rules)) expect(diagnosticCodes).toHaveProperty([`lint/${id}`]);
  });

  it.each(entries)('%s has complete metadata and valid default options', (_id, rule) => {
    expect(rule.meta.description).toMatch(/^\S.*[.]$/);
    expect(rule.meta.rationale.length).toBeGreaterThan(100);
    expect(rule.meta.source.length).toBeGreaterThan(0);
    const validate = sharedAjv().compile(rule.meta.optionsSchema);
    expect(validate(rule.meta.defaultOptions), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('rule examples in docs/rules.md', () => {
  // Examples of point text; the heading, picture and synonym rules' examples are a heading, alt text and two pages.
  const notPointText = new Set(['alt-text', 'consistent-terms', 'heading-length']);
  const withExamples = entries.filter(([id, rule]) => rule.meta.example && !notPointText.has(id));
  it.each(withExamples)('%s reports its bad example', (id, rule) => {
    const result = lintText(JSON.stringify(rule.meta.example!.bad).slice(1, -1), id);
    expect(result.diagnostics.filter((d) => d.code === `lint/${id}`).length).toBeGreaterThan(0);
  });
  it.each(withExamples)('%s: its good example passes every rule', (_id, rule) => {
    const result = lintText(JSON.stringify(rule.meta.example!.good).slice(1, -1));
    expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });
});
