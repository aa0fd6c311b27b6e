import type { Course } from '../model/course.js';
import type { OutputFile } from '../package/plan.js';
import { targetScript } from '../render/render-site.js';
import type { ScormVersion } from './constants.js';
import { buildManifest12 } from './manifest-12.js';
import { buildManifest2004 } from './manifest-2004.js';
import { buildMetadata2004 } from './metadata-2004.js';
import { serialize } from './xml.js';

const encoder = new TextEncoder();
const byPath = (a: OutputFile, b: OutputFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * The entries of one SCORM zip, sorted: the site's files at the root (with the one-line
 * target file saying which LMS API to look for), the manifest listing every one of them as
 * the SCO's files, and the schema files the version requires. Pure.
 */
export function planPackage(course: Course, siteFiles: readonly OutputFile[], version: ScormVersion, schemaFiles: readonly OutputFile[]): OutputFile[] {
  const content = siteFiles
    .filter((file) => file.path.startsWith('site/'))
    .map((file) => {
      const path = file.path.slice('site/'.length);
      return path === 'copack-target.js' ? { path, bytes: encoder.encode(targetScript(version)) } : { path, bytes: file.bytes };
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
