/**
 * Author text is text, never markup: a copy of the sample course with an HTML, script and
 * attribute-breaking payload in every free-text field is built and visited screen by screen.
 * Nothing may run, nothing may be fetched, and the words must show exactly as written.
 */
import { describe, expect, it } from 'vitest';
import { buildSite, describeLog, gotoScreen, listScreens, openSite, useSiteSuite } from '../../helpers/browser.js';
import { eachScreenInPage, installInPage, pagesAtOnce } from '../../helpers/lanes.js';
import { readCourseJson } from '../../helpers/course-json.js';
import { makeHostileCourse, type PlantedText } from '../../helpers/hostile-course.js';

let planted: PlantedText[] = [];
const suite = useSiteSuite(async () => {
  const hostile = makeHostileCourse();
  planted = hostile.planted;
  try {
    const site = await buildSite({ cwd: hostile.root });
    return { siteDir: site.siteDir, cleanup: () => (site.cleanup(), hostile.cleanup()) };
  } catch (error) {
    hostile.cleanup();
    throw error;
  }
});

/** Fields a learner reads on some screen; their words must appear there exactly. */
const shownAsText = [
  /^course\.json \/(title|summary)$/,
  /^course\.json \/glossary\/\d+\/(term|meaning)$/,
  /^lessons\/.+ \/(title|summary)$/,
  /^lessons\/.+ \/pages\/\d+\/(title|prompt)$/,
  /^lessons\/.+ \/pages\/\d+\/(points\/\d+\/text|help\/\d+)$/,
  /^lessons\/.+ \/pages\/\d+\/questions\/\d+\/(question|choices\/\d+\/text|choices\/\d+\/feedback|feedback\/(correct|tryAgain))$/,
];
/** Team members on the "Made together by" screen: named only with their consent. */
const team = readCourseJson().course.team;
const teamField = /^course\.json \/team\/(\d+)\/(name|about)$/;
const consented = (p: PlantedText) => team[Number(teamField.exec(`${p.file} ${p.pointer}`)?.[1])]?.consentToBeNamed === true;

/** Descriptions of pictures: they must reach an `alt` or `aria-label` exactly. */
const shownAsAlt = /\/picture\/alt$/;

/** Injected markup would leave traces: a flag, foreign scripts, handlers, the payload's elements. Runs in the page. */
function tracesInPage(): string[] {
  const found: string[] = [];
  const w = window as unknown as { __pwned?: unknown };
  if (w.__pwned !== undefined) found.push(`window.__pwned = ${String(w.__pwned)}`);
  // The site's own scripts are files beside index.html; its one inline script is JSON data.
  const base = (location.origin === 'null' ? 'file://' : location.origin) + location.pathname.replace(/[^/]*$/, '');
  for (const script of Array.from(document.scripts)) {
    const own = script.src ? script.src.startsWith(base) && !script.src.slice(base.length).includes('/') : script.type === 'application/json';
    if (!own) found.push(`a script that is not the site's: ${script.outerHTML.slice(0, 120)}`);
  }
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value)) found.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value}">`);
    }
  }
  if (document.querySelector('img[src="x"], svg[onload]')) found.push('a payload element is in the DOM');
  return found;
}

interface ScreenReading {
  text: string;
  attributes: string[];
  traces: string[];
}

/**
 * Runs in the page, on the screen shown: what a learner reads there, including each answer's
 * feedback and each glossary word's dialog (each word once per page), and any traces.
 */
