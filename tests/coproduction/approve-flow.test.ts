/**
 * The agreement cycle as a trainer lives it: service users agree the lessons, someone edits a
 * point, `copack status` says exactly what changed, a release build refuses the lesson, the
 * group agrees it again, and the release builds.
 */
import { readFileSync, writeFileSync, appendFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { copySample, sampleId } from '../helpers/sample-copy.js';
import { readZipText } from '../helpers/scorm-package.js';

interface StatusJson {
  courses: Array<{ course: string; allAgreed: boolean; lessons: Array<{ lesson: string; state: string; changes?: Array<{ change: string; part: string }> }> }>;
}

describe('agreeing lessons', () => {
  let sample: ReturnType<typeof copySample>;
  beforeEach(() => {
    sample = copySample();
  });
  afterEach(() => sample.cleanup());

  const cli = (...args: string[]) => runCli(args, sample.root);
  const status = async (): Promise<StatusJson> => JSON.parse((await cli('status', '--format', 'json')).stdout) as StatusJson;
  const lessonFile = (id: string) => join(sample.courseDir, 'lessons', `${id}.json`);
  const approvalsFile = () => join(sample.courseDir, 'approvals.json');
  const buildJson = async (...args: string[]) => {
    const run = await cli('build', ...args, '--format', 'json');
    return { code: run.code, diagnostics: (JSON.parse(run.stdout) as { diagnostics: Array<{ code: string; severity: string; file: string; line: number; message: string }> }).diagnostics };
  };
  const approvalCodes = <T extends { code: string }>(diagnostics: T[]) => diagnostics.filter((d) => d.code.startsWith('approval/'));

  it('the sample course is agreed by its service users, and builds as a release', async () => {
    const { courses } = await status();
    expect(courses[0]!.allAgreed).toBe(true);
    const built = await buildJson('--release', '--target', 'site');
    expect(built.code).toBe(0);
    expect(approvalCodes(built.diagnostics)).toEqual([]);
  });

  it('approve → edit a point → status names that point → release fails naming it → approve again → release passes', async () => {
    rmSync(approvalsFile());
    expect((await cli('approve', sampleId, '--by', 'sam', 'dee', '--present', 'priya', '--date', '2026-11-28')).code).toBe(0);
    expect((await status()).courses[0]!.allAgreed).toBe(true);

    const lesson = 'planning-a-group';
    const data = JSON.parse(readFileSync(lessonFile(lesson), 'utf8'));
    const p = data.pages.findIndex((page: { points?: unknown[] }) => (page.points?.length ?? 0) >= 2);
    const pageId = data.pages[p].id as string;
    data.pages[p].points[1].text = 'We plan the group together, a week before.';
    writeFileSync(lessonFile(lesson), JSON.stringify(data, null, 2));

    const changed = (await status()).courses[0]!.lessons.filter((l) => l.state !== 'agreed');
    expect(changed.map((l) => [l.lesson, l.state, l.changes?.map((c) => `${c.change} ${c.part}`)])).toEqual([
      [lesson, 'changed', [`edited page/${pageId}/point/2`]],
    ]);

    const refused = await buildJson('--release', '--target', 'site');
    expect(refused.code).toBe(1);
    const problems = approvalCodes(refused.diagnostics);
    expect(problems.map((d) => [d.code, d.severity, d.file.endsWith(`${lesson}.json`)])).toEqual([['approval/changed', 'error', true]]);
    expect(problems[0]!.message).toContain(lesson);
    expect(problems[0]!.message).toContain(pageId);
    // The diagnostic points at the edited point, so an editor opens the file there.
    const pointLine = readFileSync(lessonFile(lesson), 'utf8').split('\n').findIndex((line) => line.includes('a week before')) + 1;
    expect(problems[0]!.line).toBeGreaterThan(0);
    expect(Math.abs(problems[0]!.line - pointLine)).toBeLessThanOrEqual(2);
    expect(existsSync(join(sample.root, 'out', sampleId))).toBe(false);

    expect((await cli('approve', sampleId, lesson, '--by', 'dee', '--date', '2026-11-29')).code).toBe(0);
    const released = await buildJson('--release');
    expect(released.code).toBe(0);
    expect(approvalCodes(released.diagnostics)).toEqual([]);
  });

  it("a picture's bytes alone make the lessons that show it changed", async () => {
    const course = JSON.parse(readFileSync(approvalsFile(), 'utf8')) as { approvals: Array<{ lesson: string; parts: Record<string, string> }> };
    const picturePart = Object.keys(course.approvals[0]!.parts).find((part) => part.startsWith('picture/'))!;
    const users = course.approvals.filter((a) => picturePart in a.parts).map((a) => a.lesson);
    appendFileSync(join(sample.courseDir, picturePart.slice('picture/'.length)), '<!-- redrawn -->\n');
    const lessons = (await status()).courses[0]!.lessons.filter((l) => l.state !== 'agreed');
    expect(lessons.map((l) => l.lesson).sort()).toEqual([...users].sort());
    for (const l of lessons) expect(l.changes?.map((c) => `${c.change} ${c.part}`)).toEqual([`edited ${picturePart}`]);
  });

  it('reformatting every file (key order, indentation, CRLF) leaves every lesson agreed', async () => {
    for (const id of JSON.parse(readFileSync(join(sample.courseDir, 'course.json'), 'utf8')).lessons as string[]) {
      const data = JSON.parse(readFileSync(lessonFile(id), 'utf8'));
      const reversed = JSON.parse(JSON.stringify(data, (_key, value) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value)));
      writeFileSync(lessonFile(id), JSON.stringify(reversed, null, 4).replace(/\n/g, '\r\n'));
    }
    expect((await status()).courses[0]!.allAgreed).toBe(true);
  });

  it('a staff member alone cannot agree a lesson, and nothing is written', async () => {
    const before = readFileSync(approvalsFile(), 'utf8');
    const run = await cli('approve', sampleId, '--by', 'priya');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('priya');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(approvalsFile(), 'utf8')).toBe(before);
  });

  it('an unknown team id or lesson is refused with a suggestion', async () => {
    const person = await cli('approve', sampleId, '--by', 'sma');
    expect(person.code).toBe(2);
    expect(person.stderr).toContain('`sam`');
    const lesson = await cli('approve', sampleId, 'planing-a-group', '--by', 'sam');
    expect(lesson.code).toBe(2);
    expect(lesson.stderr).toContain('`planning-a-group`');
  });

  it('a course with errors cannot be agreed', async () => {
    writeFileSync(lessonFile('planning-a-group'), '{ "id": ');
    const before = readFileSync(approvalsFile(), 'utf8');
    const run = await cli('approve', sampleId, '--by', 'sam');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('json/parse');
    expect(readFileSync(approvalsFile(), 'utf8')).toBe(before);
  });

  it('a draft build warns, marks every page a draft and says what is not agreed; a release build records the agreement', async () => {
    rmSync(approvalsFile());
    const draft = await buildJson('--target', 'site,scorm12');
    expect(draft.code).toBe(0);
    const warnings = approvalCodes(draft.diagnostics);
    expect(warnings.length).toBe(7);
    expect(new Set(warnings.map((d) => `${d.code} ${d.severity}`))).toEqual(new Set(['approval/not-agreed warning']));
    const html = readFileSync(join(sample.root, 'out', sampleId, 'site', 'index.html'), 'utf8');
    expect(html).toContain('class="draft-banner"');
    const draftZip = join(sample.root, 'out', sampleId, `${sampleId}-scorm12.zip`);
    expect(readZipText(draftZip, 'index.html')).toContain('class="draft-banner"');
    expect(JSON.parse(readZipText(draftZip, 'copack-agreement.json')).build).toBe('draft');

    expect((await cli('approve', sampleId, '--by', 'sam', '--date', '2026-11-28')).code).toBe(0);
    expect((await buildJson('--release', '--target', 'scorm2004')).code).toBe(0);
    const zip = join(sample.root, 'out', sampleId, `${sampleId}-scorm2004.zip`);
    expect(readZipText(zip, 'index.html')).not.toContain('class="draft-banner"');
    const record = JSON.parse(readZipText(zip, 'copack-agreement.json'));
    expect(record.build).toBe('release');
    expect(record.lessons).toHaveLength(7);
    for (const lesson of record.lessons) {
      expect(lesson.state).toBe('agreed');
      expect(lesson.agreed.hash).toBe(lesson.hash);
      expect(lesson.agreed.date).toBe('2026-11-28');
      expect(lesson.agreed.agreedBy).toEqual([{ id: 'sam', name: 'Sam Okafor', roles: ['expert-by-experience', 'co-facilitator'] }]);
    }
    expect(readZipText(zip, 'imsmanifest.xml')).toContain('href="copack-agreement.json"');
  });
});
