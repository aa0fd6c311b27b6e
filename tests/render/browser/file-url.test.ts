/**
 * The site opened from disk, as on a ward PC with no LMS and no network: `site/index.html`
 * over file://, worked through with the mouse, with no errors and no failed requests.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeLog, listScreens, openSite, useSiteSuite, visibleScreen, waitForScreen } from '../../helpers/browser.js';
import { questionsOf, readCourseJson } from '../../helpers/course-json.js';
import { pageRuleLimits } from '../../helpers/page-rules.js';

const suite = useSiteSuite();
const sample = readCourseJson();
const shown = 'section.screen:not([hidden])';

/** Every picture on the shown screen has loaded: none is broken. */
async function brokenPictures(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLImageElement>('section.screen:not([hidden]) img'))
      .filter((img) => !img.complete || img.naturalWidth === 0)
      .map((img) => img.getAttribute('src') ?? ''),
  );
}

describe('the site over file://', () => {
  it('opens from disk and works with Next, answers, the word list and progress, with no errors and no failed requests', async () => {
    const { browser, site } = suite.get();
    const { page, log, home, context } = await openSite(browser, { siteDir: site.siteDir });
    expect(home).toMatch(/^file:\/\//);
    await page.goto(home, { waitUntil: 'load' });
    await waitForScreen(page, '#/');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(
      await page.evaluate((family) => Array.from(document.fonts).some((f) => f.family.replace(/^["']|["']$/g, '') === family && f.status === 'loaded'), pageRuleLimits.fontFamily),
      'the shipped font loads over file://',
    ).toBe(true);

    // The first lesson, start to end, with the mouse.
    const lesson = sample.lessons[0]!;
    const screens = await listScreens(page);
    const lessonScreens = screens.filter((s) => s.startsWith(`#/${lesson.id}/`));
    const questions = new Map(questionsOf(lesson).map((q) => [q.hash, q.question]));
    const broken: string[] = [];
    let glossaryOpened = false;
    await page.click(`${shown} [data-nav="next"]`);
    for (const [i, screen] of lessonScreens.entries()) {
      await waitForScreen(page, screen);
      expect(page.url()).toBe(`${home}${screen}`);
      broken.push(...(await brokenPictures(page)));
      const question = questions.get(screen);
      if (question) {
        const wrong = question.choices.find((c) => !c.correct)!;
        const right = question.choices.find((c) => c.correct)!;
        await page.click(`${shown} button.choice[data-choice="${wrong.id}"]`);
        expect(await page.locator(`${shown} .feedback`).textContent()).toBe(wrong.feedback ?? question.feedback.tryAgain);
        await page.click(`${shown} button.choice[data-choice="${right.id}"]`);
        expect(await page.locator(`${shown} .feedback`).textContent()).toBe(right.feedback ?? question.feedback.correct);
      }
      if (!glossaryOpened && (await page.locator(`${shown} button.term`).count()) > 0) {
        glossaryOpened = true;
        await page.locator(`${shown} button.term`).first().click();
        await expect.poll(() => page.locator('#glossary-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
        broken.push(...(await page.evaluate(() => Array.from(document.querySelectorAll<HTMLImageElement>('#glossary-dialog img')).filter((i) => i.naturalWidth === 0).map((i) => i.src))));
        await page.click('#glossary-dialog [data-close]');
        await expect.poll(() => page.locator('#glossary-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      }
      await page.click(`${shown} [data-nav="next"]`);
      if (i === lessonScreens.length - 1) await waitForScreen(page, screens[screens.indexOf(screen) + 1]!);
    }
    expect(glossaryOpened, 'the first lesson has a glossary word').toBe(true);

    // The word list (it has the picture files) and the end of the course.
    await page.goto(`${home}#/glossary`);
    await waitForScreen(page, '#/glossary');
    await page.waitForLoadState('load');
    await expect.poll(() => brokenPictures(page)).toEqual([]);
    const last = sample.lessons.at(-1)!;
    await page.goto(`${home}#/${last.id}/${last.pages.at(-1)!.id}`);
    await waitForScreen(page, `#/${last.id}/${last.pages.at(-1)!.id}`);
    await page.click(`${shown} [data-nav="next"]`);
    await waitForScreen(page, '#/finish');

    // Progress is kept on disk too: the first lesson is ticked after a reload.
    await page.click(`${shown} [data-nav="menu"]`);
    await waitForScreen(page, '#/');
    await page.reload({ waitUntil: 'load' });
    expect(await visibleScreen(page)).toBe('#/');
    expect(await page.locator(`[data-lesson-done="${lesson.id}"]`).isVisible(), 'the finished lesson is ticked after a reload').toBe(true);

    expect(broken, 'pictures that did not load').toEqual([]);
    expect(log.blocked, 'requests to anywhere but the site folder').toEqual([]);
    expect(describeLog(log)).toBe('');
    await context.close();
  }, 60_000);
});
