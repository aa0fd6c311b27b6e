import { rmSync, writeFileSync } from 'node:fs';
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
 * The bytes of a zip of `entries`, in the order given (callers sort them), with fixed dates
 * and permissions: the same entries always give the same bytes. The only archiver code.
 *
 * The zip is gathered in memory, not piped to a file: archiver emits each header field as
 * its own small chunk, and a file stream turns every chunk into a system call, which made
 * writing take three times as long as deflating (docs/performance.md). A course's package
 * is a few megabytes at most, and it holds the same bytes as the entries it is made from.
 */
export function zipBytes(entries: readonly OutputFile[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const archive = new ZipArchive({ zlib: { level: 9 } });
    const chunks: Buffer[] = [];
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      archive.abort();
      reject(error);
    };
    archive.on('data', (chunk: Buffer) => chunks.push(chunk));
    archive.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    archive.on('error', fail);
    archive.on('warning', fail);
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

/**
 * Writes the zip of `entries` at `path`. The file is written once, whole, after the zip is
 * complete; if that write fails part-way (a full disk), what it wrote is deleted before the
 * promise rejects, so no partial zip is ever left.
 */
export async function writeZip(path: string, entries: readonly OutputFile[]): Promise<void> {
  const bytes = await zipBytes(entries);
  try {
    writeFileSync(path, bytes);
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
}