function readScreenInPage(): ScreenReading {
  const w = window as unknown as { __opened?: Set<string>; __traces: () => string[] };
  const opened = (w.__opened ??= new Set<string>());
  const screen = document.querySelector('section.screen:not([hidden])') as HTMLElement;
  const dialog = document.querySelector<HTMLDialogElement>('#glossary-dialog');
  const flat = (t: string) => t.replace(/[ \t\u00a0]+/g, ' ');
  let text = flat([document.title, document.querySelector('.site-header')?.textContent ?? '', screen.innerText].join('\n'));
  const attributes: string[] = [];
  const labels = (root: Element) =>
    root.querySelectorAll('[alt], [aria-label]').forEach((el) => attributes.push(el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? ''));
  labels(screen);
  screen.querySelectorAll<HTMLElement>('button.choice').forEach((choice) => {
    choice.click();
    text += `\n${flat(screen.querySelector<HTMLElement>('.feedback')?.innerText ?? '')}`;
  });
  screen.querySelectorAll<HTMLElement>('button.term').forEach((term) => {
    const id = term.getAttribute('data-term') ?? '';
    if (opened.has(id) || !dialog) return;
    opened.add(id);
    term.click();
    if (!dialog.open) text += `\n(the word ${id} opened no dialog)`;
    text += `\n${flat(dialog.innerText)}`;
    labels(dialog);
    dialog.close();
  });
  return { text, attributes, traces: w.__traces() };
}

describe('author text with HTML and script in it', () => {
  it('runs nothing, fetches nothing, and shows every word as written on every screen', async () => {
    const { browser, server } = suite.get();
    expect(planted.length, 'payloads planted in the course').toBeGreaterThan(100);
    const first = await openSite(browser, { server });
    await gotoScreen(first.page, first.home, '#/');
    await installInPage(first.page, '__traces', tracesInPage);
    expect(await first.page.evaluate(() => (window as unknown as { __traces: () => string[] }).__traces())).toEqual([]);
    const screens = await listScreens(first.page);
    await first.context.close();

    // Every screen, shared out among pages, each walking its share inside the page.
    const open = async () => {
      const site = await openSite(browser, { server });
      await gotoScreen(site.page, site.home, '#/');
      await installInPage(site.page, '__traces', tracesInPage);
      await installInPage(site.page, '__readScreen', readScreenInPage);
      return site;
    };
    const lanes = await Promise.all(Array.from({ length: pagesAtOnce }, open));
    const readings = (
      await Promise.all(lanes.map(({ page }, lane) => eachScreenInPage<ScreenReading>(page, screens.filter((_, i) => i % lanes.length === lane), '__readScreen', null)))
    ).flat();
    const logs = [first.log, ...lanes.map((l) => l.log)];
    await Promise.all(lanes.map((l) => l.context.close()));
    expect(readings.flatMap(({ screen, result }) => result.traces.map((t) => `${screen}: ${t}`)), 'traces of injected markup').toEqual([]);
    const seen = readings.map(({ result }) => result.text).join('\n');
    const attributes = new Set(readings.flatMap(({ result }) => result.attributes));
    const log = { dialogs: logs.flatMap((l) => l.dialogs), blocked: logs.flatMap((l) => l.blocked) };

    const readable = planted.filter((p) => shownAsText.some((re) => re.test(`${p.file} ${p.pointer}`)) || (teamField.test(`${p.file} ${p.pointer}`) && consented(p)));
    const unnamed = planted.filter((p) => teamField.test(`${p.file} ${p.pointer}`) && !consented(p));
    expect(unnamed.length, 'a team member who did not agree to be named').toBeGreaterThan(0);
    expect(unnamed.filter((p) => seen.includes(p.text)).map((p) => p.pointer), 'named without consent').toEqual([]);
    const described = planted.filter((p) => shownAsAlt.test(p.pointer));
    expect(readable.length, 'fields a learner reads, each with a payload').toBeGreaterThan(planted.length / 3);
    expect(described.length, 'picture descriptions, each with a payload').toBeGreaterThan(50);
    const missing = readable.filter((p) => !seen.includes(p.text));
    expect(missing.map((p) => `${p.file} ${p.pointer}: ${p.text}`), 'words not shown exactly as written').toEqual([]);
    const altMissing = described.filter((p) => !attributes.has(p.text));
    expect(altMissing.map((p) => `${p.file} ${p.pointer}: ${p.text}`), 'picture descriptions not given exactly as written').toEqual([]);
    expect(log.dialogs, 'alert() or other dialogs').toEqual([]);
    expect(log.blocked, 'requests outside the site').toEqual([]);
    expect(describeLog(logs)).toBe('');
  }, 120_000);
});
