import type { Position } from '../model/source-file.js';

export interface JsonScan {
  /** The first `{` or `[` past the depth limit, if any. */
  tooDeep?: Position;
  /** Whether some object has the same key twice (meaningful only for text that is valid JSON). */
  duplicateKey: boolean;
}

interface Frame {
  /** The keys seen so far, for an object; undefined for an array. */
  keys?: Set<string>;
  expectKey: boolean;
}

/**
 * One pass over JSON text, without building a tree and without recursion (so no input can
 * overflow the stack): how deep it nests, and whether any object repeats a key. It lets the
 * loader take the platform's fast `JSON.parse` for the clean files that are nearly all of a
 * build, and keep the slower tree parser, with its positions, for files that need reporting.
 * On text that is not JSON it still ends, and its answer about keys is then meaningless.
 */
export function scanJson(text: string, maxDepth: number): JsonScan {
  const stack: Frame[] = [];
  let duplicateKey = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i + 1;
      let escaped = false;
      for (i = start; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) {
          escaped = true;
          i++;
        } else if (d === 34) {
          break;
        } else if (d === 10) {
          // Not allowed in JSON text, but counted so a later position stays right.
          line++;
          lineStart = i + 1;
        }
      }
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        top.expectKey = false;
        const key = escaped ? decodeKey(text.slice(start, i)) : text.slice(start, i);
        if (top.keys.has(key)) duplicateKey = true;
        else top.keys.add(key);
      }
    } else if (c === 10 /* \n */) {
      line++;
      lineStart = i + 1;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (stack.length >= maxDepth) return { tooDeep: { line, column: i - lineStart + 1 }, duplicateKey };
      stack.push(c === 123 ? { keys: new Set(), expectKey: true } : { expectKey: false });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
    } else if (c === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
    }
  }
  return { duplicateKey };
}

/** A key written with escapes (`"\u0061"` is the key `a`), compared as the parsed value has it. */
function decodeKey(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
