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
 * Links are followed only while they stay inside the course; a link out of it is recorded,
 * never read. Files over their size limit are measured, never read into memory.
 */
export function readAssets(courseDir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const courseReal = realpathSync(courseDir);
  const walk = (dir: string, prefix: string, outside: boolean): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort(compareStrings);
    } catch {
      return;
    }
    for (const name of names) {
      const absolute = join(dir, name);
      const path = `${prefix}/${name}`;
      const link = lstatSync(absolute);
      if (link.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(absolute);
        } catch {
          continue; // a dangling link is a missing file
        }
        if (outside || !isInside(courseReal, target)) {
          assets.set(path, { path, size: 0, escapes: true });
          continue;
        }
      }
      const stat = link.isSymbolicLink() ? statSync(absolute) : link;
      if (stat.isDirectory()) {
        if (!link.isSymbolicLink()) walk(absolute, path, outside);
      } else if (outside) {
        assets.set(path, { path, size: stat.size, escapes: true });
      } else if (stat.isFile()) {
        const asset: Asset = { path, size: stat.size };
        if (stat.size <= sizeLimitFor(path)) asset.bytes = readFileSync(absolute);
        assets.set(path, asset);
      }
    }
  };
  const root = join(courseDir, 'assets');
  // `assets/` may itself be a link out of the course: then nothing in it may be read.
  let rootOutside = false;
  try {
    rootOutside = !isInside(courseReal, realpathSync(root));
  } catch {
    return assets;
  }
  walk(root, 'assets', rootOutside);
  return assets;
}
