import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { loadDefaultTheme } from '../../src/render/load-theme.js';
import { renderSite } from '../../src/render/render-site.js';
import { toSiteView } from '../../src/render/view-model.js';
import type { Course } from '../../src/model/course.js';
import { fixturesRoot } from '../helpers/fixtures.js';

const [course] = check({ cwd: fixturesRoot, paths: ['valid/render-features'] }).courses as [Course];
const html = (c: Course) => new TextDecoder().decode(renderSite(c, loadDefaultTheme()).find((f) => f.path === 'site/index.html')!.bytes);

describe('renderSite', () => {
  it('writes one page, the stylesheet, the script, the font and only the pictures and sounds used', () => {
    const paths = renderSite(course, loadDefaultTheme()).map((f) => f.path).sort();
    expect(paths).toEqual([
      'site/assets/hello.mp3',
      'site/assets/people.svg',
      'site/copack-target.js',
      'site/copack.css',
      'site/copack.js',
      'site/fonts/atkinson-hyperlegible-latin-400-normal.woff2',
      'site/fonts/atkinson-hyperlegible-latin-700-normal.woff2',
      'site/fonts/atkinson-hyperlegible-latin-ext-400-normal.woff2',
      'site/fonts/atkinson-hyperlegible-latin-ext-700-normal.woff2',
      'site/index.html',
    ]);
  });

  it('gives one screen per page, one per quiz question, and the course screens', () => {
    expect(toSiteView(course).screens.map((s) => s.hash)).toEqual([
      '#/',
      '#/first/start',
      '#/first/check/when',
      '#/first/check/who',
      '#/second/think',
      '#/second/recap',
      '#/glossary',
      '#/made-together',
      '#/finish',
    ]);
  });

  it('links the screens in order and counts pages within each lesson', () => {
    const screens = toSiteView(course).screens;
    const start = screens.find((s) => s.hash === '#/first/start')!;
    expect(start.nav).toEqual({ back: '#/', next: '#/first/check/when', nextLabel: 'Next' });
    expect(start.count).toBe('Page 1 of 3');
    expect(screens.find((s) => s.hash === '#/first/check/who')!.nav.nextLabel).toBe('Next lesson');
    expect(screens.find((s) => s.hash === '#/second/recap')!.nav).toEqual({ back: '#/second/think', next: '#/finish', nextLabel: 'Finish' });
  });

  it('names only the people who agreed to be named, and counts the rest', () => {
    const view = toSiteView(course);
    expect(view.people.map((p) => p.name)).toEqual(['Sam', 'Jo']);
    expect(view.unnamed).toMatch(/1 more person/);
    expect(html(course)).not.toContain('Kit');
  });

  it('escapes author text everywhere, including inside the data for the script', () => {
    const payload = '</script><script>alert(1)</script><img src=x onerror=alert(2)> "\' &amp;';
    const hostile: Course = {
      ...course,
      data: { ...course.data, title: payload, summary: payload },
      lessons: course.lessons.map((l) => ({ ...l, data: { ...l.data, title: payload, pages: l.data.pages.map((p) => ({ ...p, title: payload })) } })),
    };
    const page = html(hostile);
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(2)&gt; &quot;&#39; &amp;amp;');
    expect(page.match(/<script/g)).toHaveLength(3);
  });

  it('gives the same bytes every time', () => {
    expect(html(course)).toBe(html(course));
  });

  it('uses a course theme: a replaced template and added styles', () => {
    const themed: Course = { ...course, theme: { templates: { 'screen-finish': '<p class="own-finish">{{title}} done</p>' }, customCss: '.own-finish { font-weight: 700; }' } };
    const files = renderSite(themed, loadDefaultTheme());
    const text = (path: string) => new TextDecoder().decode(files.find((f) => f.path === path)!.bytes);
    expect(text('site/index.html')).toContain('<p class="own-finish">You finished the course done</p>');
    expect(text('site/copack.css')).toMatch(/font-family: 'Atkinson Hyperlegible'[\s\S]*\.own-finish/);
  });
});
