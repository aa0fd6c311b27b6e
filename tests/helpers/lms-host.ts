/**
 * A test LMS for the SCORM packages: both packages unpacked beside a host page whose API is
 * scorm-again's runtime (`lms-host/host.js`), all served from 127.0.0.1 by the browser tests'
 * static server, in Chromium with every other request blocked. Helpers to launch a package
 * the ways LMSes do, read the host's record of API calls and the stored CMI data, and drive
 * the course like a learner.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { describeLog, openSite, useSiteSuite, type BuiltSite, type PageLog, type StaticServer } from './browser.js';
import { repoRoot } from './fixtures.js';
import { buildPackages, scormVersions, unzipTo, type ScormVersion } from './scorm-package.js';

const hostFiles = join(dirname(fileURLToPath(import.meta.url)), 'lms-host');
const scormAgainDist = join(repoRoot, 'node_modules', 'scorm-again', 'dist');

/**
 * Builds the sample's packages and lays out the LMS's folder: `/scorm12/` and `/scorm2004/`
 * hold the unpacked zips, `/lms/` the host pages and scorm-again. Shaped as a `BuiltSite` so
 * the browser tests' `useSiteSuite` serves it and starts Chromium.
 */
export async function prepareLmsRoot(): Promise<BuiltSite> {
  const packages = await buildPackages();
  const root = mkdtempSync(join(tmpdir(), 'copack-lms-'));
  try {
    for (const version of scormVersions) unzipTo(packages.zips[version], join(root, version));
    mkdirSync(join(root, 'lms'));
    for (const name of ['host.html', 'host.js', 'frame.html']) copyFileSync(join(hostFiles, name), join(root, 'lms', name));
    for (const name of ['scorm12.js', 'scorm2004.js']) copyFileSync(join(scormAgainDist, name), join(root, 'lms', name));
  } finally {
    packages.cleanup();
  }
  return { siteDir: root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** One browser, the LMS folder and its server for a test file. */
export const useLmsSuite = () => useSiteSuite(prepareLmsRoot);

// ---- Launching ---------------------------------------------------------------------------

export type Layout = 'frame' | 'nested' | 'popup';

export interface LaunchOptions {
  version: ScormVersion;
  layout?: Layout;
  /** CMI data stored by an earlier session (scorm-again's JSON of `cmi`). */
  cmi?: unknown;
  entry?: 'ab-initio' | 'resume' | '';
  learnerName?: string;
  fault?: 'refuse' | 'commit-throws' | 'throws' | 'init-false' | 'slow-commit';
  /** Elements whose GetValue answers '' (an LMS that leaves them unset). */
  blank?: string[];
  /** Added to the launch address, such as `?copack-debug`. */
  query?: string;
  /** Playwright's fake clock in the host and the content, paused: timers fire only on `context.clock.runFor`. */
  fakeClock?: boolean;
}

export interface LmsCall {
  call: string;
  args: string[];
  result: string;
  /** GetLastError's code after the call, or the thrown message. */
  error: string;
}

export interface LmsRun {
  context: BrowserContext;
  /** The LMS's page (the host). */
  page: Page;
  /** The course's frame: in the host's frame, two frames down, or the popup's page. */
  content: Frame;
  /** What the browser did wrong: blocked requests, failed loads, errors, in host and content. */
  log: PageLog;
  server: StaticServer;
  close: () => Promise<void>;
}

/** Opens the host page and launches a package in it; resolves when the course's script has run. */
export async function launchPackage(browser: Browser, server: StaticServer, options: LaunchOptions): Promise<LmsRun> {
  const { context, page, log } = await openSite(browser, { server });
  // The popup, and any other page the content opens, is watched like the host.
  context.on('page', (other) => {
    if (other === page) return;
    other.on('pageerror', (error) => log.pageErrors.push(String(error.stack ?? error)));
    other.on('console', (message) => {
      if (message.type() === 'error') log.consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    other.on('response', (response) => {
      if (response.status() >= 400) log.failed.push(`${response.url()}: HTTP ${response.status()}`);
    });
  });
  if (options.fakeClock) {
    const now = Date.now();
    await context.clock.install({ time: now });
    await context.clock.pauseAt(now + 1000);
  }
  await page.goto(`${server.origin}/lms/host.html`, { waitUntil: 'load' });
  const src = `../${options.version}/index.html${options.query ?? ''}`;
  const layout = options.layout ?? 'frame';
  const popup = layout === 'popup' ? context.waitForEvent('page') : undefined;
  await page.evaluate(
    (launch) => (window as unknown as { lmsHost: { launch: (o: unknown) => Promise<void> } }).lmsHost.launch(launch),
    { version: options.version, layout, src, cmi: options.cmi ?? null, entry: options.entry ?? null, learnerName: options.learnerName ?? null, fault: options.fault ?? null, blank: options.blank ?? [] },
  );
  const launchUrl = `${server.origin}/${options.version}/index.html`;
  let content: Frame;
  if (popup) {
    const popupPage = await popup;
    await popupPage.waitForLoadState('load');
    content = popupPage.mainFrame();
  } else {
    content = await waitForFrame(page, launchUrl);
  }
  await waitForStart(content);
  return { context, page, content, log, server, close: () => context.close() };
}

async function waitForFrame(page: Page, url: string): Promise<Frame> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith(url));
    if (frame) {
      await frame.waitForLoadState('load');
      return frame;
    }
    if (Date.now() > deadline) throw new Error(`The course did not load from ${url}; frames: ${page.frames().map((f) => f.url()).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The course's script has run: it marks the page with `js` and shows exactly one screen. */
export async function waitForStart(content: Frame): Promise<void> {
  await until(
    content,
    () => document.documentElement.classList.contains('js') && document.querySelectorAll('section[data-screen]:not([hidden])').length === 1,
    'the course to start',
  );
}

/** Navigates the content away (to about:blank), so it finishes its session as on leaving the LMS. */
export async function unloadContent(run: LmsRun): Promise<void> {
  await run.page.evaluate(() => (window as unknown as { lmsHost: { unload: () => void } }).lmsHost.unload());
  await until(
    run.page.mainFrame(),
    () => {
      const host = (window as unknown as { lmsHost: { content: HTMLIFrameElement | Window } }).lmsHost;
      try {
        const doc = 'contentWindow' in host.content ? host.content.contentDocument : host.content.document;
        return doc !== null && doc.URL === 'about:blank' && doc.readyState === 'complete';
      } catch {
        return false;
      }
    },
    'the content to unload',
  );
}

/**
 * Waits until `predicate` is true in `frame`, asking from Node every 20 ms. Unlike
 * `waitForFunction` this needs no timers or animation frames in the page, so it works under
 * Playwright's paused fake clock too.
 */
export async function until(frame: Frame, predicate: () => boolean, what: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await frame.evaluate(predicate))) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what} in ${frame.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// ---- What the LMS saw --------------------------------------------------------------------

/** Every call the content made to the API, in order. */
export async function lmsCalls(run: LmsRun): Promise<LmsCall[]> {
  return run.page.evaluate(() => (window as unknown as { lmsHost: { calls: LmsCall[] } }).lmsHost.calls.slice());
}

/** The CMI data the LMS keeps: scorm-again's JSON of its data model, the part under `cmi`. */
export async function storedCmi(run: LmsRun): Promise<StoredCmi> {
  const stored = await run.page.evaluate(() => (window as unknown as { lmsHost: { stored: () => { cmi: StoredCmi } } }).lmsHost.stored());
  return stored.cmi;
}

/** CMI data as JSON: nested objects of strings, collections as objects keyed `0`, `1`, … */
export interface StoredCmi {
  [key: string]: string | StoredCmi;
}

/**
 * What an LMS hands the next session from the last one: the stored data without the
 * write-only elements a session reports about itself (`exit`, `session_time`).
 */
export function carriedOver(version: ScormVersion, stored: StoredCmi): StoredCmi {
  const copy = JSON.parse(JSON.stringify(stored)) as StoredCmi;
  const holder = version === 'scorm12' ? (copy['core'] as StoredCmi) : copy;
  delete holder['exit'];
  delete holder['session_time'];
  return copy;
}

/** A dotted path into stored CMI data (`core.score.raw`, `interactions.0.id`), or `undefined`. */
export function cmiAt(stored: StoredCmi, path: string): string | undefined {
  let value: string | StoredCmi | undefined = stored;
  for (const part of path.split('.')) value = typeof value === 'object' ? value[part] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Waits until the calls so far pass `test`, asking the host every 25 ms. */
export async function waitForCalls(run: LmsRun, test: (calls: LmsCall[]) => boolean, what: string, timeout = 10_000): Promise<LmsCall[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const calls = await lmsCalls(run);
    if (test(calls)) return calls;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}; the calls:\n${describeCalls(calls.slice(-20))}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const countCalls = (calls: readonly LmsCall[], name: string) => calls.filter((c) => c.call === name).length;

/** The API's names for each version (RTE 1.2 §3.3, RTE 2004 §3.1). */
export const apiNames = {
  scorm12: { initialize: 'LMSInitialize', terminate: 'LMSFinish', getValue: 'LMSGetValue', setValue: 'LMSSetValue', commit: 'LMSCommit' },
  scorm2004: { initialize: 'Initialize', terminate: 'Terminate', getValue: 'GetValue', setValue: 'SetValue', commit: 'Commit' },
} as const;

/** The calls, one a line, for failure messages. */
export const describeCalls = (calls: readonly LmsCall[]) =>
  calls.map((c) => `${c.call}(${c.args.map((a) => JSON.stringify(a.length > 60 ? `${a.slice(0, 60)}…` : a)).join(', ')}) → ${c.result} [${c.error}]`).join('\n');

export { describeLog };

/** Changes how the LMS misbehaves from now on (`null`: it behaves again), as a connection drops or comes back. */
export async function setFault(run: LmsRun, fault: LaunchOptions['fault'] | null): Promise<void> {
  await run.page.evaluate((f) => (window as unknown as { lmsHost: { setFault: (f: string | null) => void } }).lmsHost.setFault(f), fault ?? null);
}
