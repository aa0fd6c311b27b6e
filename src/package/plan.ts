import type { Course } from '../model/course.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { countDiagnostics } from '../diagnostics/diagnostic.js';
import { copackVersion } from '../version.js';
import { renderSite, type AgreementState } from '../render/render-site.js';
import type { ThemeFiles } from '../render/theme-files.js';

/** One file to write, by its path inside `out/<course-id>/`. */
export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * Every file a course builds into, in memory and sorted, so the same sources always give
 * the same bytes. Pure: no clock, no randomness, no disk.
 */
export function planCourseOutput(course: Course, diagnostics: readonly Diagnostic[], theme: ThemeFiles, state?: AgreementState): OutputFile[] {
  const files: OutputFile[] = [{ path: 'build-summary.json', bytes: json(buildSummary(course, diagnostics, state)) }, ...renderSite(course, theme, state)];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function buildSummary(course: Course, diagnostics: readonly Diagnostic[], state: AgreementState | undefined) {
  const { data } = course;
  const pages = course.lessons.flatMap((lesson) => lesson.data.pages);
  const count = (kind: string) => pages.filter((page) => page.kind === kind).length;
  return {
    copack: copackVersion,
    course: data.id,
    title: data.title,
    version: data.version,
    language: data.language ?? 'en-GB',
    lessons: course.lessons.map((lesson) => ({ id: lesson.id, title: lesson.data.title, pages: lesson.data.pages.length })),
    pages: { total: pages.length, points: count('points'), quiz: count('quiz'), reflection: count('reflection'), summary: count('summary') },
    glossary: data.glossary?.length ?? 0,
    team: data.team.length,
    sessions: data.sessions?.length ?? 0,
    diagnostics: countDiagnostics(diagnostics),
    ...(state
      ? {
          build: state.release ? 'release' : 'draft',
          agreed: { lessons: state.agreement.lessons.filter((lesson) => lesson.state === 'agreed').length, of: state.agreement.lessons.length },
        }
      : {}),
  };
}

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
