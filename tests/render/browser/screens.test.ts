/**
 * The site's contract with learners, in Chromium: one screen per address, focus and title on
 * each change, Next and Back in course order, read-aloud only where the browser can speak,
 * reflections kept, and no request that leaves the site.
 */
import { describe, expect, it } from 'vitest';
import { describeLog, gotoScreen, listScreens, openSite, useSiteSuite, visibleScreen, waitForScreen } from '../../helpers/browser.js';
import { eachScreenInPage, installInPage } from '../../helpers/lanes.js';
import { readCourseJson } from '../../helpers/course-json.js';

const suite = useSiteSuite();
const sample = readCourseJson();
const shown = 'section.screen:not([hidden])';
const courseScreens = ['#/', '#/glossary', '#/made-together', '#/finish'];

interface ScreenState {
  visible: number;
  focusOnHeading: boolean;
  h1s: number;
  heading: string;
  title: string;
  count: string | null;
  next: string | null;
  back: string | null;
  menu: string | null;
}

/** Runs in the page: what the shown screen offers, and where focus and the title are. */
function screenStateInPage(): ScreenState {
  const visible = Array.from(document.querySelectorAll<HTMLElement>('section.screen')).filter((s) => !s.hidden);
  const screen = visible[0]!;
  const nav = (name: string) => {
    const el = screen.querySelector<HTMLElement>(`[data-nav="${name}"]`);
    return el && el.getClientRects().length > 0 ? (el.getAttribute('href') ?? 'button') : null;
  };
  return {
    visible: visible.length,
    focusOnHeading: document.activeElement === screen.querySelector('h1'),
    h1s: screen.querySelectorAll('h1').length,
    heading: screen.querySelector('h1')?.textContent?.trim() ?? '',
    title: document.title,
    count: screen.querySelector('.screen-count')?.textContent?.trim() ?? null,
    next: nav('next'),
    back: nav('back'),
    menu: nav('menu'),
  };
}

