import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { getIconData } from '@iconify/utils/lib/icon-set/get-icon';
import { iconToSVG } from '@iconify/utils/lib/svg/build';
import type { IconifyJSON } from '@iconify/types';
import type { SymbolPicture } from '../model/course.js';

/** Finds `set:name` symbols in icon sets installed as `@iconify-json/<set>` packages. */
export interface IconSetResolver {
  /** `undefined` when the set is not installed; `null` when the set has no such symbol. */
  resolve(symbol: string): SymbolPicture | null | undefined;
}

interface LoadedSet {
  packageName: string;
  license?: string;
  data: IconifyJSON;
}

/**
 * Icon sets are looked up from the course project first (so trainers can `npm install`
 * any set), then from copack's own dependencies. Each set is read once per process.
 */
export function createIconSetResolver(projectDir: string): IconSetResolver {
  const requireFrom = [createRequire(join(projectDir, 'package.json')), createRequire(import.meta.url)];
  const sets = new Map<string, LoadedSet | undefined>();

  const loadSet = (prefix: string): LoadedSet | undefined => {
    if (sets.has(prefix)) return sets.get(prefix);
    const packageName = `@iconify-json/${prefix}`;
    let loaded: LoadedSet | undefined;
    for (const require of requireFrom) {
      try {
        const path = require.resolve(`${packageName}/icons.json`);
        const data = JSON.parse(readFileSync(path, 'utf8')) as IconifyJSON & { info?: { license?: { spdx?: string } } };
        loaded = { packageName, data, ...(data.info?.license?.spdx ? { license: data.info.license.spdx } : {}) };
        break;
      } catch {
        // Not installed where this require looks; try the next place.
      }
    }
    sets.set(prefix, loaded);
    return loaded;
  };

  return {
    resolve(symbol) {
      const [prefix = '', name = ''] = symbol.split(':');
      const set = loadSet(prefix);
      if (!set) return undefined;
      // Only the set's own names: `constructor` and the like are on every object.
      const own = (record: object | undefined) => record !== undefined && Object.prototype.hasOwnProperty.call(record, name);
      if (!own(set.data.icons) && !own(set.data.aliases)) return null;
      const icon = getIconData(set.data, name);
      if (!icon) return null;
      const svg = iconToSVG(icon);
      return {
        name: symbol,
        body: svg.body,
        viewBox: svg.attributes.viewBox,
        packageName: set.packageName,
        ...(set.license ? { license: set.license } : {}),
      };
    },
  };
}
