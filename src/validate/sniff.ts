/**
 * What a file's first bytes say it is. Browsers and LMSes trust the bytes, not the name,
 * so a `.png` that is really a JPEG (or a web page) is caught at build time.
 */
export type SniffedType = 'svg' | 'png' | 'jpeg' | 'webp' | 'mp3' | 'ogg' | 'm4a' | 'wav' | 'unknown';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

export function sniffType(bytes: Uint8Array): SniffedType {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WAVE'), 8)) return 'wav';
  if (startsWith(bytes, ascii('OggS'))) return 'ogg';
  if (startsWith(bytes, ascii('ftyp'), 4)) return 'm4a';
  if (startsWith(bytes, ascii('ID3')) || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return 'mp3';
  if (looksLikeSvg(bytes)) return 'svg';
  return 'unknown';
}

/** SVG is text: after any XML declaration, comments and doctype, the first element is `<svg`. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const rest = head.replace(/^(\s|<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[\s\S]*?>)*/i, '');
  return /^<svg[\s>]/i.test(rest);
}

/** The type a file name promises. */
export function typeFromName(path: string): SniffedType {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  switch (extension) {
    case 'svg':
    case 'png':
    case 'webp':
    case 'mp3':
    case 'ogg':
    case 'm4a':
    case 'wav':
      return extension;
    case 'jpg':
    case 'jpeg':
      return 'jpeg';
    default:
      return 'unknown';
  }
}
