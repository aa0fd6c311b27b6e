import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { loadDefaultTheme } from '../../src/render/load-theme.js';
import { toSiteView } from '../../src/render/view-model.js';
import { templateNames } from '../../src/render/theme-files.js';
import { courseAgreement } from '../../src/coproduction/agreement.js';
import { fixturesRoot, repoRoot } from '../helpers/fixtures.js';

type Token = [string, string, number, number, Token[]?];

/** Only copack's own markup may be printed unescaped: icon bodies from installed icon sets, and script-safe JSON. */
const rawAllowed = new Set(['body', 'dataJson']);

function lookup(stack: unknown[], name: string): { found: boolean; value: unknown } {
  if (name === '.') return { found: true, value: stack.at(-1) };
  const [head, ...rest] = name.split('.');
  for (let i = stack.length - 1; i >= 0; i--) {
    const context = stack[i];
    if (typeof context === 'object' && context !== null && head! in context) {
      let value: unknown = (context as Record<string, unknown>)[head!];
      for (const part of rest) {
        if (typeof value !== 'object' || value === null || !(part in value)) return { found: false, value: undefined };
        value = (value as Record<string, unknown>)[part];
      }
      return { found: true, value };
    }
  }
  return { found: false, value: undefined };
}

/**
 * Walks every template against real views, the way mustache would render them, and
 * records each tag that names a field no view has, each tag never reached with data (so
 * it could not be checked), and each unescaped tag outside the allowed few.
 */
function auditTemplates(views: unknown[]) {
  const templates = loadDefaultTheme().templates;
  const missing = new Set<string>();
  const raw = new Set<string>();
  const reached = new Set<string>();
  const all = new Set<string>();
  const walk = (template: string, tokens: Token[], stack: unknown[], depth: number): void => {
    if (depth > 40) return;
    for (const token of tokens) {
      const [type, name] = token;
      const where = `${template}: ${type === 'name' ? '' : type}${name}`;
      if (type === 'text' || type === '!' || type === '=') continue;
      if (type === '>') {
        const partial = templates[name];
        if (partial === undefined) missing.add(`${template}: partial ${name}`);
        else walk(name, Mustache.parse(partial) as Token[], stack, depth + 1);
        continue;
      }
      all.add(where);
      if (type === '&') raw.add(where);
      const { found, value } = lookup(stack, name);
      if (!found) {
        missing.add(where);
        continue;
      }
      reached.add(where);
      const children = token[4] ?? [];
      if (type === '#') {
        if (Array.isArray(value)) for (const item of value) walk(template, children, [...stack, item], depth);
        else if (value) walk(template, children, typeof value === 'object' ? [...stack, value] : [...stack, value], depth);
      } else if (type === '^') {
        if (!value || (Array.isArray(value) && value.length === 0)) walk(template, children, stack, depth);
      }
    }
  };
  for (const view of views) walk('site', Mustache.parse(templates.site!) as Token[], [view], 0);
  // Every tag written in any template, reached or not, including inside empty sections.
  const collect = (template: string, tokens: Token[]): void => {
    for (const token of tokens) {
      const [type, name] = token;
      if (type === 'text' || type === '!' || type === '=' || type === '>') continue;
      all.add(`${template}: ${type === 'name' ? '' : type}${name}`);
      collect(template, token[4] ?? []);
    }
  };
  for (const [name, source] of Object.entries(templates)) collect(name, Mustache.parse(source) as Token[]);
  const unreached = [...all].filter((tag) => !reached.has(tag) && !missing.has(tag));
  return { missing: [...missing].sort(), raw: [...raw].sort(), unreached: unreached.sort() };
}

describe('the templates and the view model', () => {
  const sample = check({ cwd: repoRoot }).courses;
  const fixtures = check({ cwd: fixturesRoot, paths: ['valid/minimal', 'valid/render-features'] }).courses;
  // With agreement state, as builds render: the fixtures are never agreed (a draft), the sample is.
  const views = [...sample, ...fixtures].map((course) => toSiteView(course, courseAgreement(course)));

  it('have real views to check against', () => expect(views.length).toBeGreaterThanOrEqual(3));

  it('name only fields the view model has', () => {
    expect(auditTemplates(views).missing).toEqual([]);
  });

  it('are all reached by the sample data, so every tag above was really checked', () => {
    expect(auditTemplates(views).unreached).toEqual([]);
  });

  it('print author text only through escaped tags', () => {
    const raw = auditTemplates(views).raw.map((tag) => tag.replace(/^.*: &/, ''));
    expect(raw.filter((name) => !rawAllowed.has(name))).toEqual([]);
  });

  it('quote every attribute they fill, so escaping is enough to keep text inside it', () => {
    const unquoted = Object.entries(loadDefaultTheme().templates).filter(([, source]) => /=\s*\{\{/.test(source)).map(([name]) => name);
    expect(unquoted).toEqual([]);
  });

  it('include every shipped template', () => {
    expect(Object.keys(loadDefaultTheme().templates).sort()).toEqual([...templateNames].sort());
  });

  it('catch a template that names a missing field', () => {
    const view = views[0] as unknown as Record<string, unknown>;
    const broken = { ...view, title: undefined } as unknown as Record<string, unknown>;
    delete broken.title;
    expect(auditTemplates([broken]).missing).toContain('site: title');
  });
});
