import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { Course } from '../model/course.js';
import { coursePictures, lessonAudio, lessonPictures } from '../model/walk.js';
import type { OutputFile } from '../package/plan.js';
import { escapeHtml, targetScript } from '../render/render-site.js';
import type { ScormVersion } from './constants.js';
import { buildManifest12 } from './manifest-12.js';
import { buildManifest2004 } from './manifest-2004.js';
import { buildMetadata2004 } from './metadata-2004.js';
import { serialize } from './xml.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const byPath = (a: OutputFile, b: OutputFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * The entries of one SCORM zip, sorted: the site's files at the root (with the one-line
 * target file saying which LMS API to look for), the manifest listing every one of them as
 * the SCO's files, and the schema files the version requires. Pictures and sounds whose
 * names are not safe in every LMS get safe names (see `safeAssetNames`), and the page is
 * pointed at them. Pure.
 */
export function planPackage(course: Course, siteFiles: readonly OutputFile[], version: ScormVersion, schemaFiles: readonly OutputFile[]): OutputFile[] {
  const site = siteFiles
    .filter((file) => file.path.startsWith('site/'))
    .map((file) => {
      const path = file.path.slice('site/'.length);
      return path === 'copack-target.js' ? { path, bytes: encoder.encode(targetScript(version)) } : { path, bytes: file.bytes };
    });
  const renames = safeAssetNames(site.map((file) => file.path));
  const content = site
    .map((file) => {
      if (file.path === 'index.html' && renames.size > 0) return { path: file.path, bytes: pointPageAt(course, file.bytes, renames) };
      return { path: renames.get(file.path) ?? file.path, bytes: file.bytes };
    })
    .sort(byPath);
  const resourceFiles = content.map((file) => file.path);
  const manifest = version === 'scorm12' ? buildManifest12(course, resourceFiles) : buildManifest2004(course, resourceFiles);
  const packageFiles: OutputFile[] = [
    { path: 'imsmanifest.xml', bytes: encoder.encode(serialize(manifest)) },
    ...schemaFiles,
    ...(version === 'scorm2004' ? [{ path: 'metadata.xml', bytes: encoder.encode(serialize(buildMetadata2004(course))) }] : []),
  ];
  return [...packageFiles, ...content].sort(byPath);
}

/** The zip's file name inside `out/<course-id>/`. */
export const packageName = (courseId: string, version: ScormVersion) => `${courseId}-${version}.zip`;

/** A name every LMS unpacks the same: ASCII letters, digits, `.`, `_` and `-`, not starting with `.` or `-`. */
const safeSegment = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/**
 * New names for the course's own files (`assets/…`) that are not safe in a zip every LMS
 * unpacks alike: names with spaces, accents, other scripts or URL characters (`#`, `?`),
 * and names that differ only in capital letters (one would overwrite the other on Windows,
 * macOS and many LMS servers). A new name is the old one folded to ASCII, with the first 8
 * hex digits of the old path's SHA-256: the same files always get the same names, and two
 * files never share one. Returns old path → new path, for the files renamed only.
 */
export function safeAssetNames(paths: readonly string[]): Map<string, string> {
  const assets = paths.filter((path) => path.startsWith('assets/'));
  const byLowerCase = new Map<string, number>();
  for (const path of paths) byLowerCase.set(path.toLowerCase(), (byLowerCase.get(path.toLowerCase()) ?? 0) + 1);
  const clash = (path: string) => (byLowerCase.get(path.toLowerCase()) ?? 0) > 1;
  const renames = new Map<string, string>();
  const taken = new Set(paths.map((path) => path.toLowerCase()));
  for (const path of [...assets].sort()) {
    if (path.split('/').every((segment) => safeSegment.test(segment)) && !clash(path)) continue;
    const hash = createHash('sha256').update(path).digest('hex');
    let renamed = '';
    for (let length = 8; length <= hash.length; length += 8) {
      renamed = safePath(path, hash.slice(0, length));
      if (!taken.has(renamed.toLowerCase())) break;
    }
    taken.add(renamed.toLowerCase());
    renames.set(path, renamed);
  }
  return renames;
}

function safePath(path: string, hash: string): string {
  const segments = path.split('/');
  const name = segments.pop()!;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? fold(name.slice(dot + 1)).toLowerCase() : '';
  const folders = segments.map((segment) => fold(segment) || 'folder');
  return [...folders, `${fold(stem) || 'file'}-${hash}${extension ? `.${extension}` : ''}`].join('/');
}

/** ASCII letters and digits of `text` (accents dropped), other runs as one `-`, at most 40 characters. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/**
 * The page with each renamed picture and sound pointed at its new name. Templates print a
 * file's path as written in the course, escaped, as a whole attribute value (`src="…"`), so
 * each written form is replaced exactly there; author text can never hold `="` (its quotes
 * are escaped), so nothing else matches.
 */
function pointPageAt(course: Course, page: Uint8Array, renames: ReadonlyMap<string, string>): Uint8Array {
  const written = new Set<string>([
    ...coursePictures(course.source, course.data).map((ref) => ref.picture.src),
    ...course.lessons.flatMap((lesson) => [
      ...lessonPictures(lesson.source, lesson.data).map((ref) => ref.picture.src),
      ...lessonAudio(lesson.source, lesson.data).map((ref) => ref.src),
    ]),
  ].filter((src): src is string => src !== undefined));
  let html = decoder.decode(page);
  for (const src of written) {
    const renamed = renames.get(posix.normalize(src));
    if (renamed) html = html.split(`="${escapeHtml(src)}"`).join(`="${renamed}"`);
  }
  return encoder.encode(html);
}
