import { relative, sep } from 'node:path';

/** A path as diagnostics show it: from the working folder, with forward slashes. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

/** Is `child` the same as or inside `parent`? Both absolute and resolved. */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}
