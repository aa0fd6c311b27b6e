/**
 * The facilitator pack in real Chromium: every page opened from disk (file://) with no
 * outside request, no broken picture and the shipped font; axe-clean; and printed to PDF,
 * where the PDF itself is read back to prove the sheets are A4, no point row, plan row or
 * question is split between two sheets, and all printed text is at least 16pt.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { check } from '../../../src/index.js';
import { planGuide } from '../../../src/guide/plan-guide.js';
import { loadDefaultTheme } from '../../../src/render/load-theme.js';
import type { Course } from '../../../src/model/course.js';
import { describeLog, launchChromium, openSite } from '../../helpers/browser.js';
import { formatFindings, runAxe } from '../../helpers/axe.js';
import { repoRoot } from '../../helpers/fixtures.js';
import { sampleId } from '../../helpers/sample-copy.js';
import { measurePageRules, pageRuleLimits } from '../../helpers/page-rules.js';
import { makeHostileCourse } from '../../helpers/hostile-course.js';
import { readPdf, type PdfPage } from '../pdf-reader.js';
import { checkRows, normalise, printedRows, type RowCheck } from './print-rows.js';

const course = check({ cwd: repoRoot, paths: [join('courses', sampleId)] }).courses[0] as Course;

/** A4 in points, and the PDF's sizes may differ by rounding to CSS pixels. */
const a4 = { width: 595, height: 842, tolerance: 1 };

let browser: Browser | undefined;
let failure: unknown;
const dirs = { draft: '', agreed: '' };

function writePack(draft: boolean, from = course): string {
  const root = mkdtempSync(join(tmpdir(), 'copack-guide-'));
  for (const file of planGuide(from, loadDefaultTheme(), { draft })) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.bytes);
  }
  return join(root, 'guide');
}

beforeAll(async () => {
  try {
    dirs.draft = writePack(true);
    dirs.agreed = writePack(false);
    browser = await launchChromium();
  } catch (error) {
    failure = error;
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const dir of Object.values(dirs)) if (dir) rmSync(dirname(dir), { recursive: true, force: true });
});

const ready = () => {
  if (browser) return browser;
  throw failure instanceof Error ? failure : new Error(`Chromium did not start: ${String(failure)}`);
};

const handouts = course.lessons.map((lesson) => `handouts/${lesson.id}.html`);
const guidePages = ['index.html', 'easy-read.html', 'staff.html'];

/** Opens one page of the pack from disk, with every request outside its folder blocked and logged. */
async function openPage(dir: string, path: string, options: { width?: number } = {}) {
  const site = await openSite(ready(), { siteDir: dir, width: options.width ?? 1280, height: 900 });
  const url = `${pathToFileURL(dir).href}/${path}`;
  await site.page.goto(url, { waitUntil: 'load' });
  await site.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return site;
}

