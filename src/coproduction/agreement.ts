import type { Course, Lesson } from '../model/course.js';
import type { ApprovalData } from '../model/course-data.js';
import { contentChanges, type ContentChange } from './content-changes.js';
import { lessonContent, type LessonContent } from './lesson-content.js';

/**
 * Where one lesson stands: agreed as it is now, changed since it was agreed (with what
 * changed), or never agreed.
 */
export type LessonAgreement =
  | { lesson: Lesson; state: 'agreed'; content: LessonContent; approval: ApprovalData; index: number }
  | { lesson: Lesson; state: 'changed'; content: LessonContent; approval: ApprovalData; index: number; changes: ContentChange[] }
  | { lesson: Lesson; state: 'never'; content: LessonContent };

export interface CourseAgreement {
  lessons: LessonAgreement[];
  /** Every lesson agreed at its current content: the course may be released. */
  allAgreed: boolean;
}

/**
 * Compares each lesson with its newest agreement in `approvals.json` (the last entry for
 * it: `copack approve` appends). Pure: reads only the model.
 */
export function courseAgreement(course: Course): CourseAgreement {
  const entries = course.approvals?.data.approvals ?? [];
  const lessons = course.lessons.map((lesson): LessonAgreement => {
    const content = lessonContent(course, lesson);
    const index = entries.findLastIndex((entry) => entry.lesson === lesson.id);
    const approval = entries[index];
    if (!approval) return { lesson, state: 'never', content };
    if (approval.hash === content.hash) return { lesson, state: 'agreed', content, approval, index };
    // An agreement without parts (written by hand, or by an older copack) can only say "changed".
    const changes = approval.parts ? contentChanges(approval.parts, content.parts) : [];
    return { lesson, state: 'changed', content, approval, index, changes };
  });
  return { lessons, allAgreed: lessons.every((lesson) => lesson.state === 'agreed') };
}
