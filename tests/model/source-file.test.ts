import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/load/parse-json.js';
import { locate, locateInString, pointerSegments, toPointer } from '../../src/model/source-file.js';

const text = ['{', '  "title": "Hi",', '  "a/b": { "~x": [10, "caf\\u00e9 \\"ok\\" done"] }', '}'].join('\n');
const file = parseJson('x.json', new TextEncoder().encode(text)).file!;

describe('pointers', () => {
  it('round-trips escaped segments', () => {
    expect(toPointer(['a/b', '~x', 1])).toBe('/a~1b/~0x/1');
    expect(pointerSegments('/a~1b/~0x/1')).toEqual(['a/b', '~x', '1']);
    expect(pointerSegments('')).toEqual([]);
  });
});

describe('locate', () => {
  it('finds values, keys and array items', () => {
    expect(locate(file, '')).toEqual({ line: 1, column: 1 });
    expect(locate(file, '/title')).toEqual({ line: 2, column: 12 });
    expect(locate(file, '/title', { key: true })).toEqual({ line: 2, column: 3 });
    expect(locate(file, '/a~1b/~0x/1')).toEqual({ line: 3, column: 23 });
  });

  it('falls back to the deepest node that exists', () => {
    expect(locate(file, '/a~1b/missing/deeper')).toEqual({ line: 3, column: 10 });
    expect(locate(file, '/a~1b/~0x/9')).toEqual({ line: 3, column: 18 });
  });
});

describe('locateInString', () => {
  it('counts escapes as the source has them', () => {
    const pointer = '/a~1b/~0x/1';
    // decoded: `café "ok" done`; `o` of ok is index 6, `d` of done is index 10
    // source: `"caf\u00e9 \"ok\" done"` with its opening quote at column 23
    expect(locateInString(file, pointer, 0)).toEqual({ line: 3, column: 24 });
    expect(locateInString(file, pointer, 6)).toEqual({ line: 3, column: 36 });
    expect(locateInString(file, pointer, 10)).toEqual({ line: 3, column: 41 });
  });
});
