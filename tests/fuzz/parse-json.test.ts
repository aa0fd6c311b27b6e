/**
 * The JSON reader against anything a file can hold: valid JSON of every shape, the same cut
 * off or with bytes inserted, random bytes, other encodings, deep nesting. It never throws,
 * and it gives either the parsed file or at least one error, never both and never neither.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJson } from '../../src/load/parse-json.js';
import { limits } from '../../src/load/limits.js';
import { brokenBytes, hostileText } from './arbitraries.js';
import { wellFormed } from './in-memory.js';
import { expectPrototypesUnchanged, fuzzParameters, prototypeChanges } from './settings.js';

const encoder = new TextEncoder();

/** JSON with hostile text in its keys and strings, `__proto__` keys included. */
const hostileJson = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText(0, 12),
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(fc.oneof(hostileText(0, 6), fc.constantFrom('__proto__', 'constructor', 'prototype')), tie('value')), { maxLength: 4 }).map((entries) => {
      const object = {};
      for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      return object;
    }),
  ),
})).value;

function checkParse(bytes: Uint8Array): ReturnType<typeof parseJson> {
  const parsed = parseJson('courses/fuzz/lessons/intro.json', bytes);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (!parsed.diagnostics.every(wellFormed)) throw new Error(`a malformed diagnostic: ${JSON.stringify(parsed.diagnostics)}`);
  if (parsed.file === undefined && errors.length === 0) throw new Error('no file and no error');
  // The tree with positions is built only when asked for: it must then exist for any file read.
  if (parsed.file && parsed.file.ast.type !== 'Document') throw new Error('no tree for a file that was read');
  const changes = prototypeChanges();
  if (changes.length > 0) throw new Error(changes.join('; '));
  return parsed;
}

describe('parseJson on generated input', () => {
  afterAll(expectPrototypesUnchanged);

  it('reads every valid JSON text back as the platform does, or reports why not', () => {
    fc.assert(
      fc.property(hostileJson, fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const parsed = checkParse(encoder.encode(text));
        // Lone surrogates are escaped by JSON.stringify, so the text is always valid UTF-8.
        if (parsed.file) expect(parsed.file.value).toEqual(JSON.parse(text));
        // Raw control characters are escaped too: only duplicate keys can be reported.
        else expect(parsed.diagnostics.map((d) => d.code)).toContain('json/duplicate-key');
      }),
      fuzzParameters('parseJson: valid JSON'),
    );
  });

  it('never throws on broken, cut-off or random bytes, and reports an error for each', () => {
    fc.assert(
      fc.property(
        hostileJson.chain((value) => brokenBytes(JSON.stringify(value, null, 1))),
        ({ bytes }) => {
          const parsed = checkParse(bytes);
          // Broken bytes may still happen to be JSON (a cut-off `12` is `1`); then it reads as the platform does.
          if (parsed.file) expect(parsed.file.value).toEqual(JSON.parse(new TextDecoder().decode(bytes)));
        },
      ),
      fuzzParameters('parseJson: broken bytes'),
    );
  });

  it('reports nesting past the limit at the first bracket too deep, however deep it goes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":'), fc.boolean(), (depth, open, closed) => {
        const close = open === '[' ? ']' : '}';
        const text = open.repeat(depth) + (closed ? `1${close.repeat(depth)}` : '');
        const parsed = checkParse(encoder.encode(text));
        if (depth > limits.jsonDepth) expect(parsed.diagnostics.map((d) => d.code)).toEqual(['json/too-deep']);
        else if (closed) expect(parsed.file).toBeDefined();
      }),
      fuzzParameters('parseJson: nesting'),
    );
  });
});
