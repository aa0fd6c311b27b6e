import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../model/source-file.js';
import { parseJson } from './parse-json.js';
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
  const path = displayPath(cwd, absolute);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return {
      diagnostics: [
        {
          code: 'build/read-failed',
          severity: 'error',
          file: path,
          line: 1,
          column: 1,
          pointer: '',
          message: `The file could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
          hint: 'Check that the file exists and that you are allowed to read it.',
        },
      ],
    };
  }
  const parsed = parseJson(path, bytes);
  return { ...(parsed.file ? { file: parsed.file } : {}), diagnostics: parsed.diagnostics };
}
