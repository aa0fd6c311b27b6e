import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseJson, type ParsedJson } from './parse-json.js';

/**
 * Reads one JSON file from disk and parses it: the one place a course file or the project
 * settings file is read, so a file that cannot be read is reported the same way for both.
 */
export function readJsonFile(absolute: string, path: string): ParsedJson {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    const failed: Diagnostic = {
      code: 'build/read-failed',
      severity: 'error',
      file: path,
      line: 1,
      column: 1,
      pointer: '',
      message: `The file could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
      hint: 'Check that the file exists and that you are allowed to read it.',
    };
    return { diagnostics: [failed] };
  }
  return parseJson(path, bytes);
}
