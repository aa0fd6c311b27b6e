/**
 * A learner who uses only a keyboard: Tab, Shift+Tab, Enter, Space and Escape, never the
 * mouse. Through a whole lesson with a quiz (a wrong answer, then the right one), a reflection
 * typed in, a glossary word opened and closed, and back to the menu to see the tick.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeLog, gotoScreen, listScreens, openSite, useSiteSuite, waitForScreen } from '../../helpers/browser.js';
import { questionsOf, readCourseJson } from '../../helpers/course-json.js';
import { focusedHeading, tabTo } from '../../helpers/keyboard.js';
import { pageRuleLimits } from '../../helpers/page-rules.js';

const suite = useSiteSuite();
const sample = readCourseJson();
// The first lesson with a quiz and a reflection: the most for a keyboard to do.
const lesson = sample.lessons.find((l) => questionsOf(l).length > 0 && l.pages.some((p) => p.kind === 'reflection'))!;
const shown = 'section.screen:not([hidden])';

const glossaryEntryFor = (word: string) =>
  (sample.course.glossary ?? []).find((g) => [g.term, ...(g.forms ?? [])].some((w) => w.toLowerCase() === word.trim().toLowerCase()));

/** Enter or Space on a nav link or button, then: the next screen shows, its heading has focus and names the page. */
async function expectArrivedAt(page: Page, hash: string): Promise<void> {
  await waitForScreen(page, hash);
  const focus = await focusedHeading(page);
  expect(focus, `focus after moving to ${hash}`).toMatchObject({ screen: hash, tag: 'h1' });
  const heading = (await page.locator(`${shown} h1`).textContent())!.trim();
  expect(focus.title, `document.title on ${hash}`).toContain(heading);
}

