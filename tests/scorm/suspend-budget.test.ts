import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import type { Course } from '../../src/model/course.js';
import type { LessonData, ReflectionPageData } from '../../src/model/course-data.js';
import { checkSuspendBudget } from '../../src/scorm/suspend-budget.js';
import { repoRoot } from '../helpers/fixtures.js';

const [sample] = check({ cwd: repoRoot }).courses as [Course];

describe('the SCORM 1.2 saved-progress budget', () => {
  it('passes the sample course', () => expect(checkSuspendBudget(sample)).toEqual([]));

  it('stops a course whose saved progress could pass 4,096 characters, at course.json', () => {
    const reflection = (i: number): ReflectionPageData => ({ id: `think-${i}`, kind: 'reflection', title: 'Think', prompt: 'What do you think?' });
    const lesson = sample.lessons[0]!;
    const data: LessonData = { ...lesson.data, pages: [...lesson.data.pages, ...Array.from({ length: 12 }, (_, i) => reflection(i))] };
    const big: Course = { ...sample, lessons: [{ ...lesson, data }, ...sample.lessons.slice(1)] };
    const [problem] = checkSuspendBudget(big);
    expect(problem).toMatchObject({ code: 'build/suspend-data-too-large', severity: 'error', file: sample.source.path, pointer: '/lessons' });
  });
});
