/**
 * `copack preview` in Chromium: saving a course file reloads the open page with the new
 * words; a build error shows over the page at its file, line and column (as text, never as
 * markup) and goes away when the file is fixed; and the test LMS shows what the LMS records
 * as a learner goes through the course, for SCORM 2004 and 1.2, keeping it across a rebuild.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../src/authoring/preview/preview.js';
import { describeLog, launchChromium, openSite, waitForScreen, type PageLog, type SitePage, type StaticServer } from '../helpers/browser.js';
import { clickThrough } from '../helpers/learner.js';
import { waitForStart } from '../helpers/lms-host.js';
import { runCli } from '../helpers/run-cli.js';
import { makeProject, type ScratchProject } from './scratch-project.js';

let browser: Browser | undefined;
let startFailure: unknown;
beforeAll(async () => {
  try {
    browser = await launchChromium();
  } catch (error) {
    startFailure = error;
  }
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

interface Session {
  project: ScratchProject;
  preview: Preview;
  site: SitePage;
  lessonPath: string;
  coursePath: string;
}

let sessions: Session[] = [];
afterEach(async () => {
  for (const session of sessions) {
    await session.site.context.close();
    await session.preview.close();
    session.project.cleanup();
  }
  sessions = [];
});

/** A new course, previewed, and a fresh browser context whose only allowed server is the preview. */
async function previewInBrowser(): Promise<Session> {
  if (!browser) throw startFailure instanceof Error ? startFailure : new Error(String(startFailure));
  const project = makeProject();
  try {
    expect((await runCli(['new', 'my-course'], project.root)).code).toBe(0);
    const preview = await startPreview({ cwd: project.root, paths: [], port: 0, debounceMs: 50 });
    const site = await openSite(browser, { server: { origin: preview.origin } as StaticServer });
    const courseDir = join(project.root, 'courses', 'my-course');
    const session = { project, preview, site, lessonPath: join(courseDir, 'lessons', 'first-lesson.json'), coursePath: join(courseDir, 'course.json') };
    sessions.push(session);
    return session;
  } catch (error) {
    project.cleanup();
    throw error;
  }
}

