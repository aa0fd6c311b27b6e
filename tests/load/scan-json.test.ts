import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../src/load/scan-json.js';

describe('scanJson', () => {
  it('finds a repeated key, however it is escaped and however deep', () => {
    expect(scanJson('{"a":1,"b":2}', 10).duplicateKey).toBe(false);
    expect(scanJson('{"a":1,"a":2}', 10).duplicateKey).toBe(true);
    expect(scanJson('{"a":1,"\\u0061":2}', 10).duplicateKey).toBe(true);
    expect(scanJson('[{"x":{"a":[1,{"a":2}],"b":{"a":3}}}]', 10).duplicateKey).toBe(false);
    expect(scanJson('[{"x":{"a":[1,{"a":2}],"a":{"b":3}}}]', 10).duplicateKey).toBe(true);
    expect(scanJson('{"a":"a","b":"a"}', 10).duplicateKey).toBe(false);
    expect(scanJson('{"a\\"":1,"a":2}', 10).duplicateKey).toBe(false);
  });

  it('finds where nesting passes the limit, on the right line', () => {
    expect(scanJson('[[[]]]', 3).tooDeep).toBeUndefined();
    expect(scanJson('{\n "a": [[[\n]]]}', 3).tooDeep).toEqual({ line: 2, column: 9 });
    expect(scanJson('["[[[[", [1]]', 2).tooDeep).toBeUndefined();
  });

  it('agrees with building the objects, on generated JSON with repeated keys', () => {
    const key = fc.constantFrom('a', 'b', 'é', '"', '\\', '__proto__');
    const json = fc.letrec<{ value: string }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constant('1'),
        fc.string({ maxLength: 4 }).map((s) => JSON.stringify(s)),
        fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
        fc.array(fc.tuple(key, fc.boolean(), tie('value')), { maxLength: 4 }).map(
          (pairs) => `{${pairs.map(([k, escaped, v]) => `${escaped ? JSON.stringify(k).replace(/[a-z]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`) : JSON.stringify(k)}:${v}`).join(',')}}`,
        ),
      ),
    })).value;
    fc.assert(
      fc.property(json, (text) => {
        expect(scanJson(text, 1000).duplicateKey).toBe(hasRepeatedKey(text));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The reference: walk the text with a real tokenizer and compare decoded keys per object. */
function hasRepeatedKey(text: string): boolean {
  let i = 0;
  let found = false;
  const value = (): void => {
    const c = text[i];
    if (c === '{') {
      i++;
      const keys = new Set<string>();
      while (text[i] !== '}') {
        const k = string();
        if (keys.has(k)) found = true;
        keys.add(k);
        i++; // :
        value();
        if (text[i] === ',') i++;
      }
      i++;
    } else if (c === '[') {
      i++;
      while (text[i] !== ']') {
        value();
        if (text[i] === ',') i++;
      }
      i++;
    } else if (c === '"') {
      string();
    } else {
      while (i < text.length && !',]}'.includes(text[i]!)) i++;
    }
  };
  const string = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  value();
  return found;
}
