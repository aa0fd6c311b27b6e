import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareStrings } from '../diagnostics/diagnostic.js';
import { displayPath } from './paths.js';

export interface ThemeInput {
  /** `theme/<name>.mustache` files by template name. */
  templates: Map<string, { path: string; text: string }>;
  css?: string;
  customCss?: string;
}

/** Reads a course's optional `theme/` folder: template overrides and stylesheets. */
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
    if (name.endsWith('.mustache')) {
      theme.templates.set(name.slice(0, -'.mustache'.length), { path: displayPath(cwd, path), text: readFileSync(path, 'utf8') });
    } else if (name === 'copack.css') {
      theme.css = readFileSync(path, 'utf8');
    } else if (name === 'custom.css') {
      theme.customCss = readFileSync(path, 'utf8');
    }
  }
  return theme;
}
