import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import * as zlib from 'node:zlib';
import { loadPackaging, loadPipeline } from './copack.js';
import { repoRoot } from './paths.js';
import { readZipEntries } from './zip-entries.js';
import { crc32 as tableCrc32 } from './pictures.js';

/** `zlib.crc32` from Node 20.15; the bench's own table-driven CRC-32 before that. */
const crc32: (data: Uint8Array) => number = (zlib as { crc32?: (data: Uint8Array) => number }).crc32 ?? ((data) => tableCrc32(data));
import type { BuildOptions } from '../src/pipeline.js';
import type { Course } from '../src/model/course.js';
import type { OutputFile } from '../src/package/plan.js';

export interface TaskResult {
  /** Wall time of the work itself, measured inside the child. */
  workMs: number;
  [detail: string]: unknown;
}

/** One course's rendered site, as the packaging tasks get it. */
export interface SiteInput {
  id: string;
  title: string;
  /** The course folder, from copack's project folder. */
  courseDir: string;
  /** The rendered `site/` folder (for simple-scorm-packager: a scratch copy of it). */
  siteDir: string;
}

interface StageTimerLike {
  timings(): Array<{ stage: string; ms: number }>;
}

/**
 * `copack build --timings`' timer, when this copack has it (src/stage-timer.ts): the build
 * then reports the wall time of each stage. Without it the build is measured whole.
 */
async function stageTimer(): Promise<StageTimerLike | undefined> {
  try {
    const module = (await import(pathToFileURL(join(repoRoot, 'dist', 'stage-timer.js')).href)) as { StageTimer?: new () => StageTimerLike };
    return module.StageTimer ? new module.StageTimer() : undefined;
  } catch {
    return undefined;
  }
}

/** Every file under `dir`, sorted, read once, with paths from `prefix`. */
function readTree(dir: string, prefix: string): OutputFile[] {
  const out: OutputFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...readTree(path, `${prefix}${entry.name}/`));
    else out.push({ path: `${prefix}${entry.name}`, bytes: readFileSync(path) });
  }
  return out;
}

/** Loads one course's model, as packaging needs it for the manifest. Untimed: not packaging work. */
async function loadCourse(cwd: string, courseDir: string): Promise<Course> {
  const { check } = await loadPipeline();
  const course = check({ cwd, paths: [courseDir] }).courses[0];
  if (!course) throw new Error(`${courseDir} did not load`);
  return course;
}

