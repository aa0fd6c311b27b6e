import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compareStrings } from '../diagnostics/diagnostic.js';
import { copackVersion } from '../version.js';

/**
 * The build cache in `out/.cache/`: for each course built without errors, a key made from
 * every byte that could change its output, the list of files it wrote, and its diagnostics.
 * A course whose key and files are unchanged is not built again. Anything unknown counts as
 * a change, so the cache can make a build faster but never different.
 */
export interface CacheEntry {
  key: string;
  title: string;
  /** Every file in `out/<id>/`, with its size and time: a file removed or changed by hand is a miss. */
  files: Array<{ path: string; size: number; mtimeMs: number }>;
  diagnostics: Diagnostic[];
}

const cacheFolder = '.cache';
const entryFile = (outDir: string, id: string) => join(outDir, cacheFolder, `${id}.json`);

// From src/package (tests) and dist/package (the CLI) alike, two folders up is the package.
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let copackFingerprint: string | undefined;

/**
 * copack itself, as bytes: its version, its compiled code, its schemas, templates and styles,
 * and the versions of the font and icon-set packages it ships. A new copack, or a copack
 * whose code changed without a new version, never reuses an old build.
 */
function fingerprintCopack(): string {
  if (copackFingerprint) return copackFingerprint;
  const hash = createHash('sha256').update(copackVersion);
  for (const folder of ['dist', 'schemas', join('src', 'render', 'templates'), join('src', 'render', 'theme'), join('src', 'guide', 'templates'), join('src', 'guide', 'theme')]) hashTree(hash, join(packageRoot, folder), packageRoot);
  hashPackageVersions(hash, join(packageRoot, 'node_modules'));
  copackFingerprint = hash.digest('hex');
  return copackFingerprint;
}

/** The versions of installed icon sets and fonts under a `node_modules`, which pictures and the font come from. */
function hashPackageVersions(hash: ReturnType<typeof createHash>, nodeModules: string): void {
  for (const scope of ['@iconify-json', '@fontsource']) {
    const dir = join(nodeModules, scope);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort(compareStrings)) {
      const manifest = join(dir, name, 'package.json');
      if (existsSync(manifest)) hash.update(`${scope}/${name}\0`).update(readFileSync(manifest));
    }
  }
}

/**
 * Every file under `dir` into `hash`: its path from `root`, then its bytes; a link as its
 * target text and, when it leads to a file, that file's bytes.
 */
function hashTree(hash: ReturnType<typeof createHash>, dir: string, root: string): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort(compareStrings);
  } catch {
    hash.update(`missing:${relative(root, dir)}\0`);
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const rel = relative(root, path).split('\\').join('/');
    const info = lstatSync(path);
    if (info.isSymbolicLink()) {
      hash.update(`link:${rel}\0${readlinkSync(path)}\0`);
      try {
        if (statSync(path).isFile()) hash.update(readFileSync(path));
      } catch {
        hash.update('dangling\0');
      }
    } else if (info.isDirectory()) {
      hashTree(hash, path, root);
    } else if (info.isFile()) {
      hash.update(`file:${rel}\0${info.size}\0`).update(readFileSync(path));
    }
  }
}

/** What a build was asked for, besides the course: the same course built another way is another key. */
export interface BuildRequestKey {
  cwd: string;
  targets: readonly string[];
  release: boolean;
  lint: unknown;
}

/**
 * The shared part of every course's key: copack, the project's settings file and icon sets,
 * and what was asked. Worked out once per build.
 */
export function buildKey(request: BuildRequestKey, copack = fingerprintCopack()): string {
  const hash = createHash('sha256').update(copack);
  const config = join(request.cwd, 'copack.config.json');
  hash.update(existsSync(config) ? readFileSync(config) : 'no config');
  hashPackageVersions(hash, join(request.cwd, 'node_modules'));
  hash.update(JSON.stringify({ targets: [...request.targets].sort(), release: request.release, lint: request.lint ?? null }));
  return hash.digest('hex');
}

/** One course's key: the build's key and every file in the course folder. */
export function courseKey(shared: string, courseDir: string): string {
  const hash = createHash('sha256').update(shared).update(basename(courseDir));
  hashTree(hash, courseDir, courseDir);
  return hash.digest('hex');
}

/** The cached build of a course, if its key matches and `out/<id>/` still holds exactly what it wrote. */
export function cachedBuild(outDir: string, id: string, key: string): CacheEntry | undefined {
  let entry: CacheEntry;
  try {
    entry = JSON.parse(readFileSync(entryFile(outDir, id), 'utf8')) as CacheEntry;
  } catch {
    return undefined;
  }
  if (entry.key !== key || !Array.isArray(entry.files)) return undefined;
  const courseOut = join(outDir, id);
  const written = listFiles(courseOut);
  if (written.length !== entry.files.length) return undefined;
  for (const file of entry.files) {
    try {
      const info = statSync(join(courseOut, file.path));
      if (info.size !== file.size || info.mtimeMs !== file.mtimeMs) return undefined;
    } catch {
      return undefined;
    }
  }
  return entry;
}

/** Records a course just written, after its output is in place. Whole or not at all. */
export function storeBuild(outDir: string, id: string, build: { key: string; title: string; diagnostics: readonly Diagnostic[] }): void {
  const courseOut = join(outDir, id);
  const files = listFiles(courseOut).map((path) => {
    const info = statSync(join(courseOut, path));
    return { path, size: info.size, mtimeMs: info.mtimeMs };
  });
  const target = entryFile(outDir, id);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.tmp`;
  writeFileSync(temporary, JSON.stringify({ key: build.key, title: build.title, files, diagnostics: [...build.diagnostics] } satisfies CacheEntry));
  renameSync(temporary, target);
}

/** Forgets a course, as when it fails: the next build starts from its sources. */
export function forgetBuild(outDir: string, id: string): void {
  rmSync(entryFile(outDir, id), { force: true });
}

function listFiles(dir: string, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, path) : [path];
    })
    .sort(compareStrings);
}
