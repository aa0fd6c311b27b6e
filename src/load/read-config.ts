import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../model/source-file.js';
import { readJsonFile } from './read-json-file.js';
import { displayPath } from './paths.js';

/** The project settings file, in the folder copack runs from. */
export const projectConfigName = 'copack.config.json';

export interface ProjectConfigInput {
  /** Absent when there is no settings file, or it could not be read or parsed. */
  file?: SourceFile;
  diagnostics: Diagnostic[];
}

/** Reads and parses `copack.config.json` if there is one. Validation happens later, like a course's. */
export function readProjectConfig(cwd: string): ProjectConfigInput {
  const absolute = join(cwd, projectConfigName);
  if (!existsSync(absolute)) return { diagnostics: [] };
  const parsed = readJsonFile(absolute, displayPath(cwd, absolute));
  return { ...(parsed.file ? { file: parsed.file } : {}), diagnostics: parsed.diagnostics };
}
