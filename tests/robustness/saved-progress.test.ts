/**
 * Saved progress that comes back damaged, in Chromium against both packages: suspend data
 * that is corrupt, cut off by an LMS that keeps fewer characters than it was given, or
 * written by an older version of the course (other lessons and pages); progress in the
 * browser (no LMS) that is not progress at all. The course starts cleanly every time, keeps
 * the bookmark when its screen is still there, keeps whatever can be read, never throws into
 * the LMS's page, and never takes back what the LMS already has.
 */
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeLog, openSite } from '../helpers/browser.js';
import {
  apiNames,
  carriedOver,
  cmiAt,
  describeCalls,
  launchPackage,
  lmsCalls,
  storedCmi,
  unloadContent,
  useLmsSuite,
  waitForStart,
  type LmsCall,
  type LmsRun,
  type StoredCmi,
} from '../helpers/lms-host.js';
import { clickThrough, shownScreen } from '../helpers/learner.js';
import { firstReflection, midLesson, sampleId } from '../helpers/sample-copy.js';
import { scormVersions, type ScormVersion } from '../helpers/scorm-package.js';

const suite = useLmsSuite();

/** Where each version keeps the status, as paths into stored CMI. */
const statusPath = { scorm12: 'core.lesson_status', scorm2004: 'completion_status' } as const;

describe('with no LMS and progress in the browser that is not progress (scorm2004)', () => {
  it.each(['null', '[]', '5', '"text"', '{"suspendData": 5, "location": {}}', '{"location": "#/no/such-screen"}', 'not json {'])('%s: starts cleanly at the home screen', async (junk) => {
    const { browser, server } = suite.get();
    const { context, page, log } = await openSite(browser, { server });
    try {
      await page.goto(`${server.origin}/scorm2004/index.html`, { waitUntil: 'load' });
      await page.evaluate(([key, value]) => window.localStorage.setItem(key!, value!), [`copack:${sampleId}`, junk]);
      await page.reload({ waitUntil: 'load' });
      await waitForStart(page.mainFrame());
      expect(await shownScreen(page.mainFrame())).toBe('#/');
      await clickThrough(page.mainFrame(), { stopAt: '#/what-is-co-production/welcome' });
      const saved = await page.evaluate((key) => window.localStorage.getItem(key), `copack:${sampleId}`);
      expect(JSON.parse(saved!)).toMatchObject({ location: '#/what-is-co-production/welcome' });
      expect(describeLog(log)).toBe('');
    } finally {
      await context.close();
    }
  }, 30_000);
});

// ---- Saved progress that cannot be read as it is -------------------------------------------

interface MidLesson {
  stored: StoredCmi;
  answers: Record<string, string[]>;
  reflection: string;
}
const midLessonRuns = new Map<ScormVersion, Promise<MidLesson>>();

/** A session to the middle of the first lesson: three answers and a reflection, as the LMS stored them (one run per version, shared). */
function storedMidLesson(version: ScormVersion): Promise<MidLesson> {
  let run = midLessonRuns.get(version);
  if (!run) {
    run = runToMidLesson(version);
    midLessonRuns.set(version, run);
  }
  return run;
}

async function runToMidLesson(version: ScormVersion): Promise<MidLesson> {
  const { browser, server } = suite.get();
  const run = await launchPackage(browser, server, { version });
  try {
    const walk = await clickThrough(run.content, { stopAt: midLesson });
    await unloadContent(run);
    return { stored: carriedOver(version, await storedCmi(run)), answers: walk.answers, reflection: walk.reflections[firstReflection]! };
  } finally {
    await run.close();
  }
}

/** Stored CMI with the suspend data (and, if given, the bookmark) replaced. */
function withSaved(version: ScormVersion, stored: StoredCmi, suspendData: string, location?: string): StoredCmi {
  const copy = JSON.parse(JSON.stringify(stored)) as StoredCmi;
  copy['suspend_data'] = suspendData;
  if (location !== undefined) {
    if (version === 'scorm12') (copy['core'] as StoredCmi)['lesson_location'] = location;
    else copy['location'] = location;
  }
  return copy;
}

async function pressedChoice(content: Frame, question: string): Promise<string | null> {
  return content.evaluate((key) => document.querySelector(`[data-question="${key}"] button.choice[aria-pressed="true"]`)?.getAttribute('data-choice') ?? null, question);
}

/** Relaunches from `cmi`, checks nothing was thrown, and hands the run to `check` before leaving. */
async function relaunch(version: ScormVersion, cmi: StoredCmi, check: (run: LmsRun) => Promise<void>): Promise<{ calls: LmsCall[]; stored: StoredCmi }> {
  const { browser, server } = suite.get();
  const run = await launchPackage(browser, server, { version, cmi, entry: 'resume' });
  try {
    await check(run);
    await unloadContent(run);
    expect(run.log.pageErrors).toEqual([]);
    expect(describeLog(run.log)).toBe('');
    return { calls: await lmsCalls(run), stored: await storedCmi(run) };
  } finally {
    await run.close();
  }
}

