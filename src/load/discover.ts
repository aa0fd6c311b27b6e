import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareStrings } from '../diagnostics/diagnostic.js';

export interface Discovery {
  /** Absolute course folders, sorted, without repeats. */
  courseDirs: string[];
  /** Paths the user gave that are neither a course nor a folder of courses. */
  notCourses: string[];
}

const isCourseDir = (dir: string) => existsSync(join(dir, 'course.json'));

/**
 * Each path is a course folder (it has `course.json`) or a folder of course folders, such
 * as `courses/`. With no paths, every course in `courses/`.
 */
export function discoverCourses(cwd: string, paths: readonly string[]): Discovery {
  const courseDirs = new Set<string>();
  const notCourses: string[] = [];
  for (const given of paths.length > 0 ? paths : ['courses']) {
    const dir = resolve(cwd, given);
    if (isCourseDir(dir)) {
      courseDirs.add(dir);
      continue;
    }
    const children = isDirectory(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && isCourseDir(join(dir, entry.name)))
          .map((entry) => join(dir, entry.name))
      : [];
    if (children.length === 0) notCourses.push(given);
    for (const child of children) courseDirs.add(child);
  }
  return { courseDirs: [...courseDirs].sort(compareStrings), notCourses };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
