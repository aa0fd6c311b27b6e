/**
 * Each SCORM package run by a real SCORM runtime (scorm-again) in headless Chromium, as an LMS
 * runs it: in a frame, two frames down, or in a popup. A learner goes through the whole
 * sample course; the LMS's data afterwards must say what the course defines (passed, score
 * 100, bookmark, session time, interactions), with one Initialize, one Terminate and no
 * error codes. A second launch from the stored data resumes where the learner was.
 */
import { describe, expect, it } from 'vitest';
import {
  apiNames,
  carriedOver,
  cmiAt,
  countCalls,
  describeCalls,
  describeLog,
  launchPackage,
  lmsCalls,
  storedCmi,
  unloadContent,
  useLmsSuite,
  type Layout,
  type LmsCall,
  type LmsRun,
  type StoredCmi,
} from '../helpers/lms-host.js';
import { clickThrough, courseScreens, reflectionText, shownScreen, type ClickThrough } from '../helpers/learner.js';
import type { ScormVersion } from '../helpers/scorm-package.js';

const suite = useLmsSuite();

/** CMITimespan, RTE 1.2 §3.4.2: HHHH:MM:SS.SS, hours of 2 to 4 digits, optional 1–2 decimals. */
const timespan12 = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
/** timeinterval (second,10,2), RTE 2004 §4.2.1: an ISO 8601 duration with at least one part. */
const duration2004 = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;

/** Where each version keeps what the tests read, as paths into the stored CMI JSON. */
const cmi = {
  scorm12: { location: 'core.lesson_location', sessionTime: 'core.session_time', exit: 'core.exit', raw: 'core.score.raw', min: 'core.score.min', max: 'core.score.max', response: 'student_response', wrong: 'wrong' },
  scorm2004: { location: 'location', sessionTime: 'session_time', exit: 'exit', raw: 'score.raw', min: 'score.min', max: 'score.max', response: 'learner_response', wrong: 'incorrect' },
} as const;

/** The problems a run must not have, one block for a failure message. */
async function runProblems(run: LmsRun): Promise<string> {
  return [describeLog(run.log), run.server.missing.length ? `missing: ${run.server.missing.join(', ')}` : ''].filter(Boolean).join('\n');
}

/**
 * Every call gave no error: Initialize, SetValue, Commit and Terminate answered "true" with
 * GetLastError "0". The one exception is the spec's own: on a first launch, SCORM 2004 answers
 * GetValue of `cmi.location` / `cmi.suspend_data` with 403 (not initialised), which is how a
 * SCO learns there is nothing to resume.
 */
function expectNoErrors(version: ScormVersion, calls: readonly LmsCall[], firstLaunch: boolean): void {
  const names = apiNames[version];
  const expected403 = (c: LmsCall) => version === 'scorm2004' && firstLaunch && c.call === names.getValue && c.error === '403' && ['cmi.location', 'cmi.suspend_data'].includes(c.args[0]!);
  const bad = calls.filter((c) => (c.call !== names.getValue && c.result !== 'true') || (c.error !== '0' && !expected403(c)));
  expect(bad, `calls with errors:\n${describeCalls(bad)}`).toEqual([]);
}

/** Initialize first and once, Terminate last and once. */
function expectOneSession(version: ScormVersion, calls: readonly LmsCall[]): void {
  const names = apiNames[version];
  expect(countCalls(calls, names.initialize), describeCalls(calls.filter((c) => c.call === names.initialize))).toBe(1);
  expect(countCalls(calls, names.terminate)).toBe(1);
  expect(calls[0]!.call).toBe(names.initialize);
  expect(calls.at(-1)!.call).toBe(names.terminate);
}

/** The interactions as stored, in order. */
function interactions(stored: StoredCmi): StoredCmi[] {
  const all = (stored['interactions'] ?? {}) as StoredCmi;
  return Object.keys(all)
    .filter((key) => /^\d+$/.test(key))
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => all[key] as StoredCmi);
}

/** Everything a finished first run must show, whatever the frame layout. */
async function expectFinishedRun(version: ScormVersion, run: LmsRun, walk: ClickThrough, screens: string[]): Promise<StoredCmi> {
  expect(walk.visited).toEqual(['#/', ...screens, '#/finish']);
  await unloadContent(run);
  const calls = await lmsCalls(run);
  const stored = await storedCmi(run);
  expectOneSession(version, calls);
  expectNoErrors(version, calls, true);
  expect(await runProblems(run)).toBe('');
  expectOutcome(version, calls, stored);
  expectSessionRecord(version, calls, stored, walk);
  expectInteractions(version, stored, walk);
  return stored;
}

