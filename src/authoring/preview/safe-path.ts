/**
 * Turning a request's path into a file inside the preview folder, refusing anything that could
 * lead outside it: `..` and `.` segments (plain or percent-encoded), backslashes, NUL, bad
 * escapes, hidden names (copack's staging folders start with a dot), and links that lead out.
 * Explicit refusal, not the URL parser's silent `..` folding, so a bad path is a 400.
 */
import { realpathSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { isInside } from '../../load/paths.js';

export type RequestPath =
  /** `segments` decoded; `directory` when the path ends in `/`. */
  | { ok: true; segments: string[]; directory: boolean }
  | { ok: false; status: 400 | 404; reason: string };

/** Splits and checks the path of a request target such as `/course/site/index.html?x=1`. */
export function parseRequestPath(target: string): RequestPath {
  const path = target.split(/[?#]/, 1)[0]!;
  if (!path.startsWith('/')) return { ok: false, status: 400, reason: 'not an absolute path' };
  if (/%00|\u0000/i.test(path)) return { ok: false, status: 400, reason: 'NUL in the path' };
  const raw = path.split('/').slice(1);
  const segments: string[] = [];
  for (const [i, part] of raw.entries()) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return { ok: false, status: 400, reason: 'a bad %-escape' };
    }
    if (segment === '..' || segment === '.') return { ok: false, status: 400, reason: 'a `.` or `..` segment' };
    if (/[\\/\u0000-\u001f]/.test(segment)) return { ok: false, status: 400, reason: 'a slash, backslash or control character in a name' };
    if (segment === '') {
      // `//` inside a path is a mistake; a trailing `/` asks for a folder's index.
      if (i === raw.length - 1) continue;
      return { ok: false, status: 400, reason: 'an empty segment' };
    }
    if (segment.startsWith('.')) return { ok: false, status: 404, reason: 'a hidden name' };
    segments.push(segment);
  }
  return { ok: true, segments, directory: path.endsWith('/') };
}

export type FileLookup = { file: string } | { redirect: string } | { status: 404 };

/**
 * The file a checked path names inside `root`: a folder gives its `index.html`, and a folder
 * asked for without its trailing slash is redirected (so relative links in its page work).
 */
export function findFile(root: string, request: { segments: string[]; directory: boolean }, urlPath: string): FileLookup {
  const base = resolve(root);
  const candidate = resolve(base, ...request.segments);
  if (!isInside(base, candidate)) return { status: 404 };
  let file = candidate;
  try {
    if (statSync(file).isDirectory()) {
      if (!request.directory) return { redirect: `${urlPath}/` };
      file = join(file, 'index.html');
    } else if (request.directory) {
      return { status: 404 };
    }
    // The real file, links followed, must still be inside the real root.
    if (!statSync(file).isFile() || !isInside(realpathSync(base), realpathSync(file))) return { status: 404 };
  } catch {
    return { status: 404 };
  }
  return { file };
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.dtd': 'application/xml-dtd',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.zip': 'application/zip',
};

export const contentTypeOf = (path: string) => contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
export const isHtml = (path: string) => /\.html?$/i.test(path);
