import type { SourceFile } from './source-file.js';
import type { ApprovalsData, CourseData, LessonData } from './course-data.js';

/** A file under `assets/` as the loader found it. Bytes are read once, here, for every later stage. */
export interface Asset {
  /** Path from the course folder, forward slashes, e.g. `assets/plan.svg`. */
  path: string;
  size: number;
  /** Absent when the file was too large to read or is a link out of the course. */
  bytes?: Uint8Array;
  /** A symbolic link whose target is outside the course folder. */
  escapes?: boolean;
}

/** A symbol from an installed icon set, ready to draw as an inline SVG. */
export interface SymbolPicture {
  name: string;
  /** SVG markup inside the `<svg>` element, with any flips and rotations applied. */
  body: string;
  viewBox: string;
  /** The npm package the icon set came from, for the credits. */
  packageName: string;
  license?: string;
}

export interface Lesson {
  id: string;
  source: SourceFile;
  data: LessonData;
}

/**
 * The one model of a course. Made by the loader and validation, then read by every later
 * stage: nothing after this point reads the disk or parses JSON.
 */
export interface Course {
  id: string;
  /** The course folder from the working folder, forward slashes. */
  dir: string;
  source: SourceFile;
  data: CourseData;
  /** Lessons in course order; only lessons whose files loaded and matched the schema. */
  lessons: Lesson[];
  assets: ReadonlyMap<string, Asset>;
  symbols: ReadonlyMap<string, SymbolPicture>;
  approvals?: { source: SourceFile; data: ApprovalsData };
  /** The course's own look, from its `theme/` folder: replacement templates and styles. */
  theme: CourseTheme;
}

export interface CourseTheme {
  /** Template source by name, replacing copack's template of that name. */
  templates: Record<string, string>;
  /** `theme/copack.css`: replaces copack's stylesheet. */
  css?: string;
  /** `theme/custom.css`: added after copack's stylesheet. */
  customCss?: string;
}
