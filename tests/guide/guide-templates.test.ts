/**
 * The pack's templates against its view model, as for the site's: every tag names a field
 * real views have, every tag is reached by some view (so it was really checked), author
 * text is only printed escaped, and every attribute a template fills is quoted.
 */
import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { guidePages } from '../../src/guide/plan-guide.js';
import { guideTemplateNames, loadGuideTemplates } from '../../src/guide/guide-templates.js';
import { loadDefaultTheme } from '../../src/render/load-theme.js';
import type { Course } from '../../src/model/course.js';
import { fixturesRoot, repoRoot } from '../helpers/fixtures.js';

type Token = [string, string, number, number, Token[]?];

/** Only copack's own markup may be printed unescaped: symbol bodies from installed icon sets. */
const rawAllowed = new Set(['body']);

const templates: Record<string, string> = { ...loadGuideTemplates().templates, picture: loadDefaultTheme().templates['picture']! };

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

function audit(views: unknown[]) {
  const missing = new Set<string>();
  const raw = new Set<string>();
  const reached = new Set<string>();
  const walk = (template: string, tokens: Token[], stack: unknown[], depth: number): void => {
    if (depth > 40) return;
    for (const token of tokens) {
      const [type, name] = token;
      if (type === 'text' || type === '!' || type === '=') continue;
      if (type === '>') {
        if (templates[name] === undefined) missing.add(`${template}: partial ${name}`);
        else walk(name, Mustache.parse(templates[name]!) as Token[], stack, depth + 1);
        continue;
      }
      const where = `${template}: ${type === 'name' ? '' : type}${name}`;
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
        else if (value) walk(template, children, [...stack, value], depth);
      } else if (type === '^' && (!value || (Array.isArray(value) && value.length === 0))) walk(template, children, stack, depth);
    }
  };
  for (const view of views) walk('guide-page', Mustache.parse(templates['guide-page']!) as Token[], [view], 0);
  const all = new Set<string>();
  const collect = (template: string, tokens: Token[]): void => {
    for (const [type, name, , , children] of tokens) {
      if (type === 'text' || type === '!' || type === '=' || type === '>') continue;
      all.add(`${template}: ${type === 'name' ? '' : type}${name}`);
      collect(template, children ?? []);
    }
  };
  for (const [name, source] of Object.entries(templates)) collect(name, Mustache.parse(source) as Token[]);
  return { missing: [...missing].sort(), raw: [...raw].sort(), unreached: [...all].filter((tag) => !reached.has(tag) && !missing.has(tag)).sort() };
}

describe('the facilitator pack templates', () => {
  const [sample] = check({ cwd: repoRoot, paths: ['courses/co-facilitator-training'] }).courses as [Course];
  const fixtures = check({ cwd: fixturesRoot, paths: ['valid/minimal', 'valid/render-features'] }).courses;
  // A session using a lesson that did not load: named, but not linked.
  const withMissingLesson: Course = {
    ...sample,
    data: { ...sample.data, sessions: [{ ...sample.data.sessions![0]!, lessons: ['not-loaded'], parts: [{ title: 'Part', minutes: 5, activity: 'Talk.', leads: 'staff', lesson: 'not-loaded' }] }] },
  };
  const views = [sample, withMissingLesson, ...fixtures].flatMap((course) => [true, false].flatMap((draft) => guidePages(course, draft).map((page) => page.view)));

  it('have real views to check against', () => expect(views.length).toBeGreaterThan(10));

  it('name only fields the view model has', () => expect(audit(views).missing).toEqual([]));

  it('are all reached by the views, so every tag above was really checked', () => expect(audit(views).unreached).toEqual([]));

  it('print author text only through escaped tags', () => {
    expect(audit(views).raw.map((tag) => tag.replace(/^.*: &/, '')).filter((name) => !rawAllowed.has(name))).toEqual([]);
  });

  it('quote every attribute they fill', () => {
    expect(Object.entries(templates).filter(([, source]) => /=\s*\{\{/.test(source)).map(([name]) => name)).toEqual([]);
  });

  it('are all shipped and named apart from the site templates', () => {
    expect(Object.keys(loadGuideTemplates().templates).sort()).toEqual([...guideTemplateNames].sort());
    for (const name of guideTemplateNames) expect(name.startsWith('guide-')).toBe(true);
  });

  it('catch a template that names a missing field', () => {
    const broken = { ...(views[0] as unknown as Record<string, unknown>) };
    delete broken['courseTitle'];
    expect(audit([broken]).missing).toContain('guide-page: courseTitle');
  });
});
