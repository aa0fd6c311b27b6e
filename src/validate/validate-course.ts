import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CourseInput } from '../load/read-course.js';
import type { IconSetResolver } from '../load/icon-sets.js';
import type { Course, SymbolPicture } from '../model/course.js';
import type { ApprovalsData, CourseData, LessonData } from '../model/course-data.js';
import type { SourceFile } from '../model/source-file.js';
import { schemaValidator, type SchemaId } from './schemas.js';
import { schemaDiagnostics } from './schema-errors.js';
import { createReporter, type BaseContext, type Check, type CheckContext, type LessonCheck, type ValidLesson } from './context.js';
import { checkCourseIdentity, checkLessonId } from './checks/identity.js';
import { checkCourseIds, checkLessonIds } from './checks/duplicate-ids.js';
import { checkReferences } from './checks/references.js';
import { checkAnswerable, checkCompletionHasQuiz } from './checks/quizzes.js';
import { checkCourseAssets, checkLessonAssets } from './checks/assets.js';
import { checkTheme } from './check-theme.js';
import { checkApprovers } from './checks/approvals.js';

/** Checks of each lesson on its own: they run even when `course.json` is broken. */
const lessonChecks: readonly LessonCheck[] = [checkLessonId, checkLessonIds, checkAnswerable, checkLessonAssets];
/** Checks across the course: they need a `course.json` that passed its schema. */
const courseChecks: readonly Check[] = [checkCourseIdentity, checkCourseIds, checkReferences, checkCompletionHasQuiz, checkCourseAssets, checkApprovers];

export interface ValidationResult {
  /** Absent when `course.json` is missing, unparsable or fails its schema. */
  course?: Course;
  diagnostics: Diagnostic[];
}

/**
 * Schema checks for every file, then the semantic checks across files. Pure: it reads only
 * the input the loader made (and icon sets, through the resolver it is given).
 */
export function validateCourse(input: CourseInput, icons: IconSetResolver): ValidationResult {
  const diagnostics: Diagnostic[] = [...input.diagnostics, ...checkTheme(input.theme)];
  const passes = <T>(file: SourceFile | undefined, schema: SchemaId): file is SourceFile & { value: T } => {
    if (!file) return false;
    const validate = schemaValidator(schema);
    if (validate(file.value)) return true;
    diagnostics.push(...schemaDiagnostics(file, validate.errors ?? []));
    return false;
  };

  const courseOk = passes<CourseData>(input.course, 'course');
  const lessons: ValidLesson[] = [];
  for (const [id, file] of input.lessons) {
    if (passes<LessonData>(file, 'lesson')) lessons.push({ id, file, data: file.value as LessonData });
  }
  const approvalsOk = passes<ApprovalsData>(input.approvals, 'approvals');

  const base: BaseContext = { input, icons, symbols: new Map<string, SymbolPicture>(), report: createReporter(diagnostics) };
  for (const lesson of lessons) for (const check of lessonChecks) check(lesson, base);
  if (!courseOk || !input.course) return { diagnostics };

  const courseFile = input.course;
  const context: CheckContext = {
    ...base,
    courseFile,
    course: courseFile.value as CourseData,
    lessons,
    ...(approvalsOk && input.approvals ? { approvals: { file: input.approvals, data: input.approvals.value as ApprovalsData } } : {}),
  };
  for (const check of courseChecks) check(context);

  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  const course: Course = {
    id: context.course.id,
    dir: input.dir,
    source: courseFile,
    data: context.course,
    lessons: [...new Set(context.course.lessons)].flatMap((id) => {
      const lesson = byId.get(id);
      return lesson ? [{ id, source: lesson.file, data: lesson.data }] : [];
    }),
    assets: input.assets,
    symbols: context.symbols,
    theme: {
      templates: Object.fromEntries([...input.theme.templates].map(([name, template]) => [name, template.text])),
      ...(input.theme.css !== undefined ? { css: input.theme.css } : {}),
      ...(input.theme.customCss !== undefined ? { customCss: input.theme.customCss } : {}),
    },
    ...(context.approvals ? { approvals: { source: context.approvals.file, data: context.approvals.data } } : {}),
  };
  return { course, diagnostics };
}
