/**
 * axe-core on every screen of the sample course's site (WCAG 2.2 AA and the 7:1 contrast rule),
 * and again on the states a learner can reach: quiz feedback, the word dialog, the ticks on the
 * menu, high contrast and bigger text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeLog, gotoScreen, listScreens, openSite, useSiteSuite, visitScreens } from '../../helpers/browser.js';
import { eachScreenInPage, installInPage, usePagePool } from '../../helpers/lanes.js';
import { axeInPage, axeOptions, formatFindings, injectAxe, runAxe, summaryFindings, type AxeFinding, type AxeSummary } from '../../helpers/axe.js';
import { questionsOf, readCourseJson, representativeScreens } from '../../helpers/course-json.js';

const suite = useSiteSuite();
const sample = readCourseJson();

const pool = usePagePool(suite);

/**
 * axe on each screen, shared out among the pool's pages, each walking its share inside the
 * page. `setUp` runs first in each page and returns how to undo itself.
 */
async function axeScreens(screens: readonly string[], label: string, setUp?: (page: Page) => Promise<() => Promise<unknown>>) {
  const lanes = await pool.get();
  const undo = await Promise.all(
    lanes.map(async ({ page }) => {
      await injectAxe(page);
      await installInPage(page, '__copackAxe', axeInPage);
      return setUp?.(page);
    }),
  );
  try {
    const results = await Promise.all(lanes.map(({ page }, lane) => eachScreenInPage<AxeSummary>(page, screens.filter((_, i) => i % lanes.length === lane), '__copackAxe', axeOptions)));
    const findings: AxeFinding[] = [];
    for (const { screen, result } of results.flat()) {
      expect(result.ran, `axe ran the 7:1 contrast rule on ${screen}`).toContain('color-contrast-enhanced');
      findings.push(...summaryFindings(result, `${screen}${label}`));
    }
    return { findings, log: await pool.takeLog() };
  } finally {
    await Promise.all(undo.map((u) => u?.()));
  }
}

const pressSetting = (name: string) => async (page: Page) => {
  await page.click(`button[data-setting="${name}"]`);
  return () => page.click(`button[data-setting="${name}"]`);
};

describe('axe-core', () => {
  it('finds nothing on any screen', async () => {
    const screens = await listScreens((await pool.get())[0]!.page);
    expect(screens.length).toBeGreaterThan(10);
    const { findings, log } = await axeScreens(screens, '');
    expect(formatFindings(findings)).toBe('');
    expect(log).toBe('');
  }, 180_000);

  it('finds nothing on the menu once every lesson is ticked', async () => {
    const { browser, server } = suite.get();
    const { page, log, home, context } = await openSite(browser, { server });
    await gotoScreen(page, home, '#/');
    await visitScreens(page, [...(await listScreens(page)), '#/']);
    expect(await page.locator('[data-lesson-done]:visible').count(), 'ticks on the menu after every screen').toBe(sample.course.lessons.length);
    expect(formatFindings((await runAxe(page, '#/ with every lesson ticked')).findings)).toBe('');
    expect(describeLog(log)).toBe('');
    await context.close();
  }, 60_000);

  it('finds nothing in high contrast, or with bigger text, on one screen of each kind', async () => {
    const contrast = await axeScreens(representativeScreens(sample), ' [high contrast]', pressSetting('contrast'));
    const bigger = await axeScreens(representativeScreens(sample), ' [bigger text]', pressSetting('text-size'));
    expect(formatFindings([...contrast.findings, ...bigger.findings])).toBe('');
    expect(contrast.log + bigger.log).toBe('');
  }, 120_000);

  it('finds nothing with quiz feedback shown or the word dialog open, in both colour schemes', async () => {
    const lesson = sample.lessons.find((l) => questionsOf(l).length > 0)!;
    const { hash, question } = questionsOf(lesson)[0]!;
    const wrong = question.choices.find((c) => !c.correct)!;
    const right = question.choices.find((c) => c.correct)!;
    const termScreen = `#/${lesson.id}/${lesson.pages[0]!.id}`;
    const shown = 'section.screen:not([hidden])';
    // In the pool's pages: one without, one with high contrast (or both in turn in one page).
    const lanes = await pool.get();
    const schemes = ['', ' [high contrast]'];
    const results = await Promise.all(lanes.slice(0, schemes.length).map(async ({ page, home }, lane) => {
      const findings: AxeFinding[] = [];
      for (const scheme of schemes.filter((_, i) => i % Math.min(lanes.length, schemes.length) === lane)) {
        findings.push(...(await feedbackAndDialog(page, home, scheme)));
      }
      return findings;
    }));
    expect(formatFindings(results.flat())).toBe('');
    expect(await pool.takeLog()).toBe('');

    async function feedbackAndDialog(page: Page, home: string, scheme: string): Promise<AxeFinding[]> {
      const findings: AxeFinding[] = [];
      await gotoScreen(page, home, '#/');
      if (scheme) await page.click('button[data-setting="contrast"]');
      await gotoScreen(page, home, hash);
      await page.click(`${shown} button.choice[data-choice="${wrong.id}"]`);
      findings.push(...(await runAxe(page, `${hash} after a wrong answer${scheme}`)).findings);
      await page.click(`${shown} button.choice[data-choice="${right.id}"]`);
      findings.push(...(await runAxe(page, `${hash} after the right answer${scheme}`)).findings);
      await gotoScreen(page, home, termScreen);
      const term = page.locator(`${shown} button.term`).first();
      expect(await term.count(), `a glossary word on ${termScreen}`).toBe(1);
      await term.click();
      await expect.poll(() => page.locator('#glossary-dialog[open]').count()).toBe(1);
      findings.push(...(await runAxe(page, `${termScreen} with the word dialog open${scheme}`)).findings);
      await page.keyboard.press('Escape');
      if (scheme) await page.click('button[data-setting="contrast"]');
      return findings;
    }
  }, 60_000);
});