export const tasks = {
  /** (a) and (b): `build()` as `copack build` calls it: every target, easy-read lint on without infos. */
  async 'copack-build'(args: { cwd: string; outDir: string }): Promise<TaskResult> {
    const { build } = await loadPipeline();
    const timer = await stageTimer();
    const options = { cwd: args.cwd, paths: ['courses'], outDir: args.outDir, lint: { infos: false }, ...(timer ? { timer } : {}) } as BuildOptions;
    const start = performance.now();
    const result = await build(options);
    const workMs = performance.now() - start;
    const count = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length;
    return {
      workMs,
      courses: result.checked,
      built: result.outputs.size,
      // Courses taken whole from out/.cache (copack's build cache, when it has one).
      cached: (result as { cached?: string[] }).cached?.length ?? 0,
      errors: count('error'),
      warnings: count('warning'),
      firstErrors: result.diagnostics.filter((d) => d.severity === 'error').slice(0, 5),
      stages: timer?.timings() ?? [],
    };
  },

  /** (c): Eleventy's programmatic API, quiet, rendering `src/` into `_site/`, with the pictures and CSS copied through. */
  async eleventy(args: { dir: string; courseIds: string[] }): Promise<TaskResult> {
    process.chdir(args.dir);
    const specifier = '@11ty/eleventy';
    type EleventyConfig = { setUseGitIgnore(on: boolean): void; addPassthroughCopy(path: string): void };
    type EleventyClass = new (input: string, output: string, options: { quietMode: boolean; config: (c: EleventyConfig) => void }) => {
      write(): Promise<unknown>;
    };
    const { default: Eleventy } = (await import(specifier)) as { default: EleventyClass };
    const start = performance.now();
    const eleventy = new Eleventy('src', '_site', {
      quietMode: true,
      config(config) {
        config.setUseGitIgnore(false);
        for (const id of args.courseIds) {
          config.addPassthroughCopy(`src/${id}/assets`);
          config.addPassthroughCopy(`src/${id}/copack.css`);
        }
      },
    });
    await eleventy.write();
    const workMs = performance.now() - start;
    return { workMs };
  },

  /** (d) reference: simple-scorm-packager, SCORM 1.2, one zip per site folder in turn, its logging silenced. */
  async ssp(args: { sites: SiteInput[]; outDir: string }): Promise<TaskResult> {
    const require = createRequire(import.meta.url);
    type Config = Record<string, unknown>;
    const scopackager = require('simple-scorm-packager') as (config: Config, done: (message: string) => void) => void;
    const log = console.log;
    console.log = () => undefined;
    const start = performance.now();
    try {
      for (const site of args.sites) {
        await new Promise<void>((resolve) =>
          scopackager(
            {
              version: '1.2',
              organization: 'copack bench',
              title: site.title,
              identifier: site.id,
              language: 'en-GB',
              masteryScore: 80,
              startingPage: 'index.html',
              source: site.siteDir,
              package: { zip: true, outputFolder: args.outDir, name: site.id, version: '1.0.0', date: '2026-01-15' },
            },
            () => resolve(),
          ),
        );
      }
    } finally {
      console.log = log;
    }
    return { workMs: performance.now() - start, zips: args.sites.length };
  },

  /**
   * (d) copack: its own packaging stage on the same folders, one course at a time: read the
   * folder's files, `planPackage` for SCORM 1.2 (manifest, schema files), `writeZip`.
   * Loading the course model (for the manifest) is preparation, outside the timing.
   */
  async 'copack-pack'(args: { cwd: string; sites: SiteInput[]; outDir: string }): Promise<TaskResult> {
    const pack = await loadPackaging();
    let workMs = 0;
    let zipMs = 0;
    let inputBytes = 0;
    for (const site of args.sites) {
      const course = await loadCourse(args.cwd, site.courseDir);
      const start = performance.now();
      const entries = pack.planPackage(course, readTree(site.siteDir, 'site/'), 'scorm12', pack.loadSchemaFiles('scorm12'));
      const planned = performance.now();
      await pack.writeZip(join(args.outDir, pack.packageName(site.id, 'scorm12')), entries);
      const end = performance.now();
      workMs += end - start;
      zipMs += end - planned;
      inputBytes += entries.reduce((sum, e) => sum + e.bytes.byteLength, 0);
    }
    return { workMs, zipMs, inputBytes, zips: args.sites.length };
  },

  /**
   * (e): raw `zlib.deflateSync` over the bytes copack deflated in the packaging task's zips
   * (the entries its central directories mark as deflated), at the level `write-zip.ts` uses.
   * The compressed sizes are compared with copack's as a check that the work is the same.
   */
  async zlib(args: { cwd: string; sites: SiteInput[]; zipDir: string; level: number }): Promise<TaskResult> {
    const pack = await loadPackaging();
    let deflateMs = 0;
    let crcMs = 0;
    let inputBytes = 0;
    let deflatedInput = 0;
    let zlibCompressed = 0;
    let copackCompressed = 0;
    for (const site of args.sites) {
      const course = await loadCourse(args.cwd, site.courseDir);
      const entries = pack.planPackage(course, readTree(site.siteDir, 'site/'), 'scorm12', pack.loadSchemaFiles('scorm12'));
      const inZip = new Map(readZipEntries(join(args.zipDir, pack.packageName(site.id, 'scorm12'))).map((e) => [e.name, e]));
      const deflated = entries.filter((e) => inZip.get(e.path)?.method === 8);
      inputBytes += entries.reduce((sum, e) => sum + e.bytes.byteLength, 0);
      deflatedInput += deflated.reduce((sum, e) => sum + e.bytes.byteLength, 0);
      copackCompressed += deflated.reduce((sum, e) => sum + (inZip.get(e.path)?.compressedSize ?? 0), 0);
      const start = performance.now();
      // deflateSync adds a 2-byte header and a 4-byte Adler-32 around the raw deflate a zip holds.
      for (const entry of deflated) zlibCompressed += zlib.deflateSync(entry.bytes, { level: args.level }).byteLength - 6;
      const deflatedAt = performance.now();
      for (const entry of entries) crc32(entry.bytes);
      crcMs += performance.now() - deflatedAt;
      deflateMs += deflatedAt - start;
    }
    return { workMs: deflateMs, deflateMs, crcMs, inputBytes, deflatedInput, zlibCompressed, copackCompressed, sameOutputSize: zlibCompressed === copackCompressed };
  },
} satisfies Record<string, (args: never) => Promise<TaskResult>>;

export type TaskName = keyof typeof tasks;