/** Completion, success and score as the course defines them (rule pass-mark 80, every answer right at last), set as soon as earned. */
function expectOutcome(version: ScormVersion, calls: readonly LmsCall[], stored: StoredCmi): void {
  const names = apiNames[version];
  const paths = cmi[version];
  if (version === 'scorm12') {
    expect(cmiAt(stored, 'core.lesson_status')).toBe('passed');
  } else {
    expect(cmiAt(stored, 'completion_status')).toBe('completed');
    expect(cmiAt(stored, 'success_status')).toBe('passed');
    expect(Number(cmiAt(stored, 'score.scaled'))).toBe(1);
  }
  expect(Number(cmiAt(stored, paths.raw))).toBe(100);
  expect(cmiAt(stored, paths.min)).toBe('0');
  expect(cmiAt(stored, paths.max)).toBe('100');

  // Set on the last answer, committed at once, never taken back: not left to the unload.
  const sets = (element: string, value: string) => calls.findIndex((c) => c.call === names.setValue && c.args[0] === element && c.args[1] === value);
  const finishBookmark = sets(`cmi.${paths.location}`, '#/finish');
  const earned = version === 'scorm12' ? [sets('cmi.core.lesson_status', 'passed')] : [sets('cmi.success_status', 'passed'), sets('cmi.completion_status', 'completed')];
  for (const at of earned) {
    expect(at).toBeGreaterThan(0);
    expect(at, 'reported before the learner leaves the last lesson').toBeLessThan(finishBookmark);
    expect(calls.slice(at).findIndex((c) => c.call === names.commit), 'and committed at once').toBeGreaterThan(0);
  }
  const statusElements = version === 'scorm12' ? ['cmi.core.lesson_status'] : ['cmi.success_status', 'cmi.completion_status'];
  const takenBack = calls.slice(Math.min(...earned)).filter((c) => c.call === names.setValue && statusElements.includes(c.args[0]!) && !['passed', 'completed'].includes(c.args[1]!));
  expect(takenBack, describeCalls(takenBack)).toEqual([]);

  // The first answer was wrong, yet never a fail, nor a score the LMS could judge as one
  // (1.2 masteryscore, 2004 satisfiedByMeasure): the course does not report fails.
  const failing = calls.filter((c) => {
    if (c.call !== names.setValue) return false;
    const [element, value] = c.args as [string, string];
    if (statusElements.includes(element)) return value === 'failed';
    if (element === 'cmi.score.scaled') return Number(value) < 0.8;
    return element === `cmi.${paths.raw}` && Number(value) < 80;
  });
  expect(failing, describeCalls(failing)).toEqual([]);
}

/** Commits per screen, the bookmark, session time and exit in each version's format, suspend data within 1.2's limit. */
function expectSessionRecord(version: ScormVersion, calls: readonly LmsCall[], stored: StoredCmi, walk: ClickThrough): void {
  const names = apiNames[version];
  const paths = cmi[version];
  expect(countCalls(calls, names.commit), 'a commit on each screen change').toBeGreaterThanOrEqual(walk.visited.length);
  expect(cmiAt(stored, paths.location)).toBe('#/finish');

  const sessionTime = calls.filter((c) => c.call === names.setValue && c.args[0] === `cmi.${paths.sessionTime}`);
  expect(sessionTime.length).toBe(1);
  expect(sessionTime[0]!.args[1]).toMatch(version === 'scorm12' ? timespan12 : duration2004);
  expect(cmiAt(stored, paths.sessionTime)).toBe(sessionTime[0]!.args[1]);
  expect(cmiAt(stored, paths.exit)).toBe(version === 'scorm12' ? '' : 'normal');

  const suspend = calls.filter((c) => c.call === names.setValue && c.args[0] === 'cmi.suspend_data').map((c) => c.args[1]!.length);
  expect(suspend.length).toBeGreaterThan(0);
  if (version === 'scorm12') expect(Math.max(...suspend), 'SCORM 1.2 suspend_data holds 4,096 characters').toBeLessThanOrEqual(4096);
  expect(cmiAt(stored, 'suspend_data')!.length).toBe(suspend.at(-1));
}

