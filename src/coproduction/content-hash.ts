import { createHash } from 'node:crypto';

/** Keys that change nothing a learner sees: where the schema is, and lint suppressions. */
const invisibleKeys = new Set(['$schema', 'lintIgnore']);

/**
 * Text as a learner sees it: pages collapse runs of spaces and line breaks, so CRLF, LF,
 * indentation inside a string and trailing spaces are formatting, not content. Unicode is
 * composed (NFC) so the same letters typed two ways are the same text.
 */
function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * One spelling of a JSON value, whatever its key order, indentation or line endings: keys
 * sorted by code unit, text normalised, invisible keys left out. Two lessons that look the
 * same to a learner give the same string.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(normaliseText(value));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((key) => !invisibleKeys.has(key))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** `sha256-<hex>`: the form approvals.json stores. */
export function sha256(data: string | Uint8Array): string {
  return `sha256-${createHash('sha256').update(data).digest('hex')}`;
}
