import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { templateNames, type ThemeFiles } from './theme-files.js';

// From src/render (tests) and from dist/render (the CLI) alike, two folders up is the package.
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

/** The font shipped in every site, so every learner sees the same clear letters. */
const fontFiles = ['latin-400-normal', 'latin-700-normal', 'latin-ext-400-normal', 'latin-ext-700-normal'].map(
  (variant) => `atkinson-hyperlegible-${variant}.woff2`,
);

let cached: ThemeFiles | undefined;

/** copack's own theme, read from disk once per process. */
export function loadDefaultTheme(): ThemeFiles {
  if (cached) return cached;
  const read = (...parts: string[]) => readFileSync(join(packageRoot, ...parts), 'utf8');
  const fontDir = dirname(require.resolve('@fontsource/atkinson-hyperlegible/package.json'));
  cached = {
    templates: Object.fromEntries(templateNames.map((name) => [name, read('src', 'render', 'templates', `${name}.mustache`)])),
    css: read('src', 'render', 'theme', 'copack.css'),
    script: readScript(),
    fonts: fontFiles.map((name) => ({ path: `fonts/${name}`, bytes: readFileSync(join(fontDir, 'files', name)) })),
  };
  return cached;
}

function readScript(): string {
  try {
    return readFileSync(join(packageRoot, 'dist', 'client', 'copack.js'), 'utf8');
  } catch {
    throw new Error('The page script is not bundled: run `npm run compile` (npm install does it too).');
  }
}