/** Every answer journalled in order: type choice, one id per question, the response and the result. */
function expectInteractions(version: ScormVersion, stored: StoredCmi, walk: ClickThrough): void {
  const paths = cmi[version];
  const clicks = Object.entries(walk.answers).flatMap(([key, choices]) => choices.map((choice, n) => ({ key, choice, right: n === choices.length - 1 })));
  const recorded = interactions(stored);
  expect(recorded.map((i) => i['type'])).toEqual(clicks.map(() => 'choice'));
  expect(recorded.map((i) => i['result'])).toEqual(clicks.map((c) => (c.right ? 'correct' : paths.wrong)));

  // Each question has its own id, kept when it is answered again (a journal, SCORM's
  // "interaction journaling"): so ids are unique per question, not per record.
  const idOf = new Map<string, string>();
  recorded.forEach((interaction, n) => {
    const id = interaction['id'] as string;
    expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/);
    const key = clicks[n]!.key;
    expect(idOf.get(key) ?? id, `question ${key} keeps one id`).toBe(id);
    idOf.set(key, id);
  });
  expect(new Set(idOf.values()).size, 'each question has its own id').toBe(Object.keys(walk.answers).length);

  for (const [n, interaction] of recorded.entries()) {
    const response = interaction[paths.response] as string;
    // 1.2 answers with single characters (the choice's position), 2004 with the choice's id.
    if (version === 'scorm12') expect(response).toMatch(/^[a-z]$/);
    else expect(response).toBe(clicks[n]!.choice);
    expect(response === cmiAt(interaction, 'correct_responses.0.pattern')).toBe(clicks[n]!.right);
    if (version === 'scorm2004') expect(interaction['description'], 'the question in words, on one line').toMatch(/^\S.*\S$/);
  }
}

/** Relaunches from the stored data and checks the learner is back where they were, with their work. */
async function expectResume(version: ScormVersion, stored: StoredCmi, walk: ClickThrough): Promise<void> {
  const { browser, server } = suite.get();
  const run = await launchPackage(browser, server, { version, cmi: carriedOver(version, stored), entry: 'resume' });
  try {
    expect(await shownScreen(run.content)).toBe('#/finish');
    const [firstQuestion, [wrong, right]] = Object.entries(walk.answers)[0]! as [string, string[]];
    const pressed = (choice: string) => run.content.locator(`[data-question="${firstQuestion}"] button.choice[data-choice="${choice}"]`).getAttribute('aria-pressed');
    expect(await pressed(right!)).toBe('true');
    expect(await pressed(wrong!)).toBe('false');
    for (const [key, text] of Object.entries(walk.reflections)) {
      expect(await run.content.locator(`textarea[data-reflection="${key}"]`).inputValue()).toBe(text);
    }
    expect(Object.keys(walk.reflections).length).toBeGreaterThan(0);
    await unloadContent(run);
    const calls = await lmsCalls(run);
    expectOneSession(version, calls);
    expectNoErrors(version, calls, false);
    expect(await runProblems(run)).toBe('');
    const again = await storedCmi(run);
    // Resuming a finished course keeps it finished, and keeps the earlier answers.
    expect(cmiAt(again, version === 'scorm12' ? 'core.lesson_status' : 'success_status')).toBe('passed');
    expect(interactions(again).length).toBe(interactions(stored).length);
  } finally {
    await run.close();
  }
}

/** Launches, greets, goes through the whole course and checks the record. */
async function fullRun(version: ScormVersion, layout: Layout): Promise<{ stored: StoredCmi; walk: ClickThrough }> {
  const { browser, server } = suite.get();
  const run = await launchPackage(browser, server, { version, layout, learnerName: 'Taylor, Sam' });
  try {
    expect(await shownScreen(run.content)).toBe('#/');
    expect(await run.content.locator('[data-screen="#/"] .greeting').textContent()).toBe('Hello Sam.');
    const screens = await courseScreens(run.content);
    const walk = await clickThrough(run.content);
    expect(Object.keys(walk.answers).length).toBeGreaterThan(0);
    expect(Object.values(walk.reflections)).toEqual(Object.keys(walk.reflections).map(reflectionText));
    const stored = await expectFinishedRun(version, run, walk, screens);
    return { stored, walk };
  } finally {
    await run.close();
  }
}

describe.each(['scorm12', 'scorm2004'] as const)('%s in an LMS frame', (version) => {
  let first: { stored: StoredCmi; walk: ClickThrough } | undefined;

  it('goes through the whole course: passed, score 100, bookmark, session time, interactions, no errors', async () => {
    first = await fullRun(version, 'frame');
  }, 90_000);

  it('resumes from the stored data at the bookmark, with answers and reflections restored', async () => {
    if (!first) throw new Error('The first run did not finish, so there is nothing to resume');
    await expectResume(version, first.stored, first.walk);
  }, 30_000);
});

describe('other ways LMSes launch content', () => {
  it('finds the SCORM 1.2 API two frames up (host → frame → frame)', async () => {
    await fullRun('scorm12', 'nested');
  }, 90_000);

  it('finds the SCORM 2004 API on the opener of a popup', async () => {
    await fullRun('scorm2004', 'popup');
  }, 90_000);
});