describe.each(scormVersions)('%s with saved progress it cannot read as it is', (version) => {
  it('corrupt: starts cleanly at the bookmark, keeps the LMS\'s record, and saves fresh progress', async () => {
    const { stored } = await storedMidLesson(version);
    // More kinds of junk are decoded in tests/robustness/progress-codec.test.ts; here, what the page does with it.
    for (const junk of ['garbage{{[', '[1,"', '\u0000null']) {
      const { stored: after } = await relaunch(version, withSaved(version, stored, junk), async (run) => {
        expect(await shownScreen(run.content), `bookmark kept with ${JSON.stringify(junk)}`).toBe(midLesson);
        expect(await pressedChoice(run.content, 'what-is-co-production/check/what-is-it')).toBeNull();
      });
      expect(JSON.parse(cmiAt(after, 'suspend_data')!), 'fresh progress in the current form').toEqual(expect.arrayContaining([1]));
      expect(cmiAt(after, statusPath[version])).toBe(cmiAt(stored, statusPath[version]));
    }
  }, 120_000);

  it('cut off by the LMS: keeps the bookmark, and every screen, answer and word saved before the cut', async () => {
    const { stored, answers, reflection } = await storedMidLesson(version);
    const full = cmiAt(stored, 'suspend_data')!;
    // Cut in the middle of the reflection, as an LMS that keeps fewer characters than it was given does.
    const cut = full.slice(0, full.indexOf(JSON.stringify(reflection).slice(1, -1)) + 10);
    expect(cut.length).toBeLessThan(full.length);
    await relaunch(version, withSaved(version, stored, cut), async (run) => {
      expect(await shownScreen(run.content)).toBe(midLesson);
      for (const [question, choices] of Object.entries(answers)) expect(await pressedChoice(run.content, question), question).toBe(choices.at(-1));
      const kept = await run.content.locator(`textarea[data-reflection="${firstReflection}"]`).inputValue();
      expect(kept.length).toBeGreaterThan(0);
      expect(reflection.startsWith(kept), `"${kept}" is the start of "${reflection}"`).toBe(true);
    });
  }, 60_000);

  it('from an older version of the course: starts cleanly, keeps the bookmark if that screen is still there, and keeps the LMS\'s record', async () => {
    const { stored } = await storedMidLesson(version);
    const older = JSON.parse(cmiAt(stored, 'suspend_data')!) as unknown[];
    older[1] = 'an-older-layout';
    const names = apiNames[version];
    const earlier = Number(cmiAt(stored, 'interactions._count') ?? Object.keys((stored['interactions'] as StoredCmi | undefined) ?? {}).length);
    // The screen is still in the course: the learner goes back to it.
    const { calls } = await relaunch(version, withSaved(version, stored, JSON.stringify(older)), async (run) => {
      expect(await shownScreen(run.content)).toBe(midLesson);
      expect(await pressedChoice(run.content, 'what-is-co-production/check/what-is-it')).toBeNull();
      await run.content.evaluate(() => {
        location.hash = '#/what-is-co-production/check/what-is-it';
      });
      await run.content.locator('[data-question="what-is-co-production/check/what-is-it"] button.choice').first().click();
    });
    // A new answer is journalled after the ones the LMS has, never over them.
    const journalled = calls.filter((c) => c.call === names.setValue && /^cmi\.interactions\.\d+\.id$/.test(c.args[0]!)).map((c) => Number(/\d+/.exec(c.args[0]!)![0]));
    expect(journalled.length).toBeGreaterThan(0);
    expect(Math.min(...journalled)).toBeGreaterThanOrEqual(earlier);
    // The screen is gone from the course: the learner starts at the home screen.
    await relaunch(version, withSaved(version, stored, JSON.stringify(older), '#/a-lesson-removed/its-page'), async (run) => {
      expect(await shownScreen(run.content)).toBe('#/');
    });
  }, 90_000);
});

describe('an LMS that already recorded the course as finished (scorm12)', () => {
  it('keeps passed and the score when the saved progress cannot be read', async () => {
    const { stored } = await storedMidLesson('scorm12');
    const finished = withSaved('scorm12', stored, 'not progress');
    const core = finished['core'] as StoredCmi;
    core['lesson_status'] = 'passed';
    core['score'] = { raw: '100', min: '0', max: '100' };
    const { stored: after, calls } = await relaunch('scorm12', finished, async (run) => {
      await clickThrough(run.content, { stopAt: '#/what-is-co-production/what-it-means' });
    });
    expect(cmiAt(after, 'core.lesson_status')).toBe('passed');
    expect(cmiAt(after, 'core.score.raw')).toBe('100');
    const written = calls.filter((c) => c.call === 'LMSSetValue' && ['cmi.core.lesson_status', 'cmi.core.score.raw'].includes(c.args[0]!));
    expect(written, describeCalls(written)).toEqual([]);
  }, 60_000);
});
