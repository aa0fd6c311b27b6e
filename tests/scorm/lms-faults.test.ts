/**
 * The packages when things go wrong, as they do on wards and in real LMSes: no LMS at all, an
 * LMS that will not save (answers "false", or throws), one whose every call throws, one that
 * will not start the session, one that takes 2 seconds to save, the window closed while it
 * saves, the connection dropping mid-session, something else on the page called `API`; the
 * learner switching away mid-lesson, an LMS that leaves optional values empty; and the
 * troubleshooting panel an administrator opens to see why. Saved progress that comes back
 * damaged is in tests/robustness/saved-progress.test.ts.
 */
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSite } from '../helpers/browser.js';
import {
  apiNames,
  cmiAt,
  countCalls,
  describeCalls,
  describeLog,
  launchPackage,
  lmsCalls,
  setFault,
  storedCmi,
  unloadContent,
  useLmsSuite,
  waitForCalls,
  waitForStart,
  type LmsCall,
  type LmsRun,
} from '../helpers/lms-host.js';
import { clickThrough, reflectionText, shownScreen } from '../helpers/learner.js';
import { firstReflection, midLesson, sampleId } from '../helpers/sample-copy.js';
import { scormVersions, type ScormVersion } from '../helpers/scorm-package.js';

const suite = useLmsSuite();

const problems = (run: { log: LmsRun['log'] }) => describeLog(run.log);
const commits = (version: ScormVersion, calls: readonly LmsCall[]) => countCalls(calls, apiNames[version].commit);

async function noticeShown(content: Frame): Promise<boolean> {
  return content.evaluate(() => {
    const notice = document.getElementById('copack-save-notice');
    return notice !== null && notice.getAttribute('role') === 'status' && notice.offsetParent !== null && (notice.textContent ?? '').length > 0;
  });
}

