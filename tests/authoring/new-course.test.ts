/**
 * `copack new`: a new course builds at once with no errors and no easy-read warnings, its
 * `$schema` paths lead to the schemas, its team has a service-user co-author, the title is
 * written as data, and a bad or taken id is refused in one line with exit code 2.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { livedExperienceRoles, type CourseData, type LessonData } from '../../src/model/course-data.js';
import { schemasDir } from '../../src/load/read-course.js';
import { fallbackTitle } from '../../src/authoring/new-course.js';
import { runCli } from '../helpers/run-cli.js';
import { useProjects } from './scratch-project.js';

const project = useProjects();

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

interface JsonReport {
  errors: number;
  warnings: number;
  diagnostics: Array<{ code: string; severity: string }>;
}

describe('copack new', () => {
  it('makes a course that builds at once: no errors, no easy-read warnings, every page kind, a picture of its own', async () => {
    const { root } = project();
    const made = await runCli(['new', 'my-course'], root);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('courses/my-course/course.json');

    const dir = join(root, 'courses', 'my-course');
    const course = readJson<CourseData>(join(dir, 'course.json'));
    expect(course.id).toBe('my-course');
    expect(course.title).toBe('My course');
    const lessons = readdirSync(join(dir, 'lessons'));
    expect(lessons).toEqual(course.lessons.map((id) => `${id}.json`));
    const lesson = readJson<LessonData>(join(dir, 'lessons', lessons[0]!));
    expect(new Set(lesson.pages.map((page) => page.kind))).toEqual(new Set(['points', 'quiz', 'reflection', 'summary']));
    // The picture in assets/ is one the lesson uses.
    expect(readdirSync(join(dir, 'assets'))).toEqual(['hello.svg']);
    expect(JSON.stringify(lesson)).toContain('"src":"assets/hello.svg"');

    // `$schema` is relative and leads to the project's schemas from where each file is.
    expect(course.$schema).toBe('../../schemas/course.schema.json');
    expect(lesson.$schema).toBe('../../../schemas/lesson.schema.json');
    expect(existsSync(resolve(dir, course.$schema!))).toBe(true);
    expect(existsSync(resolve(join(dir, 'lessons'), lesson.$schema!))).toBe(true);

    const linted = await runCli(['lint', '--format', 'json'], root);
    const lintReport = JSON.parse(linted.stdout) as JsonReport;
    expect(lintReport.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);

    const built = await runCli(['build', '--format', 'json'], root);
    expect(built.code).toBe(0);
    const report = JSON.parse(built.stdout) as JsonReport;
    expect(report.errors).toBe(0);
    // The one warning is the right one: the service users have not agreed the lesson yet.
    expect(report.diagnostics.map((d) => d.code)).toEqual(['approval/not-agreed']);
    for (const file of ['site/index.html', 'my-course-scorm12.zip', 'my-course-scorm2004.zip']) {
      expect(existsSync(join(root, 'out', 'my-course', file)), file).toBe(true);
    }
  });

  it('puts a service-user co-author in the team, not named until they agree to be', async () => {
    const { root } = project();
    await runCli(['new', 'my-course'], root);
    const course = readJson<CourseData>(join(root, 'courses', 'my-course', 'course.json'));
    const livedExperience = course.team.filter((person) => person.roles.some((role) => (livedExperienceRoles as readonly string[]).includes(role)));
    expect(livedExperience.map((person) => person.roles)).toEqual([['service-user']]);
    expect(livedExperience[0]!.consentToBeNamed).toBe(false);
  });

  it('writes the title as data: quotes, backslashes and markup stay text', async () => {
    const { root } = project();
    const title = 'Having "your" say \\ </script><b>';
    expect((await runCli(['new', 'having-your-say', '--title', title], root)).code).toBe(0);
    const course = readJson<CourseData>(join(root, 'courses', 'having-your-say', 'course.json'));
    expect(course.title).toBe(title);
  });

  it('gives a title the easy-read checks accept when the id makes one they do not', async () => {
    const { root } = project();
    // `Beta` is not a common word: as a title made from the id, the course would not build.
    const made = await runCli(['new', 'beta'], root);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`called \`${fallbackTitle}\``);
    expect(readJson<CourseData>(join(root, 'courses', 'beta', 'course.json')).title).toBe(fallbackTitle);
    expect((await runCli(['build'], root)).code).toBe(0);
  });

  it('keeps a title the trainer chose, and says what the checks will find in it', async () => {
    const { root } = project();
    const made = await runCli(['new', 'beta', '--title', 'Beta and gamma'], root);
    expect(made.code).toBe(0);
    expect(made.stderr).toMatch(/courses\/beta\/course\.json:\d+:\d+ {2}lint\/uncommon-word/);
    expect(readJson<CourseData>(join(root, 'courses', 'beta', 'course.json')).title).toBe('Beta and gamma');
  });

  it('points `$schema` at copack\'s own schemas when the project has none', async () => {
    const { root } = project({ schemas: false });
    expect((await runCli(['new', 'my-course'], root)).code).toBe(0);
    const coursePath = join(root, 'courses', 'my-course', 'course.json');
    const course = readJson<CourseData>(coursePath);
    expect(resolve(dirname(coursePath), course.$schema!)).toBe(join(schemasDir, 'course.schema.json'));
    const built = JSON.parse((await runCli(['validate', '--format', 'json'], root)).stdout) as JsonReport;
    expect(built.diagnostics.map((d) => d.code)).not.toContain('ref/schema-path');
  });

  it.each([
    ['capitals and a space', 'My Course', 'my-course'],
    ['a leading digit', '1-course', 'course'],
    ['an underscore', 'my_course', 'my-course'],
    ['a path', '../escape', 'escape'],
    ['too long', `a${'b'.repeat(64)}`, undefined],
  ])('refuses an id with %s, in one line with exit code 2', async (_name, id, suggestion) => {
    const { root } = project();
    const run = await runCli(['new', id], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    if (suggestion) expect(run.stderr).toContain(`\`${suggestion}\``);
    expect(existsSync(join(root, 'courses')) ? readdirSync(join(root, 'courses')) : []).toEqual([]);
  });

  it('refuses a course that is already there, and leaves it as it was', async () => {
    const { root } = project();
    expect((await runCli(['new', 'my-course'], root)).code).toBe(0);
    const coursePath = join(root, 'courses', 'my-course', 'course.json');
    writeFileSync(coursePath, readFileSync(coursePath, 'utf8').replace('My course', 'Our course'));
    const before = readFileSync(coursePath, 'utf8');
    const again = await runCli(['new', 'my-course'], root);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^copack: `courses\/my-course` is already there/);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(coursePath, 'utf8')).toBe(before);
  });

  it('refuses a title that is empty, too long or more than one line', async () => {
    const { root } = project();
    for (const title of ['   ', 'x'.repeat(81), 'Two\nlines']) {
      const run = await runCli(['new', 'my-course', '--title', title], root);
      expect(run.code, JSON.stringify(title)).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(join(root, 'courses', 'my-course'))).toBe(false);
  });

  it('asks for an id when none is given', async () => {
    const run = await runCli(['new'], project().root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/copack new my-course/);
  });
});
