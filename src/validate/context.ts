import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { CourseInput } from '../load/read-course.js';
import type { IconSetResolver } from '../load/icon-sets.js';
import type { SymbolPicture } from '../model/course.js';
import type { ApprovalsData, CourseData, LessonData } from '../model/course-data.js';
import type { SourceFile } from '../model/source-file.js';
import { locate } from '../model/source-file.js';

export interface ValidLesson {
  id: string;
  file: SourceFile;
  data: LessonData;
}

/** What every semantic check sees: what was read, and a place to report. */
export interface BaseContext {
  input: CourseInput;
  icons: IconSetResolver;
  /** Symbols found so far, for the model. */
  symbols: Map<string, SymbolPicture>;
  report(problem: Problem): void;
}

/** What a course-wide check sees: `course.json` and the lessons that passed their schemas. */
export interface CheckContext extends BaseContext {
  courseFile: SourceFile;
  course: CourseData;
  /** Lessons whose files passed the lesson schema, in file-name order. */
  lessons: ValidLesson[];
  approvals?: { file: SourceFile; data: ApprovalsData };
}

export interface Problem {
  file: SourceFile;
  pointer: string;
  code: DiagnosticCode;
  message: string;
  hint?: string;
  severity?: Severity;
  /** Point at the property name rather than its value. */
  atKey?: boolean;
}

export function createReporter(diagnostics: Diagnostic[]): (problem: Problem) => void {
  return ({ file, pointer, code, message, hint, severity = 'error', atKey = false }) => {
    diagnostics.push({
      code,
      severity,
      file: file.path,
      ...locate(file, pointer, { key: atKey }),
      pointer,
      message,
      ...(hint ? { hint } : {}),
    });
  };
}

/** A check looks at the course and reports; it never throws for bad input. */
export type Check = (context: CheckContext) => void;

/** A check of one lesson on its own: it runs even when `course.json` is broken. */
export type LessonCheck = (lesson: ValidLesson, context: BaseContext) => void;
