import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compareStrings } from '../diagnostics/diagnostic.js';
import type { Asset } from '../model/course.js';
import type { SourceFile } from '../model/source-file.js';
import { locate } from '../model/source-file.js';
import { readJsonFile } from './read-json-file.js';
import { displayPath, isInside } from './paths.js';
import { readAssets } from './read-assets.js';
import { readTheme, type ThemeInput } from './read-theme.js';

/** copack's own `schemas/` folder, which every course file's `$schema` should lead to. */
export const schemasDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');

/** Everything read from one course folder: the only disk access validation needs. */
export interface CourseInput {
  /** Course folder from the working folder, forward slashes. */
  dir: string;
  folderName: string;
  course?: SourceFile;
  /** Parsed lesson files by file name without `.json`. */
  lessons: Map<string, SourceFile>;
  /** Every `lessons/*.json` file name without `.json`, including those that failed to parse. */
  lessonFileNames: Set<string>;
  approvals?: SourceFile;
  assets: Map<string, Asset>;
  theme: ThemeInput;
  diagnostics: Diagnostic[];
}

type SchemaName = 'course' | 'lesson' | 'approvals';

/** Reads and parses one course folder. Problems become diagnostics; nothing throws for bad input. */
export function readCourse(cwd: string, courseDir: string): CourseInput {
  const diagnostics: Diagnostic[] = [];
  const dir = displayPath(cwd, courseDir);
  const courseReal = realpathSync(courseDir);
  const load = (absolute: string, schema: SchemaName): SourceFile | undefined => {
    const path = displayPath(cwd, absolute);
    // A course file may be a link, but only to a file inside the course.
    if (!linksInside(courseReal, absolute)) {
      diagnostics.push({
        code: 'build/symlink-escape',
        severity: 'error',
        file: path,
        line: 1,
        column: 1,
        pointer: '',
        message: 'This file is a link to a file outside the course, so copack does not read it.',
        hint: 'Copy the real file into the course folder instead of linking to it.',
      });
      return undefined;
    }
    const parsed = readJsonFile(absolute, path);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.file) checkSchemaReference(parsed.file, absolute, schema, diagnostics);
    return parsed.file;
  };

  const course = load(join(courseDir, 'course.json'), 'course');
  const lessons = new Map<string, SourceFile>();
  const lessonFileNames = new Set<string>();
  for (const name of listJsonFiles(join(courseDir, 'lessons'))) {
    const id = name.slice(0, -'.json'.length);
    lessonFileNames.add(id);
    const file = load(join(courseDir, 'lessons', name), 'lesson');
    if (file) lessons.set(id, file);
  }
  const approvalsPath = join(courseDir, 'approvals.json');
  const approvals = existsSync(approvalsPath) ? load(approvalsPath, 'approvals') : undefined;
  // The theme goes into every page: a `theme/` that is a link out of the course is not read.
  const themeDir = join(courseDir, 'theme');
  const themeInside = linksInside(courseReal, themeDir);
  if (!themeInside) {
    diagnostics.push({
      code: 'build/symlink-escape',
      severity: 'error',
      file: displayPath(cwd, themeDir),
      line: 1,
      column: 1,
      pointer: '',
      message: 'The `theme` folder is a link to a folder outside the course, so copack does not read it.',
      hint: 'Copy the templates and styles into the course\'s own `theme/` folder instead of linking to them.',
    });
  }

  const assets = readAssets(courseDir, (absolute, error) =>
    diagnostics.push({
      code: 'build/read-failed',
      severity: 'error',
      file: displayPath(cwd, absolute),
      line: 1,
      column: 1,
      pointer: '',
      message: `The file could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
      hint: 'Check that you are allowed to read it.',
    }),
  );
  const theme: ThemeInput = themeInside ? readTheme(cwd, courseDir) : { templates: new Map() };
  diagnostics.push(...(theme.problems ?? []));

  return {
    dir,
    folderName: basename(courseDir),
    ...(course ? { course } : {}),
    lessons,
    lessonFileNames,
    ...(approvals ? { approvals } : {}),
    assets,
    theme,
    diagnostics,
  };
}

function listJsonFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.json'))
      .map((entry) => entry.name)
      .sort(compareStrings);
  } catch {
    return [];
  }
}

/**
 * Editors only check and complete a file when its `$schema` leads to the right schema,
 * so a wrong or missing path is worth a warning with the exact path to write.
 */
function checkSchemaReference(file: SourceFile, absolute: string, schema: SchemaName, diagnostics: Diagnostic[]): void {
  const expectedName = `${schema}.schema.json`;
  const expected = relative(dirname(absolute), join(schemasDir, expectedName)).split(sep).join('/');
  const value = (file.value as { $schema?: unknown } | null)?.$schema;
  const hint = `Write \`"$schema": "${expected}"\` so your editor can check the file as you type.`;
  const warn = (pointer: string, message: string) =>
    diagnostics.push({ code: 'ref/schema-path', severity: 'warning', file: file.path, ...locate(file, pointer), pointer, message, hint });

  if (typeof file.value !== 'object' || file.value === null || Array.isArray(file.value)) return;
  if (value === undefined) {
    warn('', 'The file has no `$schema`, so editors cannot check it.');
  } else if (typeof value === 'string') {
    // Only a plain relative or absolute path is looked up. A network share (`\\server\share`,
    // `//server/share`), a URL, a drive letter or a NUL is never handed to the file system:
    // on Windows, even checking that a share path exists connects to that server.
    if (/[\\\u0000]|^\/\/|^[a-z][a-z0-9+.-]*:/i.test(value)) {
      warn('/$schema', `\`$schema\` does not lead to copack's \`${expectedName}\`.`);
      return;
    }
    const target = resolve(dirname(absolute), value);
    if (basename(target) !== expectedName || !existsSync(target)) {
      warn('/$schema', `\`$schema\` does not lead to copack's \`${expectedName}\`.`);
    }
  }
  // A `$schema` that is not text is a schema error, reported by validation.
}

/** Does the file (or the link at its path) lead to a place inside the course? A missing file does: reading it reports it. */
function linksInside(courseReal: string, absolute: string): boolean {
  try {
    return isInside(courseReal, realpathSync(absolute));
  } catch {
    return true;
  }
}
