/**
 * Drives Debian's Chromium with playwright-core for the browser tests: one browser per test
 * file, a fresh context per test, the built site served from 127.0.0.1, and every request
 * that is not to that server (or to the site's own folder over file://) blocked and counted.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { build } from '../../src/index.js';
import { repoRoot } from './fixtures.js';
import { sampleId } from './sample-copy.js';
import { serveDir, type StaticServer } from './static-server.js';

export { serveDir, type StaticServer } from './static-server.js';

export const chromiumPath = process.env['COPACK_CHROMIUM'] ?? '/usr/bin/chromium';

/** The flags in design §8, plus no QUIC: nothing but the page should talk to a network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const missingChromiumMessage = (path: string) =>
  `Chromium is not installed at ${path}, and the browser tests need it. ` +
  'On Debian or Ubuntu: `sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium` ' +
  '(`.ci/run` does this in CI). Set COPACK_CHROMIUM to use a Chromium somewhere else.';

/** Starts Chromium, or throws saying how to install it: the browser tests never skip. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(missingChromiumMessage(chromiumPath));
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, timeout: 60_000 });
}

// ---- The built site ------------------------------------------------------------------

export interface BuiltSite {
  /** `…/<course-id>/site`: the folder the static server and file:// tests use. */
  siteDir: string;
  cleanup: () => void;
}

/**
 * Builds a course with copack's library API into a fresh temporary `out/`. `cwd` is a project
 * folder laid out like the repository (default: the repository, which builds the sample).
 */
export async function buildSite(options: { cwd?: string; courseId?: string } = {}): Promise<BuiltSite> {
  const outDir = mkdtempSync(join(tmpdir(), 'copack-site-'));
  const cwd = options.cwd ?? repoRoot;
  const courseId = options.courseId ?? sampleId;
  // Only the site: the SCORM zips have their own tests.
  const result = await build({ cwd, outDir, paths: [join('courses', courseId)], targets: ['site'] });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.outputs.has(courseId)) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`${courseId} did not build:\n${errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`).join('\n')}`);
  }
  return { siteDir: join(outDir, courseId, 'site'), cleanup: () => rmSync(outDir, { recursive: true, force: true }) };
}

// ---- Pages that record what they do -----------------------------------------------------

export interface PageLog {
  /** Requests to anywhere but the site: aborted, and each one a failure. */
  blocked: string[];
  /** Requests that failed for any other reason: a missing file (404, or over file://), say. */
  failed: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** `alert`, `confirm`, `prompt` or `beforeunload` dialogs: a script ran that should not have. */
  dialogs: string[];
}

export interface SitePage {
  context: BrowserContext;
  page: Page;
  log: PageLog;
  /** The address of `index.html`. */
  home: string;
}

export interface OpenOptions {
  /** Serve from this server (http), or open `index.html` from `siteDir` over file://. */
  server?: StaticServer;
  siteDir?: string;
  width?: number;
  height?: number;
}

/**
 * A fresh context and page for the site. Every request is routed: the site's own files go
 * through, anything else is aborted and recorded in `log.blocked`.
 */
export async function openSite(browser: Browser, options: OpenOptions): Promise<SitePage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    serviceWorkers: 'block',
  });
  const log: PageLog = { blocked: [], failed: [], consoleErrors: [], pageErrors: [], dialogs: [] };
  let home: string;
  let allowed: (url: string) => boolean;
  if (options.server) {
    const origin = options.server.origin;
    home = `${origin}/index.html`;
    allowed = (url) => url === origin || url.startsWith(`${origin}/`);
  } else if (options.siteDir) {
    const dirUrl = pathToFileURL(options.siteDir).href;
    home = `${dirUrl}/index.html`;
    allowed = (url) => url.startsWith(`${dirUrl}/`);
  } else {
    throw new Error('openSite needs a server or a siteDir');
  }
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (allowed(url)) await route.continue();
    else {
      log.blocked.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(`${message.text()} (${message.location().url}:${message.location().lineNumber})`);
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error.stack ?? error)));
  page.on('response', (response) => {
    if (response.status() >= 400) log.failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  page.on('requestfailed', (request) => {
    if (!log.blocked.includes(request.url())) log.failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('dialog', (dialog) => {
    log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return { context, page, log, home };
}

/** Opens `index.html` at `hash` and waits for the script to show the screen and the fonts to load. */
export async function gotoScreen(page: Page, home: string, hash = '#/'): Promise<void> {
  if (page.url().split('#')[0] !== home) {
    await page.goto(`${home}${hash}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  } else {
    await page.evaluate((target) => {
      if (location.hash !== target) location.hash = target;
    }, hash);
  }
  await waitForScreen(page, hash);
}