describe('screens', () => {
  it('shows exactly one screen for each address, with focus on its heading, its own title and its nav', async () => {
    const { browser, server } = suite.get();
    const { page, log, home, context } = await openSite(browser, { server });
    await gotoScreen(page, home, '#/');
    const screens = await listScreens(page);
    const lessonPages = sample.lessons.flatMap((l) => l.pages.flatMap((p) => (p.kind === 'quiz' ? p.questions.map((q) => `#/${l.id}/${p.id}/${q.id}`) : [`#/${l.id}/${p.id}`])));
    expect([...screens].sort()).toEqual([...courseScreens, ...lessonPages].sort());
    expect(new Set(screens).size).toBe(screens.length);

    const problems: string[] = [];
    const titles = new Set<string>();
    // From the last screen backwards, so that every change of address is a real change.
    await installInPage(page, '__screenState', screenStateInPage);
    for (const { screen, result: state } of await eachScreenInPage<ScreenState>(page, [...screens].reverse(), '__screenState', null)) {
      const isLesson = !courseScreens.includes(screen);
      const expect1 = (ok: boolean, what: string) => ok || problems.push(`${screen}: ${what} (${JSON.stringify(state)})`);
      expect1(state.visible === 1, 'exactly one screen shown');
      expect1(state.h1s === 1, 'one h1');
      expect1(state.focusOnHeading, 'focus on the h1');
      expect1(state.heading !== '' && state.title.includes(state.heading), 'document.title names the screen');
      expect1(screen !== '#/' ? state.menu !== null : true, 'a Menu link');
      expect1(screen !== '#/' ? state.back !== null : state.back === null, 'a Back link (none on the menu)');
      // The word list and the credits are beside the course, not on its path: Next is optional there.
      if (screen === '#/finish') expect1(state.next === null, 'no Next link on the finish screen');
      else if (screen !== '#/glossary' && screen !== '#/made-together') expect1(state.next !== null, 'a Next link');
      expect1(isLesson ? /^Page \d+ of \d+$/.test(state.count ?? '') : true, '"Page N of M" in .screen-count');
      titles.add(state.title);
    }
    expect(problems).toEqual([]);
    expect(titles.size, 'each screen has its own title').toBeGreaterThan(screens.length * 0.5);
    expect(describeLog(log)).toBe('');
    await context.close();
  }, 60_000);

  it('opens at the exact screen a bookmark names', async () => {
    const { browser, server } = suite.get();
    const { page, log, home, context } = await openSite(browser, { server });
    await gotoScreen(page, home, '#/');
    const screens = await listScreens(page);
    for (const screen of [screens[Math.floor(screens.length / 2)]!, '#/glossary']) {
      await page.goto(`${home}${screen}`, { waitUntil: 'load' });
      await waitForScreen(page, screen);
      await page.reload({ waitUntil: 'load' });
      expect(await visibleScreen(page), `${screen} after a reload`).toBe(screen);
    }
    await page.goto(`${home}#/no/such/page`, { waitUntil: 'load' });
    expect(await visibleScreen(page), 'an unknown address shows the menu').toBe('#/');
    expect(describeLog(log)).toBe('');
    await context.close();
  });

  it('goes through the whole course with Next, in order, and back again with Back', async () => {
    const { browser, server } = suite.get();
    const { page, log, home, context } = await openSite(browser, { server });
    await gotoScreen(page, home, '#/');
    const path = (await listScreens(page)).filter((s) => s !== '#/glossary' && s !== '#/made-together');
    // Follows the shown screen's Next (or Back) link until there is none, inside the page:
    // 160 round trips from the test would be slow. The mouse clicks links in file-url.test.ts.
    const follow = (nav: 'next' | 'back') =>
      page.evaluate(async (which) => {
        const shownNow = () => document.querySelector('section.screen:not([hidden])')?.getAttribute('data-screen') ?? '';
        const seen = [shownNow()];
        for (let i = 0; i < 500; i++) {
          const link = document.querySelector<HTMLElement>(`section.screen:not([hidden]) [data-nav="${which}"]`);
          if (!link || link.getClientRects().length === 0) break;
          const before = shownNow();
          link.click();
          const start = performance.now();
          while (shownNow() === before && performance.now() - start < 2_000) await new Promise((r) => setTimeout(r, 5));
          if (shownNow() === before) throw new Error(`${which} on ${before} changed nothing`);
          seen.push(shownNow());
        }
        return seen;
      }, nav);
    const forward = await follow('next');
    expect(forward).toEqual(path);
    expect(await follow('back')).toEqual([...path].reverse());
    expect(describeLog(log)).toBe('');
    await context.close();
  }, 60_000);

  it('shows a Listen button for each point and each page, reads the words, and hides them all without speech', async () => {
    const { browser, server } = suite.get();
    const lesson = sample.lessons[0]!;
    const page1 = lesson.pages.find((p) => p.kind === 'points')!;
    const hash = `#/${lesson.id}/${page1.id}`;

    const speaking = await openSite(browser, { server });
    await speaking.context.addInitScript(() => {
      const w = window as unknown as { __spoken: string[] };
      w.__spoken = [];
      window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => void w.__spoken.push(utterance.text);
    });
    await gotoScreen(speaking.page, speaking.home, hash);
    const points = speaking.page.locator(`${shown} .point`);
    expect(await points.count()).toBe(page1.kind === 'points' ? page1.points.length : 0);
    for (let i = 0; i < (await points.count()); i++) {
      expect(await points.nth(i).locator('button.read-aloud').isVisible(), `Listen on point ${i + 1}`).toBe(true);
    }
    const pageButton = speaking.page.locator(`${shown} button.read-aloud:not(.point button)`);
    expect(await pageButton.count(), 'one Listen button for the whole page').toBe(1);
    expect(await pageButton.isVisible()).toBe(true);
    await points.first().locator('button.read-aloud').click();
    const spoken = await speaking.page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toBe(page1.kind === 'points' ? page1.points[0]!.text.replace(/\*\*/g, '') : '');
    expect(describeLog(speaking.log)).toBe('');
    await speaking.context.close();

    const silent = await openSite(browser, { server });
    await silent.context.addInitScript(() => {
      for (const name of ['speechSynthesis', 'SpeechSynthesisUtterance']) {
        delete (window as unknown as Record<string, unknown>)[name];
        delete (Window.prototype as unknown as Record<string, unknown>)[name];
      }
    });
    await gotoScreen(silent.page, silent.home, hash);
    expect(await silent.page.evaluate(() => 'speechSynthesis' in window), 'the stub took speech away').toBe(false);
    expect(await silent.page.locator('button.read-aloud:visible').count(), 'Listen buttons without speech').toBe(0);
    expect(describeLog(silent.log)).toBe('');
    await silent.context.close();
  });

  it("keeps a reflection's words on the device across a reload", async () => {
    const { browser, server } = suite.get();
    const { page, log, home, context } = await openSite(browser, { server });
    const lesson = sample.lessons.find((l) => l.pages.some((p) => p.kind === 'reflection'))!;
    const reflection = lesson.pages.find((p) => p.kind === 'reflection')!;
    const hash = `#/${lesson.id}/${reflection.id}`;
    await gotoScreen(page, home, hash);
    const box = page.locator(`${shown} textarea`);
    expect(await box.count()).toBe(1);
    expect(await box.inputValue()).toBe('');
    const words = 'I want to help people feel welcome.\nI am a good listener.';
    await box.fill(words);
    await box.blur();
    await page.reload({ waitUntil: 'load' });
    await waitForScreen(page, hash);
    expect(await page.locator(`${shown} textarea`).inputValue()).toBe(words);
    // A fresh visit on another device (a new context) starts empty.
    const other = await openSite(browser, { server });
    await gotoScreen(other.page, other.home, hash);
    expect(await other.page.locator(`${shown} textarea`).inputValue()).toBe('');
    await other.context.close();
    expect(describeLog(log)).toBe('');
    await context.close();
  });

  it('blocks and counts any request that leaves the site (the harness itself)', async () => {
    const { browser, server } = suite.get();
    const { page, log, home, context } = await openSite(browser, { server });
    await gotoScreen(page, home, '#/');
    await page.evaluate(() => Promise.allSettled([fetch('https://example.com/tracker.js'), fetch('http://127.0.0.2:9/x')]));
    expect(log.blocked).toEqual(['https://example.com/tracker.js', 'http://127.0.0.2:9/x']);
    await context.close();
  });
});
