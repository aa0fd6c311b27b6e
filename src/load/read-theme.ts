import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compareStrings } from '../diagnostics/diagnostic.js';
import { limits } from './limits.js';
import { tooLarge } from './parse-json.js';
import { displayPath } from './paths.js';

export interface ThemeInput {
  /** `theme/<name>.mustache` files by template name. */
  templates: Map<string, { path: string; text: string }>;
  css?: string;
  customCss?: string;
  /** Theme files that were not read, and why. */
  problems?: Diagnostic[];
}

/**
 * Reads a course's optional `theme/` folder: template overrides and stylesheets. Like a
 * course file, a theme file over 4 MB is measured and reported, never read, and one that
 * cannot be read is reported, not thrown.
 */
export function readTheme(cwd: string, courseDir: string): ThemeInput {
  const dir = join(courseDir, 'theme');
  const theme: ThemeInput = { templates: new Map() };
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort(compareStrings);
  } catch {
    return theme;
  }
  for (const name of names) {
    const path = join(dir, name);
    const used = name.endsWith('.mustache') || name === 'copack.css' || name === 'custom.css';
    if (!used) continue;
    let text: string;
    try {
      const size = statSync(path).size;
      if (size > limits.jsonFileBytes) {
        (theme.problems ??= []).push(tooLarge(displayPath(cwd, path), size));
        continue;
      }
      text = readFileSync(path, 'utf8');
    } catch (error) {
      (theme.problems ??= []).push({
        code: 'build/read-failed',
        severity: 'error',
        file: displayPath(cwd, path),
        line: 1,
        column: 1,
        pointer: '',
        message: `The file could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
        hint: 'Check that you are allowed to read it.',
      });
      continue;
    }
    if (name.endsWith('.mustache')) theme.templates.set(name.slice(0, -'.mustache'.length), { path: displayPath(cwd, path), text });
    else if (name === 'copack.css') theme.css = text;
    else theme.customCss = text;
  }
  return theme;
}