const edit = (path: string, from: string, to: string) => {
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

/** The page (or frame) shows `text` somewhere, within `timeout`. */
async function waitForText(page: Page | Frame, text: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((t) => document.body !== null && document.body.textContent!.includes(t), text, { timeout });
}

const overlay = (page: Page) => page.locator('.copack-preview-overlay');

/** Everything the page did wrong, ignoring the event stream cut when the test closes it. */
function problems(log: PageLog): string {
  return describeLog({ ...log, failed: log.failed.filter((line) => !line.includes('/__copack/events')) });
}

describe('copack preview in the browser', () => {
  it('reloads the open page with the new words when a course file is saved', async () => {
    const { site, preview, lessonPath } = await previewInBrowser();
    const { page } = site;
    await page.goto(`${preview.origin}/my-course/site/index.html#/first-lesson/welcome`);
    await waitForScreen(page, '#/first-lesson/welcome');
    await page.evaluate(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true));

    edit(lessonPath, 'Each page has a title and a few points.', 'Each page has a heading and some points.');
    await waitForText(page, 'Each page has a heading and some points.');
    // A real reload (not a patch of the page), on the same screen.
    expect(await page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload)).toBeUndefined();
    await waitForScreen(page, '#/first-lesson/welcome');
    expect(problems(site.log)).toBe('');
  });

  it('shows a build error over the page at file:line:column with its hint, and clears it when fixed', async () => {
    const { site, preview, lessonPath } = await previewInBrowser();
    const { page } = site;
    await page.goto(`${preview.origin}/my-course/site/index.html#/first-lesson/welcome`);
    await waitForScreen(page, '#/first-lesson/welcome');

    const good = readFileSync(lessonPath, 'utf8');
    writeFileSync(lessonPath, '{\n  "id": "first-lesson",\n  "title": \n}\n');
    await overlay(page).waitFor({ state: 'visible', timeout: 15_000 });
    expect(await overlay(page).getAttribute('role')).toBe('alertdialog');
    const where = await overlay(page).locator('.copack-preview-where').allTextContents();
    expect(where).toEqual(['courses/my-course/lessons/first-lesson.json:4:1']);
    expect(await overlay(page).locator('.copack-preview-code').first().textContent()).toBe('json/parse');
    expect(await overlay(page).locator('.copack-preview-message').first().textContent()).not.toBe('');
    expect(await overlay(page).locator('.copack-preview-hint').first().textContent()).toMatch(/^Hint: ./);
    // The last good build is still underneath.
    await waitForScreen(page, '#/first-lesson/welcome');

    writeFileSync(lessonPath, good.replace('Each page has a title and a few points.', 'Fixed and saved.'));
    await waitForText(page, 'Fixed and saved.');
    await overlay(page).waitFor({ state: 'detached', timeout: 15_000 });
    expect(problems(site.log)).toBe('');
  });

  it('shows the overlay on a page opened while the course has errors', async () => {
    const { site, preview, coursePath } = await previewInBrowser();
    edit(coursePath, '"version": "0.1.0"', '"version": "one"');
    await expect.poll(() => preview.status().build, { timeout: 15_000 }).toBeGreaterThan(1);
    await site.page.goto(`${preview.origin}/my-course/site/index.html`);
    await overlay(site.page).waitFor({ state: 'visible', timeout: 15_000 });
    expect(await overlay(site.page).locator('.copack-preview-code').allTextContents()).toContain('schema/pattern');
  });

  it('shows author text in a problem as text, never as markup', async () => {
    const { site, preview, coursePath } = await previewInBrowser();
    const { page } = site;
    await page.goto(`${preview.origin}/my-course/site/index.html`);
    await waitForScreen(page, '#/');
    const name = '<img src=x onerror="window.__pwned=1">';
    edit(coursePath, '"title":', `${JSON.stringify(name)}: 1,\n  "title":`);
    await overlay(page).waitFor({ state: 'visible', timeout: 15_000 });
    expect(await overlay(page).textContent()).toContain(name);
    expect(await overlay(page).locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

describe('the test LMS', () => {
  async function contentFrame(page: Page, origin: string): Promise<Frame> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const frame = page.frames().find((f) => f.url().startsWith(`${origin}/lms/`) && f.url().includes('/package/'));
      if (frame) {
        await waitForStart(frame);
        return frame;
      }
      if (Date.now() > deadline) throw new Error(`no course frame; frames: ${page.frames().map((f) => f.url()).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  const field = (page: Page, name: string) => page.locator(`[data-field="${name}"]`);

  it('shows SCORM 2004 completion, bookmark and saved progress live, and keeps them across a rebuild', async () => {
    const { site, preview, lessonPath } = await previewInBrowser();
    const { page } = site;
    await page.goto(`${preview.origin}/lms/my-course/scorm2004/`);
    const content = await contentFrame(page, preview.origin);
    await expect.poll(() => field(page, 'session').textContent()).toBe('running');
    expect(await field(page, 'completion').textContent()).toBe('incomplete');

    const walk = await clickThrough(content);
    expect(walk.visited.at(-1)).toBe('#/finish');
    await expect.poll(() => field(page, 'completion').textContent()).toBe('completed');
    expect(await field(page, 'location').textContent()).not.toBe('none');
    const saved = (await field(page, 'suspend-data').textContent())!;
    const size = Number(/^([\d,]+) of 4,096 characters$/.exec(saved)?.[1]?.replace(/,/g, ''));
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(4096);
    expect(Number(await field(page, 'interactions').textContent())).toBeGreaterThan(0);

    // A rebuild relaunches the course as a new visit that resumes: what the LMS recorded stays.
    const location = await field(page, 'location').textContent();
    const launches = () => page.evaluate(() => (window as unknown as { copackTestLms: { launches: number } }).copackTestLms.launches);
    expect(await launches()).toBe(1);
    edit(lessonPath, 'Each page has a title and a few points.', 'Each page has a heading and some points.');
    await expect.poll(launches, { timeout: 15_000 }).toBe(2);
    const relaunched = await contentFrame(page, preview.origin);
    await expect.poll(() => field(page, 'session').textContent(), { timeout: 15_000 }).toBe('running');
    expect(await relaunched.evaluate(() => document.body.textContent!.includes('Each page has a heading and some points.'))).toBe(true);
    expect(await field(page, 'completion').textContent()).toBe('completed');
    expect(await field(page, 'location').textContent()).toBe(location);
    expect(problems(site.log)).toBe('');
  });

  it('shows SCORM 1.2 completion after clicking through', async () => {
    const { site, preview } = await previewInBrowser();
    const { page } = site;
    await page.goto(`${preview.origin}/lms/my-course/scorm12/`);
    const content = await contentFrame(page, preview.origin);
    await clickThrough(content);
    await expect.poll(() => field(page, 'completion').textContent()).toBe('completed');
    expect(await field(page, 'suspend-data').textContent()).toMatch(/^[\d,]+ of 4,096 characters$/);
    expect(problems(site.log)).toBe('');
  });
});