describe('the facilitator pack in Chromium', () => {
  it('opens every page from file:// with no outside request, no failed file, no broken picture, and the shipped font', async () => {
    for (const path of [...guidePages, ...handouts]) {
      const { page, log, context } = await openPage(dirs.draft, path);
      const broken = await page.evaluate(() =>
        Array.from(document.images)
          .filter((img) => !img.complete || img.naturalWidth === 0)
          .map((img) => img.getAttribute('src')),
      );
      const symbols = await page.evaluate(() =>
        Array.from(document.querySelectorAll('svg.picture use'))
          .map((use) => use.getAttribute('href') ?? '')
          .filter((href) => !document.querySelector(href)),
      );
      const font = await page.evaluate(() => Array.from(document.fonts).some((f) => f.family.replace(/["']/g, '') === 'Atkinson Hyperlegible' && f.status === 'loaded'));
      const banner = await page.locator('.draft-banner').textContent();
      expect(broken, `${path}: pictures that did not load`).toEqual([]);
      expect(symbols, `${path}: symbols missing from the page's sprite`).toEqual([]);
      expect(font, `${path}: the shipped font loads over file://`).toBe(true);
      expect(banner, `${path}: the draft banner`).toMatch(/Draft: not agreed yet/);
      expect(describeLog(log), `${path}: requests and errors`).toBe('');
      await context.close();
    }
  });

  it('is axe-clean (WCAG 2.2 AA and 7:1 contrast) on the front page, both guides and every handout', async () => {
    const findings: string[] = [];
    for (const path of [...guidePages, ...handouts]) {
      const { page, context } = await openPage(dirs.draft, path);
      const result = await runAxe(page, path);
      expect(result.ran).toContain('color-contrast-enhanced');
      if (result.findings.length > 0) findings.push(formatFindings(result.findings));
      await context.close();
    }
    expect(findings.join('\n')).toBe('');
  }, 120_000);

  it('meets the easy-read page rules on screen at 320px and 1280px: text, line height, pictures on the left, targets, no sideways scrolling', async () => {
    const problems: string[] = [];
    for (const path of [...guidePages, ...handouts]) {
      for (const width of [320, 1280]) {
        const { page, context } = await openPage(dirs.draft, path, { width });
        // The rules measure what is inside the site's `section.screen`: a page of the pack is one screen.
        await page.evaluate(() => {
          const screen = document.createElement('section');
          screen.className = 'screen';
          document.querySelector('.draft-banner')!.before(screen);
          screen.append(...document.querySelectorAll('.draft-banner, .guide-header, main'));
        });
        for (const p of await page.evaluate(measurePageRules, { limits: pageRuleLimits, styles: true, layout: true, overflow: true })) {
          problems.push(`${path} at ${width}px: ${p.rule} at ${p.target}: ${p.detail}`);
        }
        // Easy-read pages go further than 16pt on screen: the site's 24px body text.
        if (path !== 'staff.html') {
          const smallest = await page.evaluate(() => {
            const sizes: number[] = [];
            const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.textContent!.trim() && !node.parentElement!.closest('svg')) sizes.push(parseFloat(getComputedStyle(node.parentElement!).fontSize));
            }
            return Math.min(...sizes);
          });
          if (smallest < 24) problems.push(`${path} at ${width}px: text at ${smallest}px, under 24px`);
        }
        await context.close();
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('runs nothing an author wrote: a course with a script in every field opens with no script run and no request', async () => {
    const hostile = makeHostileCourse();
    try {
      const [bad] = check({ cwd: hostile.root, paths: [join('courses', sampleId)] }).courses as [Course];
      const dir = writePack(true, bad);
      try {
        for (const path of ['index.html', 'easy-read.html', 'staff.html', ...bad.lessons.map((l) => `handouts/${l.id}.html`)]) {
          const { page, log, context } = await openPage(dir, path);
          expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), path).toBeUndefined();
          expect(await page.locator('script, img[onerror], svg[onload]').count(), path).toBe(0);
          expect(describeLog(log), path).toBe('');
          await context.close();
        }
      } finally {
        rmSync(dirname(dir), { recursive: true, force: true });
      }
    } finally {
      hostile.cleanup();
    }
  }, 60_000);

  it('sees a row split between two sheets when one is (the measurement below is real)', async () => {
    const { page, context } = await openPage(dirs.agreed, 'staff.html', { width: 680 });
    // Let rows break, and make one row taller than a sheet: it must be seen as split.
    await page.addStyleTag({ content: '* { break-inside: auto !important; } .timeline-row:nth-of-type(2) .part-activity { padding-bottom: 1200px; }' });
    const rows = await printedRows(page);
    const pdf = readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const result = checkRows(rows, pdf);
    expect(result.missing).toEqual([]);
    expect(result.split.some((row) => row.includes('Our ground rules')), result.split.join('\n')).toBe(true);
    await context.close();
  });

  describe('printed to PDF', () => {
    const printed = new Map<string, { pages: PdfPage[]; rows: RowCheck; minCssPx: number; counted: number }>();

    async function print(dir: string, path: string) {
      const key = `${dir === dirs.draft ? 'draft' : 'agreed'}:${path}`;
      const done = printed.get(key);
      if (done) return done;
      const { page, context } = await openPage(dir, path, { width: 680 });
      const rows = await printedRows(page);
      const minCssPx = await smallestPrintedText(page);
      const pages = readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      await context.close();
      const result = { pages, rows: checkRows(rows, pages), minCssPx, counted: rows.length };
      printed.set(key, result);
      return result;
    }

    it.each([...guidePages, ...handouts])('%s: A4 sheets, no row split, text at least 16pt', async (path) => {
      const { pages, rows, minCssPx, counted } = await print(dirs.draft, path);
      expect(pages.length).toBeGreaterThan(0);
      for (const [i, sheet] of pages.entries()) {
        expect(Math.abs(sheet.width - a4.width), `sheet ${i + 1} width ${sheet.width}pt`).toBeLessThanOrEqual(a4.tolerance);
        expect(Math.abs(sheet.height - a4.height), `sheet ${i + 1} height ${sheet.height}pt`).toBeLessThanOrEqual(a4.tolerance);
        // A draft says so at the top of every sheet, not only the first.
        expect(normalise(sheet.text), `sheet ${i + 1} says it is a draft`).toContain(normalise('Draft: not agreed yet'));
        expect(normalise(sheet.text), `sheet ${i + 1} is numbered`).toContain(normalise(`Page ${i + 1} of ${pages.length}`));
      }
      if (path !== 'index.html') expect(counted, 'rows measured').toBeGreaterThan(0);
      expect(rows.missing, 'rows whose text was not found in the PDF').toEqual([]);
      expect(rows.split, 'rows split between two sheets').toEqual([]);
      const smallest = Math.min(...pages.flatMap((sheet) => sheet.runs.filter((run) => normalise(run.text) !== '').map((run) => run.size)));
      expect(smallest, 'smallest text in the PDF, in points').toBeGreaterThanOrEqual(16 - 0.01);
      expect(minCssPx, 'smallest computed text under print media, in px').toBeGreaterThanOrEqual(pageRuleLimits.minFontPx);
      console.info(`${path}: ${pages.length} A4 sheets (${pages[0]!.width.toFixed(2)} × ${pages[0]!.height.toFixed(2)} pt), ${counted} rows, none split, smallest text ${smallest.toFixed(2)}pt (${minCssPx.toFixed(2)}px)`);
    });

    it('the agreed pack prints no draft line', async () => {
      const { pages } = await print(dirs.agreed, 'staff.html');
      expect(pages.some((sheet) => normalise(sheet.text).includes(normalise('Draft: not agreed yet')))).toBe(false);
    });
  });
});

/** The smallest computed font size of any text under print media. */
async function smallestPrintedText(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    let min = Infinity;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent!.trim() || el.closest('svg, script, style') || el.getClientRects().length === 0) continue;
      min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
    }
    return min;
  });
}