/** Waits until `hash`'s screen is the one shown and every other screen is hidden. */
export async function waitForScreen(page: Page, hash: string): Promise<void> {
  const shown = page.waitForFunction(
    (target) => {
      const shown = Array.from(document.querySelectorAll<HTMLElement>('section.screen[data-screen]')).filter((s) => !s.hidden);
      return shown.length === 1 && shown[0]!.getAttribute('data-screen') === target;
    },
    hash,
    { timeout: 5_000 },
  );
  await shown.catch(async (error: unknown) => {
    const now = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('section.screen[data-screen]'), (s) => (s.hidden ? '' : s.getAttribute('data-screen'))).filter(Boolean));
    throw new Error(`${hash} was not shown within 5s; shown: ${now.join(', ') || 'nothing'}; address: ${page.url()}`, { cause: error });
  });
}

/**
 * Shows each screen in turn from inside the page (one round trip, not one per screen), as a
 * learner's visits would: the site records its progress. Ends on the last one.
 */
export async function visitScreens(page: Page, screens: readonly string[]): Promise<void> {
  await page.evaluate(async (list) => {
    for (const hash of list) {
      if (location.hash === hash) continue;
      await new Promise<void>((done) => {
        window.addEventListener('hashchange', () => setTimeout(done, 0), { once: true });
        location.hash = hash;
      });
    }
  }, screens);
  if (screens.length > 0) await waitForScreen(page, screens.at(-1)!);
}

/** The screen shown now. */
export async function visibleScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    const shown = Array.from(document.querySelectorAll<HTMLElement>('section.screen[data-screen]')).filter((s) => !s.hidden);
    if (shown.length !== 1) throw new Error(`${shown.length} screens are shown at once`);
    return shown[0]!.getAttribute('data-screen')!;
  });
}

/** Every screen's hash, in document order. */
export async function listScreens(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('section.screen[data-screen]'), (s) => s.getAttribute('data-screen')!));
}

/** The page's log (or several pages' logs) as one readable block, for failure messages. */
export function describeLog(log: PageLog | readonly PageLog[]): string {
  const logs = Array.isArray(log) ? (log as readonly PageLog[]) : [log as PageLog];
  const merged: PageLog = { blocked: [], failed: [], consoleErrors: [], pageErrors: [], dialogs: [] };
  for (const one of logs) for (const key of Object.keys(merged) as Array<keyof PageLog>) merged[key].push(...one[key]);
  return Object.entries(merged)
    .filter(([, list]) => (list as string[]).length > 0)
    .map(([name, list]) => `${name}:\n  ${(list as string[]).join('\n  ')}`)
    .join('\n');
}

// ---- One browser, one built site, one server per test file -------------------------------

/**
 * The sample course's site, built fresh into a temporary folder; or, when COPACK_SITE_DIR
 * is set, a site already built (say `out/co-facilitator-training/site` after `npm run build`).
 */
export async function sampleSite(): Promise<BuiltSite> {
  const given = process.env['COPACK_SITE_DIR'];
  if (given) {
    const siteDir = resolve(repoRoot, given);
    if (!existsSync(join(siteDir, 'index.html'))) throw new Error(`COPACK_SITE_DIR=${given} has no index.html`);
    return { siteDir, cleanup: () => undefined };
  }
  return buildSite();
}

export interface SiteSuite {
  browser: Browser;
  site: BuiltSite;
  server: StaticServer;
}

/**
 * Registers `beforeAll`/`afterAll` for a test file: builds the course, starts the server and
 * Chromium. Call `get()` at the start of each test: if anything failed to start, every test
 * fails with that reason (a `beforeAll` error alone would only mark the tests skipped).
 */
export function useSiteSuite(prepare: () => Promise<BuiltSite> = sampleSite): { get: () => SiteSuite } {
  let ready: SiteSuite | undefined;
  let failure: unknown;
  let site: BuiltSite | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    try {
      site = await prepare();
      server = await serveDir(site.siteDir);
      browser = await launchChromium();
      ready = { browser, site, server };
    } catch (error) {
      failure = error;
    }
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.cleanup();
  });
  return {
    get: () => {
      if (ready) return ready;
      throw failure instanceof Error ? failure : new Error(`The browser suite did not start: ${String(failure)}`);
    },
  };
}
