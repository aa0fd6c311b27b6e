import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OutputFile } from './plan.js';

/**
 * Writes one course's files into `out/<id>/` all at once: first into a temporary folder
 * beside it, then swapped into place, so `out/<id>/` is never half old and half new.
 * `id` has passed the schema's slug pattern, so it cannot leave `out/`.
 */
export function writeCourseOutput(outDir: string, id: string, files: readonly OutputFile[]): void {
  const target = join(outDir, id);
  const staging = join(outDir, `.staging-${id}`);
  const previous = join(outDir, `.previous-${id}`);
  rmSync(staging, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  for (const file of files) {
    const path = join(staging, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.bytes);
  }
  mkdirSync(staging, { recursive: true });
  try {
    renameSync(target, previous);
  } catch {
    // Nothing built before: there is nothing to keep.
  }
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}
