/**
 * A draft in Chromium: "Draft: not agreed yet" is in plain sight on every screen, and the
 * banner itself meets the page rules (axe with 7:1 contrast, design §4), in both looks.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, describeLog, gotoScreen, listScreens, openSite, useSiteSuite } from '../helpers/browser.js';
import { formatFindings, runAxe } from '../helpers/axe.js';
import { pageRuleProblems } from '../helpers/page-rules.js';
import { copySample, sampleId } from '../helpers/sample-copy.js';

/** The sample with its agreements taken away: what a trainer sees before the group agrees it. */
async function draftSite() {
  const sample = copySample();
  rmSync(join(sample.courseDir, 'approvals.json'));
  const site = await buildSite({ cwd: sample.root, courseId: sampleId });
  return { siteDir: site.siteDir, cleanup: () => (site.cleanup(), sample.cleanup()) };
}

const suite = useSiteSuite(draftSite);

describe('a draft site', () => {
  it('shows the draft banner, visible and first, on every screen', async () => {
    const { browser, server } = suite.get();
    const { page, log, home, context } = await openSite(browser, { server });
    try {
      await gotoScreen(page, home);
      const screens = await listScreens(page);
      expect(screens.length).toBeGreaterThan(10);
      for (const screen of screens) {
        await gotoScreen(page, home, screen);
        const banner = await page.evaluate(() => {
          const element = document.querySelector('.draft-banner');
          if (!(element instanceof HTMLElement)) return undefined;
          const box = element.getBoundingClientRect();
          return { text: element.textContent ?? '', shown: box.height > 0 && box.width > 0 && getComputedStyle(element).visibility === 'visible', top: box.top + window.scrollY };
        });
        expect(banner?.shown, screen).toBe(true);
        expect(banner?.text).toMatch(/Draft: not agreed yet/);
        expect(banner!.top, `${screen}: the banner is near the top of the page`).toBeLessThan(200);
      }
      expect(describeLog(log)).toBe('');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('says on the "Made together by" screen that the lessons are not agreed yet', async () => {
    const { browser, server } = suite.get();
    const { page, home, context } = await openSite(browser, { server });
    try {
      await gotoScreen(page, home, '#/made-together');
      const lines = await page.locator('#\\/made-together .agreement').allTextContents();
      expect(lines).toHaveLength(7);
      for (const line of lines) expect(line).toMatch(/Not agreed yet/);
    } finally {
      await context.close();
    }
  });

  it('passes axe and the page rules with the banner, in the plain and high-contrast looks, at 1280px and 320px', async () => {
    const { browser, server } = suite.get();
    for (const width of [1280, 320]) {
      const { page, home, context } = await openSite(browser, { server, width });
      try {
        for (const contrast of [false, true]) {
          await gotoScreen(page, home, '#/made-together');
          if (contrast) await page.click('button[data-setting="contrast"]');
          const axe = await runAxe(page, `made-together ${width}px${contrast ? ' high contrast' : ''}`);
          expect(axe.ran).toContain('color-contrast-enhanced');
          expect(formatFindings(axe.findings)).toBe('');
          expect(await pageRuleProblems(page)).toEqual([]);
          if (contrast) await page.click('button[data-setting="contrast"]');
        }
      } finally {
        await context.close();
      }
    }
  }, 120_000);
});
