/**
 * `copack preview [course]`: builds the course (site and both SCORM packages) into a
 * temporary folder, serves it, and builds again whenever a file in the course (or
 * `copack.config.json`) changes. Builds never overlap: a change during a build starts one
 * more after it. A build with errors keeps the last good one on show, with its problems over it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { discoverCourses } from '../../load/discover.js';
import { build } from '../../pipeline.js';
import { countDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { notCoursesMessage } from '../friendly-usage.js';
import { launchHref, readZipEntries } from './read-zip.js';
import { isLoopbackHost, startPreviewServer, type PreviewContent, type PreviewCourse, type PreviewStatus } from './server.js';
import { scormVersions, type ScormVersion } from './test-lms.js';
import { watchPaths, type Watcher } from './watch.js';

export interface PreviewOptions {
  cwd: string;
  /** Course folders or folders of courses, as for `build`; default `courses/`. */
  paths: readonly string[];
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default 4173; 0 for any free port. */
  port?: number;
  /** The user asked for this host themselves (`--host`): only then may it be off this computer. */
  hostGiven?: boolean;
  /** Lines for the person running it: builds, changes, problems in copack. */
  log?: (line: string) => void;
  debounceMs?: number;
}

export interface Preview {
  origin: string;
  /** Every course's id, with the addresses to open. */
  courses: () => PreviewCourse[];
  status: () => PreviewStatus;
  /** The temporary folder the builds go to (removed on `close`). */
  outDir: string;
  /** Resolves when the build now running, and any queued after it, have finished. */
  settled: () => Promise<void>;
  close: () => Promise<void>;
}

/** A usage problem (exit code 2), said in one line. */
export class PreviewUsageError extends Error {}

export const defaultPreviewPort = 4173;

/** The most errors sent to the overlay; the rest are counted. */
const overlayLimit = 50;

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const cwd = resolve(options.cwd);
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host) && !options.hostGiven) {
    throw new PreviewUsageError(`The preview only runs on this computer (127.0.0.1), not on \`${host}\`. To share it on a network, ask for it with \`--host ${host}\`.`);
  }
  const found = discoverCourses(cwd, options.paths);
  const { notCourses } = found;
  // Found again before each build: a course made while the preview runs joins in.
  let courseDirs = found.courseDirs;
  if (notCourses.length > 0 || courseDirs.length === 0) throw new PreviewUsageError(notCoursesMessage(cwd, options.paths, notCourses.length > 0 ? notCourses : ['courses']));
  const log = options.log ?? (() => undefined);

  const outDir = mkdtempSync(join(tmpdir(), 'copack-preview-'));
  let status: PreviewStatus = { build: 0, building: true, errors: 0, warnings: 0, problems: [], more: 0 };
  const titles = new Map<string, string>();
  const built = new Set<string>();
  const packages = new Map<string, { entries: Map<string, Buffer>; launch: string }>();
  const listeners = new Set<(status: PreviewStatus) => void>();
  const publish = (next: PreviewStatus) => {
    status = next;
    for (const listener of listeners) listener(status);
  };

  const content: PreviewContent = {
    outDir,
    status: () => status,
    courses: () => courseDirs.map((dir) => ({ id: basename(dir), title: titles.get(basename(dir)) ?? basename(dir), built: built.has(basename(dir)) })),
    scormPackage: (courseId, version) => packages.get(`${courseId}/${version}`),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  let running: Promise<void> | undefined;
  let again = false;
  const buildOnce = async () => {
    publish({ ...status, building: true });
    const started = Date.now();
    try {
      const current = discoverCourses(cwd, options.paths).courseDirs;
      if (current.length > 0) courseDirs = current;
      const result = await build({ cwd, paths: options.paths, outDir, lint: { infos: false } });
      for (const [id, title] of result.titles) titles.set(id, title);
      for (const id of result.outputs.keys()) {
        built.add(id);
        for (const version of scormVersions) loadPackage(outDir, id, version, packages);
      }
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      const counts = countDiagnostics(result.diagnostics);
      publish({ build: status.build + 1, building: false, errors: counts.errors, warnings: counts.warnings, problems: errors.slice(0, overlayLimit).map(toProblem), more: Math.max(0, errors.length - overlayLimit) });
      log(
        counts.errors > 0
          ? `Build ${status.build}: ${counts.errors} ${counts.errors === 1 ? 'error' : 'errors'} (shown on the page); ${counts.warnings} ${counts.warnings === 1 ? 'warning' : 'warnings'}.`
          : `Build ${status.build}: done in ${Date.now() - started} ms; ${counts.warnings} ${counts.warnings === 1 ? 'warning' : 'warnings'}.`,
      );
      for (const d of errors.slice(0, 10)) log(`  ${d.file}:${d.line}:${d.column}  ${d.code}  ${d.message}`);
    } catch (error) {
      publish({ build: status.build + 1, building: false, errors: 0, warnings: 0, problems: [], more: 0, failure: `copack failed: ${(error as Error).message}` });
      log(`Build ${status.build}: copack failed: ${(error as Error).message}`);
    }
  };
  const rebuild = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await buildOnce();
      } while (again);
      running = undefined;
    })();
    return running;
  };

  // The server first: a port already taken is said at once, not after a build.
  let server;
  try {
    server = await startPreviewServer(content, { host, port: options.port ?? defaultPreviewPort });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new PreviewUsageError(`Port ${options.port ?? defaultPreviewPort} is in use. Choose another with \`--port\`, or \`--port 0\` for any free port.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new PreviewUsageError(`This computer has no address \`${host}\` to serve on.`);
    throw error;
  }

  let watcher: Watcher | undefined;
  const watchRoots = options.paths.length > 0 ? options.paths.map((p) => resolve(cwd, p)) : [join(cwd, 'courses')];
  watcher = watchPaths(
    [
      ...watchRoots.map((path) => ({ path, recursive: true })),
      // The folder, not the file: editors save by replacing the file, which ends a file watch.
      { path: cwd, recursive: false, accept: (name: string) => name === 'copack.config.json' },
    ],
    (changed) => {
      log(`Changed: ${changed.map((path) => path.slice(cwd.length + 1) || path).slice(0, 3).join(', ')}${changed.length > 3 ? ` and ${changed.length - 3} more` : ''}. Building again…`);
      void rebuild();
    },
    { debounceMs: options.debounceMs ?? 150, onError: (error) => log(`Could not watch a folder: ${error.message}`) },
  );
  // Watching already, so a file saved during the first build starts another.
  await rebuild();

  return {
    origin: server.origin,
    courses: content.courses,
    status: () => status,
    outDir,
    settled: async () => {
      while (running) await running;
    },
    close: async () => {
      watcher?.close();
      watcher = undefined;
      while (running) await running;
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

function toProblem(d: Diagnostic) {
  return { file: d.file, line: d.line, column: d.column, code: d.code, message: d.message, ...(d.hint ? { hint: d.hint } : {}) };
}

/** Reads a package the build wrote into memory, for the test LMS. */
function loadPackage(outDir: string, id: string, version: ScormVersion, packages: Map<string, { entries: Map<string, Buffer>; launch: string }>): void {
  const zip = join(outDir, id, `${id}-${version}.zip`);
  if (!existsSync(zip)) return;
  const entries = readZipEntries(readFileSync(zip));
  packages.set(`${id}/${version}`, { entries, launch: launchHref(entries) });
}
