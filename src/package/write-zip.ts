import { createWriteStream, rmSync } from 'node:fs';
import { ZipArchive } from 'archiver';
import type { OutputFile } from './plan.js';

/**
 * Entry dates for every zip: one fixed moment. archiver writes DOS time from the UTC fields
 * (unless `forceLocalTime`), so a UTC date gives the same bytes in every time zone.
 */
const fixedDate = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/** Files that are compressed already: deflating them again costs time and saves nothing. */
const storedExtensions = /\.(woff2?|png|jpe?g|webp|gif|mp3|ogg|m4a|mp4|zip)$/i;

/**
 * Writes `entries` as a zip at `path`, in the order given (callers sort them), with fixed
 * dates and permissions: the same entries always give the same bytes. The only archiver code.
 * On any failure (a full disk, a bad entry) the archive is stopped, the file closed and
 * deleted, and only then is the promise rejected: no partial zip and no open file are left.
 */
export function writeZip(path: string, entries: readonly OutputFile[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const output = createWriteStream(path);
    const archive = new ZipArchive({ zlib: { level: 9 } });
    let failure: Error | undefined;
    const fail = (error: Error) => {
      if (failure) return;
      failure = error;
      archive.abort();
      output.destroy();
    };
    output.on('close', () => {
      if (!failure) return resolve();
      rmSync(path, { force: true });
      reject(failure);
    });
    output.on('error', fail);
    archive.on('error', fail);
    archive.on('warning', fail);
    archive.pipe(output);
    for (const entry of entries) {
      archive.append(Buffer.from(entry.bytes.buffer, entry.bytes.byteOffset, entry.bytes.byteLength), {
        name: entry.path,
        date: fixedDate,
        mode: 0o644,
        store: storedExtensions.test(entry.path),
      });
    }
    archive.finalize().catch(fail);
  });
}
