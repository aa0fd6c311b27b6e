import { posix } from 'node:path';
import Mustache from 'mustache';
import type { Course } from '../model/course.js';
import { coursePictures, lessonAudio, lessonPictures } from '../model/walk.js';
import type { OutputFile } from '../package/plan.js';
import { toSiteView } from './view-model.js';
import type { ThemeFiles } from './theme-files.js';
import type { CourseAgreement } from '../coproduction/agreement.js';
import { agreementRecord } from '../coproduction/agreement-record.js';

/** Where the course's lessons stand with the service users, and whether this is a release build. */
export interface AgreementState {
  agreement: CourseAgreement;
  release: boolean;
}

const encoder = new TextEncoder();

/**
 * The course's offline site, as files under `site/`: one HTML document holding every screen
 * (so a SCORM session is one page load), the stylesheet, the script, the font and the
 * pictures the course uses. Pure: the same course and theme give the same bytes. With the
 * agreement state, the site shows who agreed what (or that it is a draft) and carries
 * `copack-agreement.json`, the same record for machines.
 */
export function renderSite(course: Course, theme: ThemeFiles, state?: AgreementState): OutputFile[] {
  const templates = { ...theme.templates, ...course.theme.templates };
  const html = Mustache.render(templates.site ?? '', toSiteView(course, state?.agreement), templates, { escape: escapeHtml });
  const css = course.theme.css ?? theme.css;
  const files: OutputFile[] = [
    { path: 'site/index.html', bytes: encoder.encode(html) },
    { path: 'site/copack.css', bytes: encoder.encode(course.theme.customCss ? `${css}\n/* The course's own additions: theme/custom.css */\n${course.theme.customCss}` : css) },
    { path: 'site/copack.js', bytes: encoder.encode(theme.script) },
    { path: 'site/copack-target.js', bytes: encoder.encode(targetScript('site')) },
    ...theme.fonts.map((font) => ({ path: `site/${font.path}`, bytes: font.bytes })),
  ];
  if (state) {
    const record = agreementRecord(course, state.agreement, state.release);
    files.push({ path: 'site/copack-agreement.json', bytes: encoder.encode(`${JSON.stringify(record, null, 2)}\n`) });
  }
  for (const path of usedAssets(course)) {
    const bytes = course.assets.get(path)?.bytes;
    if (bytes) files.push({ path: `site/${path}`, bytes });
  }
  return files;
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escaping for text and for quoted attribute values, which is everywhere templates print.
 * Mustache's own also escapes `/`, `=` and backticks, which is safe but bloats every route.
 */
export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => htmlEntities[c]!);
}

/**
 * The one line that differs between the site and each package: which LMS, if any, the
 * page's script should look for. Everything else is the same bytes in every output.
 */
export function targetScript(target: 'site' | 'scorm12' | 'scorm2004'): string {
  return `window.copackTarget = ${JSON.stringify(target)};\n`;
}

/** The asset files the course's pages show or play, without repeats. */
export function usedAssets(course: Course): string[] {
  const sources = [
    ...coursePictures(course.source, course.data).map((ref) => ref.picture.src),
    ...course.lessons.flatMap((lesson) => [
      ...lessonPictures(lesson.source, lesson.data).map((ref) => ref.picture.src),
      ...lessonAudio(lesson.source, lesson.data).map((ref) => ref.src),
    ]),
  ];
  return [...new Set(sources.filter((src): src is string => src !== undefined).map((src) => posix.normalize(src)))].sort();
}