describe.each(scormVersions)('%s with no LMS at all', (version) => {
  it('runs as the offline site: progress in localStorage, resumed on reopening, no errors', async () => {
    const { browser, server } = suite.get();
    const { context, page, log } = await openSite(browser, { server });
    try {
      await page.goto(`${server.origin}/${version}/index.html`, { waitUntil: 'load' });
      const content = page.mainFrame();
      await waitForStart(content);
      const walk = await clickThrough(content, { stopAt: midLesson });
      const saved = await page.evaluate((key) => window.localStorage.getItem(key), `copack:${sampleId}`);
      expect(saved, 'progress kept under the course id').not.toBeNull();
      expect(JSON.parse(saved!)).toMatchObject({ location: midLesson, suspendData: expect.any(String) });

      await page.reload({ waitUntil: 'load' });
      await waitForStart(content);
      expect(await shownScreen(content)).toBe(midLesson);
      const [question, choices] = Object.entries(walk.answers)[0]!;
      expect(await content.locator(`[data-question="${question}"] button.choice[data-choice="${choices.at(-1)}"]`).getAttribute('aria-pressed')).toBe('true');
      expect(await content.locator(`textarea[data-reflection="${firstReflection}"]`).inputValue()).toBe(reflectionText(firstReflection));
      expect(describeLog(log)).toBe('');
      expect(server.missing).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});

// The retry code is the same for both versions (only the names differ), so each fault runs once.
describe.each([
  ['answers "false" to SetValue and Commit', 'refuse', 'scorm12'],
  ['throws from Commit', 'commit-throws', 'scorm2004'],
] as const)('an LMS that %s (%s)', (_, fault, version) => {
  it(`${version}: retries after 1, 2, 4 and 8 s, then tells the learner; the course keeps working`, async () => {
    const { browser, server } = suite.get();
    // A fake clock, paused: the backoff's 15 seconds pass in a moment, and exactly.
    const run = await launchPackage(browser, server, { version, fault, fakeClock: true });
    try {
      const tries = async () => commits(version, await lmsCalls(run));
      // Showing the first screen saved, and failed.
      expect(await tries()).toBe(1);
      for (const [wait, expected] of [[1000, 2], [2000, 3], [4000, 4]] as const) {
        await run.context.clock.runFor(wait - 1);
        expect(await tries(), `not before ${wait} ms`).toBe(expected - 1);
        await run.context.clock.runFor(1);
        expect(await tries(), `a retry after ${wait} ms`).toBe(expected);
        expect(await noticeShown(run.content), 'no notice while still retrying').toBe(false);
      }
      await run.context.clock.runFor(8000);
      expect(await tries()).toBe(5);
      expect(await noticeShown(run.content), 'the notice after the last retry fails').toBe(true);

      // The learner carries on: screens change, answers are taken, nothing breaks.
      const walk = await clickThrough(run.content, { stopAt: '#/what-is-co-production/check/when-start' });
      expect(walk.visited.at(-1)).toBe('#/what-is-co-production/check/when-start');
      expect(await run.content.locator('#copack-save-notice').count()).toBe(1);
      expect(run.log.pageErrors, 'no uncaught errors').toEqual([]);
      expect(problems(run)).toBe('');
      await unloadContent(run);
      expect(countCalls(await lmsCalls(run), apiNames[version].terminate)).toBe(1);
    } finally {
      await run.close();
    }
  }, 60_000);
});

describe.each(scormVersions)('%s when the learner switches away', (version) => {
  it('saves typing without committing on each key, then commits when the page is hidden', async () => {
    const { browser, server } = suite.get();
    const run = await launchPackage(browser, server, { version });
    try {
      await clickThrough(run.content, { stopAt: `#/${firstReflection}` });
      const before = await lmsCalls(run);
      const box = run.content.locator(`textarea[data-reflection="${firstReflection}"]`);
      const suspendData = (calls: readonly LmsCall[]) => calls.filter((c) => c.call === apiNames[version].setValue && c.args[0] === 'cmi.suspend_data').at(-1)?.args[1];
      const untyped = suspendData(before);
      await box.pressSequentially('I went to a group.');
      // The page keeps the words after a pause in typing (400 ms), without asking the LMS to commit.
      await waitForCalls(run, (calls) => suspendData(calls) !== untyped, 'the words to reach the LMS');
      const typed = (await lmsCalls(run)).slice(before.length);
      expect(commits(version, typed), `no commit while typing:\n${describeCalls(typed)}`).toBe(0);
      const saves = typed.filter((c) => c.call === apiNames[version].setValue && c.args[0] === 'cmi.suspend_data');
      expect(saves.length).toBeGreaterThan(0);
      expect(saves.length, 'not a save per key').toBeLessThan('I went to a group.'.length);

      // Hidden: as when the learner switches tab or the ward computer locks.
      await run.content.evaluate(() => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
        document.dispatchEvent(new Event('visibilitychange'));
      });
      const hidden = (await lmsCalls(run)).slice(before.length + typed.length);
      expect(hidden.map((c) => c.call)).toEqual([apiNames[version].commit]);
      expect(hidden[0]!.result).toBe('true');
      expect(run.log.pageErrors).toEqual([]);
    } finally {
      await run.close();
    }
  }, 60_000);
});

/** What an LMS may leave unset (RTE 1.2 §3.4, RTE 2004 §4.2): answered with an empty string. */
const optional: Record<ScormVersion, string[]> = {
  scorm12: ['cmi.core.lesson_mode', 'cmi.core.entry', 'cmi.core.credit', 'cmi.core.student_name', 'cmi.core.lesson_status', 'cmi.interactions._count'],
  scorm2004: ['cmi.mode', 'cmi.entry', 'cmi.credit', 'cmi.learner_name', 'cmi.completion_status', 'cmi.interactions._count'],
};

describe.each(scormVersions)('%s with an LMS that leaves optional values empty', (version) => {
  it(`still tracks: ${'mode, entry, credit, name, status, interaction count'} all empty`, async () => {
    const { browser, server } = suite.get();
    const run = await launchPackage(browser, server, { version, blank: optional[version] });
    try {
      const walk = await clickThrough(run.content, { stopAt: midLesson });
      expect(walk.visited.at(-1)).toBe(midLesson);
      expect(await run.content.locator('.greeting').count(), 'no name, no greeting').toBe(0);
      await unloadContent(run);
      const calls = await lmsCalls(run);
      const names = apiNames[version];
      expect(countCalls(calls, names.initialize)).toBe(1);
      expect(countCalls(calls, names.terminate)).toBe(1);
      const location = version === 'scorm12' ? 'cmi.core.lesson_location' : 'cmi.location';
      expect(calls.filter((c) => c.call === names.setValue && c.args[0] === location).at(-1)?.args[1]).toBe(midLesson);
      expect(calls.filter((c) => c.call === names.setValue && c.args[0]!.startsWith('cmi.interactions.0.')).length).toBeGreaterThan(0);
      const refused = calls.filter((c) => c.call !== names.getValue && c.result !== 'true');
      expect(refused, describeCalls(refused)).toEqual([]);
      expect(problems(run)).toBe('');
    } finally {
      await run.close();
    }
  }, 60_000);
});

describe('the troubleshooting panel', () => {
  it('opens with ?copack-debug and lists the API calls with their values and error codes', async () => {
    const { browser, server } = suite.get();
    const run = await launchPackage(browser, server, { version: 'scorm2004', query: '?copack-debug' });
    try {
      const panel = run.content.locator('dialog#copack-debug');
      await panel.waitFor({ state: 'visible' });
      const text = (await panel.locator('pre').textContent()) ?? '';
      expect(text).toMatch(/^Mode: scorm2004$/m);
      expect(text).toMatch(/^Calls: \d+$/m);
      expect(text).toContain('Initialize("") → "true"');
      expect(text).toContain('SetValue("cmi.location", "#/") → "true"');
      // The spec's "not initialised" on a first launch, shown with its code.
      expect(text).toMatch(/GetValue\("cmi\.location"\) → "" error 403/);
      await panel.getByRole('button', { name: 'Close' }).click();
      await panel.waitFor({ state: 'hidden' });
      expect(problems(run)).toBe('');
    } finally {
      await run.close();
    }
  }, 30_000);

  it('opens with Ctrl+Alt+Shift+D, and says when there is no LMS', async () => {
    const { browser, server } = suite.get();
    const { context, page, log } = await openSite(browser, { server });
    try {
      await page.goto(`${server.origin}/scorm12/index.html`, { waitUntil: 'load' });
      await waitForStart(page.mainFrame());
      await page.keyboard.press('Control+Alt+Shift+D');
      const panel = page.locator('dialog#copack-debug');
      await panel.waitFor({ state: 'visible' });
      expect(await panel.locator('pre').textContent()).toMatch(/^Mode: offline \(scorm12\)$/m);
      expect(describeLog(log)).toBe('');
    } finally {
      await context.close();
    }
  }, 30_000);
});

// ---- An LMS that fails in other ways --------------------------------------------------------

/** Where each version keeps the bookmark and how the session ended, as paths into stored CMI. */
const paths = {
  scorm12: { location: 'core.lesson_location', exit: 'core.exit' },
  scorm2004: { location: 'location', exit: 'exit' },
} as const;

/** Problems in the LMS's page or the course's: none may reach either, whatever the LMS does. */
const pageErrors = (run: LmsRun) => run.log.pageErrors;

describe.each([
  ['throws from every call, GetLastError too', 'throws', 'scorm12'],
  ['answers "false" to Initialize', 'init-false', 'scorm2004'],
] as const)('an LMS that %s (%s)', (_, fault, version) => {
  it(`${version}: the course starts, works and says it cannot save, and nothing is thrown into either page`, async () => {
    const { browser, server } = suite.get();
    const run = await launchPackage(browser, server, { version, fault, fakeClock: true, learnerName: 'Taylor, Sam' });
    try {
      expect(await shownScreen(run.content)).toBe('#/');
      // The name could not be read: no greeting, and never "Hello false."
      expect(await run.content.locator('.greeting').count()).toBe(0);
      const walk = await clickThrough(run.content, { stopAt: '#/what-is-co-production/check/when-start' });
      expect(walk.visited.at(-1)).toBe('#/what-is-co-production/check/when-start');
      await run.context.clock.runFor(16_000);
      expect(await noticeShown(run.content), 'the learner is told their progress is not being saved').toBe(true);
      await unloadContent(run);
      const calls = await lmsCalls(run);
      const names = apiNames[version];
      expect(countCalls(calls, names.initialize)).toBe(1);
      // Terminate follows only a session that started.
      expect(countCalls(calls, names.terminate)).toBe(0);
      expect(pageErrors(run), 'uncaught errors').toEqual([]);
      expect(problems(run)).toBe('');
    } finally {
      await run.close();
    }
  }, 60_000);
});

describe('an LMS that takes 2 seconds to save (scorm2004)', () => {
  it('commits once a screen and once on leaving, never twice at once, and loses nothing', async () => {
    const { browser, server } = suite.get();
    const run = await launchPackage(browser, server, { version: 'scorm2004', fault: 'slow-commit' });
    try {
      const before = countCalls(await lmsCalls(run), apiNames.scorm2004.commit);
      const walk = await clickThrough(run.content, { stopAt: '#/what-is-co-production/lived-experience' });
      const calls = await lmsCalls(run);
      // One commit for each screen shown after the first: no retries (each commit worked), no pile-up.
      expect(countCalls(calls, apiNames.scorm2004.commit) - before).toBe(walk.visited.length - 1);
      expect(await noticeShown(run.content)).toBe(false);
      await unloadContent(run);
      const after = await lmsCalls(run);
      expect(countCalls(after, apiNames.scorm2004.terminate)).toBe(1);
      const stored = await storedCmi(run);
      expect(cmiAt(stored, paths.scorm2004.location)).toBe('#/what-is-co-production/lived-experience');
      expect(cmiAt(stored, paths.scorm2004.exit)).toBe('suspend');
      expect(cmiAt(stored, 'suspend_data')).toBeTruthy();
      expect(pageErrors(run)).toEqual([]);
      expect(problems(run)).toBe('');
    } finally {
      await run.close();
    }
  }, 90_000);
});

describe('the window closed while the LMS is saving (scorm12, in a popup that commits for 2 seconds)', () => {
  it('finishes the session once as the window goes, and the LMS keeps the last screen', async () => {
    const { browser, server } = suite.get();
    const run = await launchPackage(browser, server, { version: 'scorm12', layout: 'popup', fault: 'slow-commit' });
    try {
      await clickThrough(run.content, { stopAt: '#/what-is-co-production/what-it-means' });
      // Next starts a 2-second commit, and the window is closed while it is going on.
      await run.page.evaluate(() => ((window as unknown as { lmsHost: { closeOnNextCommit: boolean } }).lmsHost.closeOnNextCommit = true));
      const closed = run.content.page().waitForEvent('close');
      await run.content.evaluate(() => document.querySelector<HTMLElement>('section[data-screen]:not([hidden]) [data-nav="next"]')!.click());
      await closed;
      const names = apiNames.scorm12;
      const calls = await waitForCalls(run, (c) => countCalls(c, names.terminate) > 0, 'LMSFinish after the window closed', 20_000);
      expect(countCalls(calls, names.terminate)).toBe(1);
      expect(calls.at(-1)!.call, describeCalls(calls.slice(-6))).toBe(names.terminate);
      const stored = await storedCmi(run);
      expect(cmiAt(stored, paths.scorm12.location)).toBe('#/what-is-co-production/lived-experience');
      expect(cmiAt(stored, paths.scorm12.exit)).toBe('suspend');
      expect(cmiAt(stored, 'core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      expect(pageErrors(run)).toEqual([]);
    } finally {
      await run.close();
    }
  }, 60_000);
});

describe('the connection to the LMS dropping mid-session (scorm12)', () => {
  it('keeps what was saved before, lets the learner carry on, and saves everything once it is back', async () => {
    const { browser, server } = suite.get();
    const run = await launchPackage(browser, server, { version: 'scorm12', fakeClock: true });
    const location = async () => cmiAt(await storedCmi(run), paths.scorm12.location);
    try {
      await clickThrough(run.content, { stopAt: '#/what-is-co-production/lived-experience' });
      const saved = await storedCmi(run);
      expect(cmiAt(saved, paths.scorm12.location)).toBe('#/what-is-co-production/lived-experience');

      // A short drop: one screen's commit fails, and the first retry, a second later, saves it.
      await setFault(run, 'throws');
      await clickThrough(run.content, { stopAt: '#/what-is-co-production/why-it-matters' });
      expect(await location(), 'nothing taken back while the LMS is away').toBe('#/what-is-co-production/lived-experience');
      expect(cmiAt(await storedCmi(run), 'suspend_data')).toBe(cmiAt(saved, 'suspend_data'));
      await setFault(run, null);
      await run.context.clock.runFor(1_000);
      expect(await location()).toBe('#/what-is-co-production/why-it-matters');

      // A long one: the learner goes on through several screens and the retries run out, so they are told.
      await setFault(run, 'throws');
      const walk = await clickThrough(run.content, { stopAt: '#/what-is-co-production/check/when-start' });
      await run.context.clock.runFor(16_000);
      expect(await noticeShown(run.content)).toBe(true);
      expect(await location()).toBe('#/what-is-co-production/why-it-matters');
      // Back again: the next screen saves everything, answers included, and the notice goes.
      await setFault(run, null);
      await clickThrough(run.content, { stopAt: '#/what-is-co-production/check/lived-experience' });
      const after = await storedCmi(run);
      expect(cmiAt(after, paths.scorm12.location)).toBe('#/what-is-co-production/check/lived-experience');
      // The answers given while the LMS was away are in the saved progress and the journal.
      expect(Object.keys(walk.answers).length).toBeGreaterThan(0);
      expect(cmiAt(after, 'interactions.0.id')).toBeTruthy();
      expect(await noticeShown(run.content)).toBe(false);
      expect(pageErrors(run)).toEqual([]);
      expect(problems(run)).toBe('');
    } finally {
      await run.close();
    }
  }, 60_000);
});

describe('an LMS page with something else called `API` (scorm12)', () => {
  it('is not taken for the LMS: the course keeps progress in the browser instead', async () => {
    const { browser, server } = suite.get();
    const { context, page, log } = await openSite(browser, { server });
    try {
      // An element with id="API" is `window.API` too: the LMS's frame page has one, and no real API.
      await context.addInitScript(() => {
        if (location.pathname.endsWith('/lms/frame.html')) (window as unknown as { API: unknown }).API = document.createElement('div');
      });
      await page.goto(`${server.origin}/lms/frame.html?src=${encodeURIComponent('../scorm12/index.html')}`, { waitUntil: 'load' });
      const content = page.frames().find((f) => f.url().includes('/scorm12/index.html'))!;
      await waitForStart(content);
      await clickThrough(content, { stopAt: '#/what-is-co-production/what-it-means' });
      const saved = await content.evaluate((key) => window.localStorage.getItem(key), `copack:${sampleId}`);
      expect(JSON.parse(saved!)).toMatchObject({ location: '#/what-is-co-production/what-it-means' });
      expect(describeLog(log)).toBe('');
    } finally {
      await context.close();
    }
  }, 60_000);
});
