/**
 * Design §4's page rules, measured on the rendered DOM of every screen: text size, line
 * height, alignment, hyphens, italics, underlines, pictures beside their words, characters
 * per line, targets, no sideways scrolling at 320px, nothing clipped with WCAG text spacing,
 * `lang`, the shipped font, and the two settings.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeLog, gotoScreen, listScreens, openSite, useSiteSuite, visitScreens } from '../../helpers/browser.js';
import { eachScreenInPage, installInPage, usePagePool } from '../../helpers/lanes.js';
import { readCourseJson, representativeScreens } from '../../helpers/course-json.js';
import { formatProblems, measurePageRules, pageRuleLimits, pageRuleProblems, textSpacingCss, type MeasureOptions, type RuleProblem, type ScreenProblem } from '../../helpers/page-rules.js';

const suite = useSiteSuite();
const sample = readCourseJson();
const all: Omit<MeasureOptions, 'limits'> = { styles: true, layout: true, overflow: true };

/** What a walk does before measuring in each page; it returns how to put things back. */
type SetUp = (page: Page) => Promise<(() => Promise<unknown>) | void>;

interface Walk {
  width: number;
  screens?: readonly string[];
  checks?: Omit<MeasureOptions, 'limits'>;
  setUp?: SetUp;
  mode: string;
}

const pool = usePagePool(suite);

/**
 * Measures each screen at `width`, shared out among the pool's pages, each walking its share
 * inside the page; then puts the pages back as they were (1280px wide, no setting, no CSS).
 */
async function walk({ width, screens, checks = all, setUp, mode }: Walk): Promise<{ problems: ScreenProblem[]; log: string }> {
  const lanes = await pool.get();
  const list = screens ?? (await listScreens(lanes[0]!.page));
  const undo = await Promise.all(
    lanes.map(async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await installInPage(page, '__copackMeasure', measurePageRules);
      return setUp?.(page);
    }),
  );
  try {
    const results = await Promise.all(
      lanes.map(({ page }, lane) =>
        eachScreenInPage<RuleProblem[]>(page, list.filter((_, i) => i % lanes.length === lane), '__copackMeasure', { limits: pageRuleLimits, ...checks }),
      ),
    );
    const problems = results.flat().flatMap(({ screen, result }) => result.map((p) => ({ ...p, screen, mode })));
    return { problems, log: await pool.takeLog() };
  } finally {
    await Promise.all(
      lanes.map(async ({ page }, i) => {
        await undo[i]?.();
        await page.setViewportSize({ width: 1280, height: 800 });
      }),
    );
  }
}

const pressSetting = (name: string): SetUp => async (page) => {
  await page.click(`button[data-setting="${name}"]`);
  return () => page.click(`button[data-setting="${name}"]`);
};
const textSpacing: SetUp = async (page) => {
  const style = await page.addStyleTag({ content: textSpacingCss });
  return () => style.evaluate((el) => (el as Element).remove());
};

/** The plain look's problems per width, kept from the every-screen walks for the settings test. */
const plainProblems = new Map<number, ScreenProblem[]>();

async function allScreens(): Promise<string[]> {
  return listScreens((await pool.get())[0]!.page);
}

