/**
 * Reads a zip copack wrote into memory, entry name → bytes, so the test LMS serves exactly the
 * package an LMS would be given. Enough of the format (APPNOTE 6.3.x §4.3) for copack's own
 * zips: stored and deflated entries, no encryption, no zip64, no multi-disk.
 */
import { inflateRawSync } from 'node:zlib';

const endOfCentralDirectory = 0x06054b50;
const centralFileHeader = 0x02014b50;
const localFileHeader = 0x04034b50;

export class ZipReadError extends Error {}

export function readZipEntries(zip: Buffer): Map<string, Buffer> {
  // The end record is the last 22 bytes, plus a comment of up to 65,535 bytes.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === endOfCentralDirectory) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipReadError('not a zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== centralFileHeader) throw new ZipReadError(`bad central directory entry ${i}`);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x1) throw new ZipReadError(`${name} is encrypted`);
    if (name.endsWith('/')) continue;
    if (zip.readUInt32LE(localOffset) !== localFileHeader) throw new ZipReadError(`bad local header for ${name}`);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    const bytes = method === 0 ? Buffer.from(data) : method === 8 ? inflateRawSync(data) : undefined;
    if (!bytes) throw new ZipReadError(`${name} uses compression method ${method}`);
    if (bytes.length !== size) throw new ZipReadError(`${name} has ${bytes.length} bytes, not ${size}`);
    entries.set(name, bytes);
  }
  return entries;
}

/** The launch page of a package: the SCO resource's `href` in `imsmanifest.xml` (CAM §3.4.1.17). */
export function launchHref(entries: Map<string, Buffer>): string {
  const manifest = entries.get('imsmanifest.xml')?.toString('utf8') ?? '';
  for (const match of manifest.matchAll(/<resource\b[^>]*>/g)) {
    const tag = match[0];
    if (!/scormtype\s*=\s*"sco"/i.test(tag)) continue;
    const href = /\shref\s*=\s*"([^"]+)"/.exec(tag)?.[1];
    if (href) return href;
  }
  return 'index.html';
}
