import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OutputFile } from './plan.js';
import { zipBytes } from './write-zip.js';

/** A zip to make: its path inside `out/<id>/` and its entries. */
export interface PlannedZip {
  path: string;
  entries: readonly OutputFile[];
}

export interface CourseOutput {
  files: readonly OutputFile[];
  /** The zips, made already (see `makeZips`): path inside `out/<id>/` and bytes. */
  zips: readonly OutputFile[];
}

/**
 * Makes a course's zips, all at once: zlib deflates on Node's thread pool, so the zips of
 * one course compress side by side, and beside the next course's checks on the main thread.
 */
export async function makeZips(zips: readonly PlannedZip[]): Promise<OutputFile[]> {
  return Promise.all(zips.map(async (zip) => ({ path: zip.path, bytes: await zipBytes(zip.entries) })));
}

/**
 * Writes one course's files and zips into `out/<id>/` all at once: first into a staging
 * folder beside it, then swapped into place, so `out/<id>/` is never half old and half new
 * and a failure part-way leaves the previous build as it was. `id` has passed the schema's
 * slug pattern, so it cannot leave `out/`.
 */
export function writeCourseOutput(outDir: string, id: string, output: CourseOutput): void {
  const target = join(outDir, id);
  const staging = join(outDir, `.staging-${id}`);
  const previous = join(outDir, `.previous-${id}`);
  recoverInterruptedSwap(target, previous);
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(staging, { recursive: true });
    const made = new Set<string>();
    for (const file of [...output.files, ...output.zips]) {
      const path = join(staging, file.path);
      const folder = dirname(path);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      writeFileSync(path, file.bytes);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  swapIntoPlace(staging, target, previous);
}

/**
 * Moves the old build aside, the new one in, and deletes the old one. If the new one cannot
 * be moved in, the old one goes back, so `out/<id>/` is always one whole build (or absent,
 * when there was none). Only a missing old build is expected; any other failure to move it
 * aside stops here, before anything changed.
 */
function swapIntoPlace(staging: string, target: string, previous: string): void {
  let hadPrevious = true;
  try {
    renameSync(target, previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    hadPrevious = false; // Nothing built before: there is nothing to keep.
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadPrevious) renameSync(previous, target);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/**
 * A build killed between the two moves of the swap leaves the old build in `.previous-<id>`
 * and no `out/<id>/`: put it back before anything else, so the only copy is never deleted.
 */
function recoverInterruptedSwap(target: string, previous: string): void {
  if (!existsSync(previous)) return;
  if (!existsSync(target)) renameSync(previous, target);
  else rmSync(previous, { recursive: true, force: true });
}