describe('keyboard only', () => {
  it(`works through the lesson "${lesson.id}": every page, its quiz and its reflection`, async () => {
    const { browser, server } = suite.get();
    const { page, log, home, context } = await openSite(browser, { server });
    // Opened as a learner opens it: index.html, no address of a screen.
    await page.goto(home, { waitUntil: 'load' });
    await waitForScreen(page, '#/');
    const screens = (await listScreens(page)).filter((s) => s.startsWith(`#/${lesson.id}/`));
    const after = (await listScreens(page))[(await listScreens(page)).indexOf(screens.at(-1)!) + 1]!;
    const questions = new Map(questionsOf(lesson).map((q) => [q.hash, q.question]));
    const unseen: string[] = [];

    // The first stop is the skip link: it must show itself and be big enough when focused.
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement!;
      const r = el.getBoundingClientRect();
      return { isSkip: el.matches('a[href="#main"], .skip-link'), top: r.top, width: r.width, height: r.height };
    });
    expect(skip.isSkip, 'Tab goes first to a skip link').toBe(true);
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(Math.min(skip.width, skip.height)).toBeGreaterThanOrEqual(pageRuleLimits.minTargetPx);

    await tabTo(page, `${shown} a[href="${screens[0]}"]`, unseen);
    await page.keyboard.press('Enter');
    await expectArrivedAt(page, screens[0]!);

    let glossaryChecked = false;
    let typed = '';
    for (const [i, screen] of screens.entries()) {
      const question = questions.get(screen);
      if (question) {
        const wrong = question.choices.find((c) => !c.correct)!;
        const right = question.choices.find((c) => c.correct)!;
        const feedback = page.locator(`${shown} .feedback`);
        expect(await feedback.evaluate((el) => el.getAttribute('role') === 'status' || el.getAttribute('aria-live') === 'polite')).toBe(true);

        await tabTo(page, `${shown} button.choice[data-choice="${wrong.id}"]`, unseen);
        await page.keyboard.press('Space');
        await expect.poll(() => feedback.textContent(), { timeout: 2_000 }).toBe(wrong.feedback ?? question.feedback.tryAgain);
        expect(await feedback.isVisible()).toBe(true);
        expect(await page.locator(`${shown} button.choice[data-choice="${wrong.id}"]`).getAttribute('aria-pressed')).toBe('true');

        const order = question.choices.map((c) => c.id);
        await tabTo(page, `${shown} button.choice[data-choice="${right.id}"]`, unseen, { back: order.indexOf(right.id) < order.indexOf(wrong.id) });
        await page.keyboard.press('Enter');
        await expect.poll(() => feedback.textContent(), { timeout: 2_000 }).toBe(right.feedback ?? question.feedback.correct);
        expect(await page.locator(`${shown} button.choice[data-choice="${right.id}"]`).getAttribute('aria-pressed')).toBe('true');
        expect(await page.locator(`${shown} button.choice[data-choice="${wrong.id}"]`).getAttribute('aria-pressed')).toBe('false');
      }

      if (!glossaryChecked && (await page.locator(`${shown} button.term`).count()) > 0) {
        glossaryChecked = true;
        const term = await tabTo(page, `${shown} button.term`, unseen);
        await page.evaluate(() => document.activeElement!.setAttribute('data-opened-by-test', ''));
        await page.keyboard.press('Enter');
        const dialog = page.locator('#glossary-dialog');
        await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
        const entry = glossaryEntryFor(term.what.replace(/^[^"]*"|"$/g, ''));
        expect(entry, `a glossary entry for ${term.what}`).toBeDefined();
        const text = (await dialog.innerText()).replace(/\s+/g, ' ');
        expect(text).toContain(entry!.meaning);
        if (entry!.picture) expect(await dialog.locator('img, svg[role="img"]').count(), 'the word has a picture').toBeGreaterThan(0);
        expect(await page.evaluate(() => !!document.activeElement?.closest('#glossary-dialog')), 'focus is in the dialog').toBe(true);
        await page.keyboard.press('Escape');
        await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
        expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-opened-by-test')), 'focus is back on the word').toBe(true);
      }

      if ((await page.locator(`${shown} textarea`).count()) > 0) {
        await tabTo(page, `${shown} textarea`, unseen);
        typed = 'I am good at listening.';
        await page.keyboard.type(typed);
      }

      await tabTo(page, `${shown} [data-nav="next"]`, unseen);
      // Back, Menu and Next are links (styled as buttons): Enter follows a link, Space scrolls.
      await page.keyboard.press('Enter');
      await expectArrivedAt(page, screens[i + 1] ?? after);
    }
    expect(glossaryChecked, 'the lesson has a glossary word to open').toBe(true);
    expect(typed, 'the lesson has a reflection to type in').not.toBe('');

    // Back to the menu from the next lesson: this lesson now has its tick.
    await tabTo(page, `${shown} [data-nav="menu"]`, unseen);
    await page.keyboard.press('Enter');
    await expectArrivedAt(page, '#/');
    expect(await page.locator(`[data-lesson-done="${lesson.id}"]`).isVisible(), 'the lesson is ticked on the menu').toBe(true);

    expect(unseen, 'elements that took focus without showing it').toEqual([]);
    expect(describeLog(log)).toBe('');
    await context.close();
  }, 60_000);

  it('opens each new word of a lesson with Enter, and Escape closes it with focus back on the word', async () => {
    const { browser, server } = suite.get();
    const { page, log, home, context } = await openSite(browser, { server });
    const withPicture = lesson.pages[0]!;
    await gotoScreen(page, home, `#/${lesson.id}/${withPicture.id}`);
    const unseen: string[] = [];
    const terms = await page.locator(`${shown} button.term`).count();
    expect(terms).toBeGreaterThan(0);
    for (let n = 0; n < Math.min(terms, 3); n++) {
      // Each word in turn: Tab on from the last one.
      const term = await tabTo(page, `${shown} button.term:not([data-seen])`, unseen);
      expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-haspopup'))).toBe('dialog');
      await page.evaluate(() => document.activeElement!.setAttribute('data-seen', ''));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#glossary-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      const entry = glossaryEntryFor(term.what.replace(/^[^"]*"|"$/g, ''))!;
      expect((await page.locator('#glossary-dialog').innerText()).replace(/\s+/g, ' ')).toContain(entry.meaning);
      expect(await page.evaluate(() => !!document.activeElement?.closest('#glossary-dialog')), 'focus is in the dialog').toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#glossary-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.matches('button.term[data-seen]:not([data-done])') ?? false), 'focus back on the word').toBe(true);
      await page.evaluate(() => document.activeElement!.setAttribute('data-done', ''));
    }
    expect(unseen).toEqual([]);
    expect(describeLog(log)).toBe('');
    await context.close();
  });
});
