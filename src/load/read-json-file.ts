import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { limits } from './limits.js';
import { parseJson, tooLarge, type ParsedJson } from './parse-json.js';

/**
 * Reads one JSON file from disk and parses it: the one place a course file or the project
 * settings file is read, so a file that cannot be read is reported the same way for both.
 * The file's size is checked before a byte is read, so a huge file costs no memory; and it
 * is opened without waiting, so a named pipe or device in its place is reported, not hung on.
 */
export function readJsonFile(absolute: string, path: string): ParsedJson {
  const failed = (reason: string, hint = 'Check that the file exists and that you are allowed to read it.'): ParsedJson => {
    const diagnostic: Diagnostic = { code: 'build/read-failed', severity: 'error', file: path, line: 1, column: 1, pointer: '', message: `The file could not be read (${reason}).`, hint };
    return { diagnostics: [diagnostic] };
  };
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return failed((error as NodeJS.ErrnoException).code ?? 'unknown error');
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return failed('it is not a regular file', 'Put a JSON file here, not a folder, pipe or device.');
    if (info.size > limits.jsonFileBytes) return { diagnostics: [tooLarge(path, info.size)] };
    // Read what is there, up to one byte past the limit, in case the file grew since it was measured.
    const bytes = Buffer.allocUnsafe(Math.min(info.size, limits.jsonFileBytes) + 1);
    let length = 0;
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return parseJson(path, bytes.subarray(0, length));
  } catch (error) {
    return failed((error as NodeJS.ErrnoException).code ?? 'unknown error');
  } finally {
    closeSync(fd);
  }
}
