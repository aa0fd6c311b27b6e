import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Asset } from '../model/course.js';
import { compareStrings } from '../diagnostics/diagnostic.js';
import { isInside } from './paths.js';
import { limits } from './limits.js';

const audioExtension = /\.(mp3|ogg|m4a|wav)$/i;

/** The most bytes copack will read for an asset of this name: larger files are only measured. */
export function sizeLimitFor(path: string): number {
  return audioExtension.test(path) ? limits.audioBytes : limits.pictureBytes;
}

/**
 * Every file under the course's `assets/` folder, keyed by its path from the course folder.
 * Links are followed only while they stay inside the course. A link out of it, to a file or
 * a folder, is recorded as escaping and never read or walked (it might lead to `/`). Files
 * over their size limit are measured, never read into memory. A file that cannot be read
 * (no permission, gone since it was listed) is passed to `onUnreadable` and left out.
 */
export function readAssets(courseDir: string, onUnreadable: (absolute: string, error: unknown) => void = () => undefined): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const courseReal = realpathSync(courseDir);
  const escapes = (absolute: string): boolean | undefined => {
    try {
      return !isInside(courseReal, realpathSync(absolute));
    } catch {
      return undefined; // a dangling link is a missing file
    }
  };
  const walk = (dir: string, prefix: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort(compareStrings);
    } catch {
      return;
    }
    for (const name of names) {
      const absolute = join(dir, name);
      const path = `${prefix}/${name}`;
      try {
        const link = lstatSync(absolute);
        if (link.isSymbolicLink()) {
          const outside = escapes(absolute);
          if (outside === undefined) continue;
          if (outside) {
            assets.set(path, { path, size: 0, escapes: true });
            continue;
          }
        }
        const stat = link.isSymbolicLink() ? statSync(absolute) : link;
        if (stat.isDirectory()) {
          // A link to a folder inside the course is reached by its real path already.
          if (!link.isSymbolicLink()) walk(absolute, path);
        } else if (stat.isFile()) {
          const asset: Asset = { path, size: stat.size };
          if (stat.size <= sizeLimitFor(path)) asset.bytes = readFileSync(absolute);
          assets.set(path, asset);
        }
      } catch (error) {
        // Not allowed to read it, or gone since it was listed: reported by the caller, and not an asset.
        onUnreadable(absolute, error);
      }
    }
  };
  const root = join(courseDir, 'assets');
  const rootOutside = escapes(root);
  if (rootOutside) assets.set('assets', { path: 'assets', size: 0, escapes: true });
  else if (rootOutside === false) walk(root, 'assets');
  return assets;
}
