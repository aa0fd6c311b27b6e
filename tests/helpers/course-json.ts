/** The authored JSON of a course, read plainly: what the browser tests expect to see on screen. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CourseData, LessonData } from '../../src/index.js';
import { repoRoot } from './fixtures.js';
import { sampleId } from './sample-copy.js';

export interface CourseJson {
  course: CourseData;
  lessons: LessonData[];
}

export function readCourseJson(courseDir = join(repoRoot, 'courses', sampleId)): CourseJson {
  const read = <T>(path: string) => JSON.parse(readFileSync(join(courseDir, path), 'utf8')) as T;
  const course = read<CourseData>('course.json');
  return { course, lessons: course.lessons.map((id) => read<LessonData>(join('lessons', `${id}.json`))) };
}

/** A lesson's questions with their screen hash, in order. */
export function questionsOf(lesson: LessonData) {
  return lesson.pages.flatMap((page) =>
    page.kind === 'quiz' ? page.questions.map((question) => ({ hash: `#/${lesson.id}/${page.id}/${question.id}`, question })) : [],
  );
}

/** One screen of each kind: the screens whose templates differ. */
export function representativeScreens({ lessons }: CourseJson): string[] {
  const pages = lessons.flatMap((lesson) => lesson.pages.map((page) => ({ lesson, page })));
  const first = (kind: string) => pages.find((p) => p.page.kind === kind);
  const screens = ['#/'];
  for (const kind of ['points', 'quiz', 'reflection', 'summary']) {
    const found = first(kind);
    if (!found) continue;
    const { lesson, page } = found;
    screens.push(page.kind === 'quiz' ? `#/${lesson.id}/${page.id}/${page.questions[0]!.id}` : `#/${lesson.id}/${page.id}`);
  }
  return [...screens, '#/glossary', '#/made-together', '#/finish'];
}
