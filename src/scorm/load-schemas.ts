import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutputFile } from '../package/plan.js';
import { scorm12, scorm2004, type ScormVersion } from './constants.js';

const xsdRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'scorm', 'xsd');
const cache = new Map<ScormVersion, OutputFile[]>();

/** The official schema files each version's packages carry at their root, read once. */
export function loadSchemaFiles(version: ScormVersion): OutputFile[] {
  const cached = cache.get(version);
  if (cached) return cached;
  const folder = version === 'scorm12' ? 'scorm12' : 'scorm2004';
  const names = version === 'scorm12' ? scorm12.schemaFiles : scorm2004.schemaFiles;
  const files = names.map((name) => ({ path: name, bytes: readFileSync(join(xsdRoot, folder, name)) }));
  cache.set(version, files);
  return files;
}
