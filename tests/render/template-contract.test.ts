import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { loadDefaultTheme } from '../../src/render/load-theme.js';
import { toSiteView } from '../../src/render/view-model.js';
import { templateNames } from '../../src/render/theme-files.js';
import { courseAgreement } from '../../src/coproduction/agreement.js';
import { fixturesRoot, repoRoot } from '../helpers/fixtures.js';
import { auditTemplates } from '../helpers/template-audit.js';

/** Only copack's own markup may be printed unescaped: icon bodies from installed icon sets, and script-safe JSON. */
const rawAllowed = new Set(['body', 'dataJson']);

/** The site's templates, from its root template. */
const auditSite = (views: unknown[]) => auditTemplates(loadDefaultTheme().templates, 'site', views);

describe('the templates and the view model', () => {
  const sample = check({ cwd: repoRoot }).courses;
  const fixtures = check({ cwd: fixturesRoot, paths: ['valid/minimal', 'valid/render-features'] }).courses;
  // With agreement state, as builds render: the fixtures are never agreed (a draft), the sample is.
  const views = [...sample, ...fixtures].map((course) => toSiteView(course, courseAgreement(course)));

  it('have real views to check against', () => expect(views.length).toBeGreaterThanOrEqual(3));

  it('name only fields the view model has', () => {
    expect(auditSite(views).missing).toEqual([]);
  });

  it('are all reached by the sample data, so every tag above was really checked', () => {
    expect(auditSite(views).unreached).toEqual([]);
  });

  it('print author text only through escaped tags', () => {
    const raw = auditSite(views).raw.map((tag) => tag.replace(/^.*: &/, ''));
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
    expect(auditSite([broken]).missing).toContain('site: title');
  });
});
