import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OutputFile } from './plan.js';
import { writeZip } from './write-zip.js';

export interface CourseOutput {
  files: readonly OutputFile[];
  zips: ReadonlyArray<{ path: string; entries: readonly OutputFile[] }>;
}

/**
 * Writes one course's files and zips into `out/<id>/` all at once: first into a staging
 * folder beside it, then swapped into place, so `out/<id>/` is never half old and half new
 * and a failure part-way leaves the previous build as it was. `id` has passed the schema's
 * slug pattern, so it cannot leave `out/`.
 */
export async function writeCourseOutput(outDir: string, id: string, output: CourseOutput): Promise<void> {
  const target = join(outDir, id);
  const staging = join(outDir, `.staging-${id}`);
  const previous = join(outDir, `.previous-${id}`);
  rmSync(staging, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  try {
    mkdirSync(staging, { recursive: true });
    for (const file of output.files) {
      const path = join(staging, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.bytes);
    }
    for (const zip of output.zips) await writeZip(join(staging, zip.path), zip.entries);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  try {
    renameSync(target, previous);
  } catch {
    // Nothing built before: there is nothing to keep.
  }
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}
