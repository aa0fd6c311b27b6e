import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/load/parse-json.js';

const parse = (text: string | Uint8Array) => parseJson('x.json', typeof text === 'string' ? new TextEncoder().encode(text) : text);
const where = (text: string | Uint8Array) => parse(text).diagnostics.map((d) => [d.code, d.line, d.column]);

describe('parseJson', () => {
  it('parses valid JSON into a value and a tree', () => {
    const { file, diagnostics } = parse('{\n  "a": [1, "b"]\n}\n');
    expect(diagnostics).toEqual([]);
    expect(file?.value).toEqual({ a: [1, 'b'] });
    expect(file?.ast.body.type).toBe('Object');
  });

  it.each([
    ['a trailing comma', '{\n  "a": 1,\n}', 2, 9],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['single quotes', "{\n  'a': 1\n}", 2, 3],
    ['a comment', '{\n  "a": 1 // note\n}', 2, 10],
    ['a bare word', '{ "a": yes }', 1, 8],
    ['a cut-off file', '{\n  "a": [1, 2', 2, 13],
    ['text after the end', '{ "a": 1 } }', 1, 12],
  ])('reports %s at the offending character', (_what, text, line, column) => {
    expect(where(text)).toEqual([['json/parse', line, column]]);
  });

  it('reports an empty file', () => {
    expect(where('')).toEqual([['json/parse', 1, 1]]);
    expect(where('  \n ')).toEqual([['json/parse', 1, 1]]);
  });

  it('reports a BOM but still parses the rest', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a": 1}')]);
    const { file, diagnostics } = parse(bytes);
    expect(diagnostics.map((d) => d.code)).toEqual(['json/bom']);
    expect(file?.value).toEqual({ a: 1 });
  });

  it('reports invalid UTF-8 at the first bad byte', () => {
    const head = new TextEncoder().encode('{\n  "a": "caf');
    const bytes = new Uint8Array([...head, 0xc3, 0x28, ...new TextEncoder().encode('"\n}')]);
    expect(where(bytes)).toEqual([['json/encoding', 2, 12]]);
  });

  it('reports every repeated key at the repeat, and the last one wins', () => {
    const { file, diagnostics } = parse('{\n  "a": 1,\n  "b": 2,\n  "a": 3\n}');
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.pointer])).toEqual([['json/duplicate-key', 4, 3, '/a']]);
    expect(file?.value).toEqual({ a: 3, b: 2 });
  });

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    const deep = `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const [problem] = parse(deep).diagnostics;
    expect(problem?.code).toBe('json/too-deep');
    expect(problem?.line).toBe(1);
  });

  it('refuses a raw line break inside text', () => {
    expect(where('{\n  "a": "one\ntwo"\n}')).toEqual([['json/parse', 2, 12]]);
  });

  it('refuses files over the size limit without parsing them', () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x20);
    expect(where(big)).toEqual([['json/too-large', 1, 1]]);
  });

  it('keeps __proto__ as plain data', () => {
    const { file } = parse('{"__proto__": {"polluted": true}}');
    expect(Object.prototype.hasOwnProperty.call(file?.value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