describe('easy-read page rules (design §4)', () => {
  it('hold on every screen in a 1280px window', async () => {
    const { problems, log } = await walk({ width: 1280, mode: '1280px' });
    plainProblems.set(1280, problems);
    expect(formatProblems(problems)).toBe('');
    expect(log).toBe('');
  }, 90_000);

  it('hold on every screen at 320px, with no sideways scrolling', async () => {
    const { problems, log } = await walk({ width: 320, mode: '320px' });
    plainProblems.set(320, problems);
    expect(formatProblems(problems)).toBe('');
    expect(log).toBe('');
  }, 90_000);

  it('clip nothing with WCAG 1.4.12 text spacing, at 1280px and 320px', async () => {
    const problems: ScreenProblem[] = [];
    for (const width of [1280, 320]) {
      const result = await walk({ width, checks: { styles: false, layout: false, overflow: true }, setUp: textSpacing, mode: `${width}px, text spacing` });
      problems.push(...result.problems);
      expect(result.log).toBe('');
    }
    expect(formatProblems(problems)).toBe('');
  }, 90_000);

  it('break no more rules with high contrast or bigger text than without, at 1280px and 320px', async () => {
    // The plain look is checked on every screen above; here, only what a setting adds.
    const screens = representativeScreens(sample);
    const key = (p: ScreenProblem) => `${p.screen} ${p.rule} ${p.target.replace(/ ".*$/s, '')}`;
    const added: ScreenProblem[] = [];
    for (const width of [1280, 320]) {
      const plain = plainProblems.get(width) ?? (await walk({ width, screens, mode: `${width}px` })).problems;
      const before = new Set(plain.map(key));
      for (const setting of ['contrast', 'text-size']) {
        const result = await walk({ width, screens, setUp: pressSetting(setting), mode: `${width}px, ${setting}` });
        added.push(...result.problems.filter((p) => !before.has(key(p))));
        expect(result.log).toBe('');
      }
    }
    expect(formatProblems(added)).toBe('');
  }, 90_000);

  it('hold in the word dialog, with its picture beside the meaning, at 1280px and 320px', async () => {
    const { browser, server } = suite.get();
    // A word with a picture, on the first screen that has one.
    const withPicture = (sample.course.glossary ?? []).filter((g) => g.picture).map((g) => g.term.toLowerCase());
    const problems: ScreenProblem[] = [];
    for (const width of [1280, 320]) {
      const { page, log, home, context } = await openSite(browser, { server, width });
      await gotoScreen(page, home, '#/');
      let opened = '';
      for (const screen of (await allScreens()).filter((s) => s.split('/').length > 3)) {
        await gotoScreen(page, home, screen);
        const terms = page.locator('section.screen:not([hidden]) button.term');
        for (let i = 0; i < (await terms.count()) && !opened; i++) {
          if (!withPicture.includes(((await terms.nth(i).textContent()) ?? '').trim().toLowerCase())) continue;
          await terms.nth(i).click();
          await expect.poll(() => page.locator('#glossary-dialog[open]').count()).toBe(1);
          opened = screen;
        }
        if (opened) break;
      }
      expect(opened, 'a screen with a glossary word that has a picture').not.toBe('');
      const graphic = await page.locator('#glossary-dialog').evaluate((d) => {
        const g = d.querySelector('img, svg[role="img"]');
        const meaning = d.querySelector('.dialog-meaning, p');
        if (!g || !meaning) return null;
        const a = g.getBoundingClientRect();
        const gs = getComputedStyle(g);
        const drawn = a.width - parseFloat(gs.paddingLeft) - parseFloat(gs.paddingRight) - parseFloat(gs.borderLeftWidth) - parseFloat(gs.borderRightWidth);
        const b = meaning.getBoundingClientRect();
        return { width: drawn, leftOfWords: a.right <= b.left + 0.5, beside: a.top < b.bottom && b.top < a.bottom };
      });
      if (!graphic) problems.push({ rule: 'picture', target: '#glossary-dialog', detail: 'no picture or no meaning in the dialog', screen: opened, mode: `${width}px, dialog` });
      else {
        const where = { screen: opened, mode: `${width}px, dialog`, target: '#glossary-dialog' };
        if (!graphic.leftOfWords || !graphic.beside) problems.push({ ...where, rule: 'picture-left', detail: `the picture is not beside the meaning, on its left: ${JSON.stringify(graphic)}` });
        if (graphic.width < pageRuleLimits.minPicturePx) problems.push({ ...where, rule: 'picture-size', detail: `the picture is ${graphic.width}px wide` });
      }
      for (const p of await pageRuleProblems(page, { dialogOnly: true })) problems.push({ ...p, screen: opened, mode: `${width}px, dialog` });
      expect(describeLog(log)).toBe('');
      await context.close();
    }
    expect(formatProblems(problems)).toBe('');
  });

  it('sets the page language to the course language', async () => {
    const { browser, server } = suite.get();
    const { page, home, context } = await openSite(browser, { server });
    await gotoScreen(page, home, '#/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(sample.course.language ?? 'en-GB');
    await context.close();
  });

  it('draws every letter with the shipped Atkinson Hyperlegible, loaded from the site', async () => {
    const { browser, server } = suite.get();
    const { page, log, home, context } = await openSite(browser, { server });
    const fontRequests: string[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'font') fontRequests.push(new URL(request.url()).pathname);
    });
    // Finish the first lesson, so the menu shows its tick too.
    const firstLesson = sample.lessons[0]!;
    await gotoScreen(page, home, '#/');
    await visitScreens(page, [...(await listScreens(page)).filter((s) => s.startsWith(`#/${firstLesson.id}/`)), '#/']);

    const faces = await page.evaluate(() =>
      Array.from(document.fonts, (f) => ({ family: f.family.replace(/^["']|["']$/g, ''), weight: f.weight, status: f.status })).filter((f) => f.status === 'loaded'),
    );
    expect(faces.map((f) => f.family)).toContain(pageRuleLimits.fontFamily);
    expect(new Set(faces.filter((f) => f.family === pageRuleLimits.fontFamily).map((f) => f.weight))).toEqual(new Set(['400', '700']));
    expect(fontRequests.length).toBeGreaterThan(0);
    for (const path of fontRequests) expect(path).toMatch(/^\/fonts\/[a-z0-9-]+\.woff2$/);

    // What Chromium actually drew each element's own text with, not what the CSS asked for.
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const otherFonts = new Map<string, Set<string>>();
    for (const screen of representativeScreens(sample)) {
      await gotoScreen(page, home, screen);
      // Mark the elements that hold text a learner can see now; CDP finds them by the mark.
      const count = await page.evaluate(() => {
        const roots = [document.querySelector('.site-header'), document.querySelector('section.screen:not([hidden])')];
        let n = 0;
        for (const root of roots) {
          for (const el of [root!, ...Array.from(root!.querySelectorAll('*'))]) {
            const own = Array.from(el.childNodes).some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim());
            if (own && el.getClientRects().length > 0 && !el.closest('svg')) el.setAttribute('data-font-check', String(n++));
          }
        }
        return n;
      });
      expect(count).toBeGreaterThan(0);
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-font-check]' });
      const found: Array<{ html: string; fonts: string }> = [];
      for (const nodeId of nodeIds) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        const others = fonts.filter((f) => f.glyphCount > 0 && (f.familyName !== pageRuleLimits.fontFamily || !f.isCustomFont));
        if (others.length === 0) continue;
        const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
        found.push({ html: outerHTML.replace(/ data-font-check="\d+"/g, ''), fonts: others.map((f) => f.familyName).join(', ') });
      }
      // Chromium counts a child's glyphs in its parent too: name only the innermost element.
      for (const f of found.filter((f) => !found.some((g) => g !== f && f.html.includes(g.html)))) {
        const what = `${f.html.slice(0, 120)} is drawn with ${f.fonts}`;
        otherFonts.set(what, (otherFonts.get(what) ?? new Set()).add(screen));
      }
      await page.evaluate(() => document.querySelectorAll('[data-font-check]').forEach((el) => el.removeAttribute('data-font-check')));
    }
    expect([...otherFonts].map(([what, screens]) => `${what} on ${[...screens].join(', ')}`).join('\n'), 'text drawn with a font the site does not ship').toBe('');
    expect(describeLog(log)).toBe('');
    await context.close();
  });

  it('turns high contrast and bigger text on and off, and remembers them after a reload', async () => {
    const { browser, server } = suite.get();
    const { page, log, home, context } = await openSite(browser, { server });
    const firstLesson = sample.lessons[0]!;
    await gotoScreen(page, home, `#/${firstLesson.id}/${firstLesson.pages[0]!.id}`);
    const look = () =>
      page.evaluate(() => {
        const text = document.querySelector('section.screen:not([hidden]) .point-text')!;
        const pressed = (name: string) => document.querySelector(`button[data-setting="${name}"]`)!.getAttribute('aria-pressed');
        return {
          contrast: pressed('contrast'),
          textSize: pressed('text-size'),
          background: getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : getComputedStyle(document.body).backgroundColor,
          color: getComputedStyle(text).color,
          fontSize: parseFloat(getComputedStyle(text).fontSize),
        };
      });
    const plain = await look();
    expect(plain).toMatchObject({ contrast: 'false', textSize: 'false' });

    await page.click('button[data-setting="contrast"]');
    await page.click('button[data-setting="text-size"]');
    const both = await look();
    expect(both).toMatchObject({ contrast: 'true', textSize: 'true' });
    expect(both.background).not.toBe(plain.background);
    expect(both.color).not.toBe(plain.color);
    expect(both.fontSize).toBeGreaterThanOrEqual(plain.fontSize * 1.2);

    await page.reload({ waitUntil: 'load' });
    expect(await look(), 'after a reload').toEqual(both);

    await page.click('button[data-setting="contrast"]');
    await page.click('button[data-setting="text-size"]');
    expect(await look()).toEqual(plain);
    await page.reload({ waitUntil: 'load' });
    expect(await look(), 'after turning both off and reloading').toEqual(plain);
    expect(describeLog(log)).toBe('');
    await context.close();
  });
});
