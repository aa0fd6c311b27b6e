/**
 * The pack's templates against its view model, as for the site's: every tag names a field
 * real views have, every tag is reached by some view (so it was really checked), author
 * text is only printed escaped, and every attribute a template fills is quoted.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { guidePages } from '../../src/guide/plan-guide.js';
import { guideTemplateNames, loadGuideTemplates } from '../../src/guide/guide-templates.js';
import { loadDefaultTheme } from '../../src/render/load-theme.js';
import type { Course } from '../../src/model/course.js';
import { fixturesRoot, repoRoot } from '../helpers/fixtures.js';
import { auditTemplates } from '../helpers/template-audit.js';

/** Only copack's own markup may be printed unescaped: symbol bodies from installed icon sets. */
const rawAllowed = new Set(['body']);

const templates: Record<string, string> = { ...loadGuideTemplates().templates, picture: loadDefaultTheme().templates['picture']! };

/** The pack's templates, from its page template. */
const audit = (views: unknown[]) => auditTemplates(templates, 'guide-page', views);

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
