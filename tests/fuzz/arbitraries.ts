/**
 * fast-check arbitraries for course input: hostile text, values shaped by copack's own
 * schemas, the valid fixture courses as seeds, and the ways a file goes wrong (wrong types,
 * missing and extra keys, huge and empty values, cut-off JSON, random bytes).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fixturesRoot, repoRoot } from '../helpers/fixtures.js';
import type { CourseFiles } from './in-memory.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: unknown };

// ---- Text --------------------------------------------------------------------------------

/** Keys that mean something to JavaScript objects, in every place a key can go. */
export const prototypeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

/** Single units of hostile text: each is a way text has broken a program somewhere. */
const specialUnits = [
  '\u0000', '\u0001', '\u0008', '\u000b', '\u001f', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff',
  '\u202e', '\u202d', '\u200f', '\u200e', '\u2066', '\u2069', '\u061c', // direction overrides and marks
  '\u200b', '\u200d', '\u0301', '\u0336', '\u1160', // zero-width, joiner, combining
  'שלום', 'مرحبا', 'ﷺ', '𝕏', '🧑🏽‍🤝‍🧑🏻', '👩‍👩‍👧‍👦', 'İ', 'ß', 'ǅ', 'Ⅻ', '½', '٣', '𒐫',
  '<', '>', '&', '"', "'", '`', '\\', '/', '{{', '}}', '{{{x}}}', '**', '*', ']]>', '<!--', '-->', '<script>', '</script>', '&amp;', '&#0;',
  '__proto__', 'constructor', 'prototype', '%2e%2e%2f', '../', '\\\\server\\share', 'C:\\', 'javascript:', 'data:text/html,',
  '$&', '$1', '\\u0000', '%s', '\n', '\r\n', '\t', ' ', '  ',
];

/** One unit of text: a lone surrogate, any code point, printable ASCII, or one of the special units. */
const textUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
  { weight: 3, arbitrary: fc.constantFrom(...specialUnits) },
  { weight: 2, arbitrary: fc.constantFrom('We', 'meet', 'the', 'group', 'staff', 'MDT', 'e.g.', '25%', '1,000', 'XIV', '13:45', 'was', 'not', 'never') },
);

/** Hostile text of `min` to `max` units (`.length` may be more: a unit can be several UTF-16 code units). */
export function hostileText(min = 0, max = 40): fc.Arbitrary<string> {
  return fc.string({ unit: textUnit, minLength: min, maxLength: max });
}

/** Text whose UTF-16 length is within the schema's bounds. */
export function boundedText(min: number, max: number): fc.Arbitrary<string> {
  return hostileText(min, Math.min(max, 60)).map((text) => {
    let out = text.slice(0, max);
    while (out.length < min) out += 'a';
    return out;
  });
}

// ---- Values shaped by the schemas ---------------------------------------------------------

export const schemas = {
  course: readSchema('course'),
  lesson: readSchema('lesson'),
  approvals: readSchema('approvals'),
};

function readSchema(name: string): Schema {
  return JSON.parse(readFileSync(join(repoRoot, 'schemas', `${name}.schema.json`), 'utf8')) as Schema;
}

function resolve(root: Schema, schema: Schema): Schema {
  let at = schema;
  for (let i = 0; i < 20 && typeof at['$ref'] === 'string'; i++) {
    const path = (at['$ref'] as string).replace(/^#\//, '').split('/');
    const target = path.reduce<Schema>((node, part) => node[part] as Schema, root);
    const { $ref: _ref, ...rest } = at;
    at = { ...target, ...rest };
  }
  return at;
}

const arbitraryCache = new WeakMap<Schema, fc.Arbitrary<Json>>();

/**
 * A value for `schema` (JSON Schema 2020-12, the keywords copack's schemas use). It follows
 * types, required keys, enums, consts, patterns, lengths and counts (lists kept short), and
 * the page `kind` discriminator. `if`/`then` is not followed, so a few values fail their
 * schema: they are still course files an author could write.
 */
export function schemaArbitrary(root: Schema, input: Schema = root, depth = 0): fc.Arbitrary<Json> {
  const cached = arbitraryCache.get(input);
  if (cached) return cached;
  // Built on first use, once: building the pattern arbitraries is the costly part.
  let built: fc.Arbitrary<Json> | undefined;
  const made = fc.constant(null).chain(() => (built ??= makeArbitrary(root, resolve(root, input), depth)));
  arbitraryCache.set(input, made);
  return made;
}

function makeArbitrary(root: Schema, schema: Schema, depth: number): fc.Arbitrary<Json> {
  if ('const' in schema) return fc.constant(schema['const'] as Json);
  if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as Json[]));
  const branches = (schema['oneOf'] ?? schema['anyOf']) as Schema[] | undefined;
  // A `oneOf` of whole shapes (page kinds, severities): one of them.
  if (branches && !branches.every((b) => Object.keys(b).every((k) => k === 'required'))) {
    return fc.oneof(...branches.map((branch) => schemaArbitrary(root, branch, depth + 1)));
  }
  const type = schema['type'];
  if (type === 'object') return objectArbitrary(root, schema, branches, depth);
  if (type === 'array') {
    if (Array.isArray(schema['prefixItems'])) {
      const tuple = (schema['prefixItems'] as Schema[]).map((item) => schemaArbitrary(root, item, depth + 1));
      return fc.integer({ min: (schema['minItems'] as number) ?? 0, max: tuple.length }).chain((n) => fc.tuple(...tuple.slice(0, n)));
    }
    const item = schema['items'] && typeof schema['items'] === 'object' ? schemaArbitrary(root, schema['items'] as Schema, depth + 1) : fc.constant<Json>(null);
    const minLength = (schema['minItems'] as number | undefined) ?? 0;
    const maxLength = Math.max(minLength, Math.min((schema['maxItems'] as number | undefined) ?? 3, depth > 3 ? minLength : 3));
    return schema['uniqueItems'] ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) }) : fc.array(item, { minLength, maxLength });
  }
  if (type === 'string') {
    const minLength = (schema['minLength'] as number | undefined) ?? 0;
    const maxLength = (schema['maxLength'] as number | undefined) ?? 400;
    if (schema['format'] === 'date') return fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    if (typeof schema['pattern'] === 'string') {
      const pattern = new RegExp(schema['pattern'] as string, 'u');
      return fc.stringMatching(pattern, { size: 'xsmall' }).filter((s) => s.length >= minLength && s.length <= maxLength);
    }
    return boundedText(minLength, maxLength);
  }
  if (type === 'integer') return fc.integer({ min: (schema['minimum'] as number | undefined) ?? -1000, max: (schema['maximum'] as number | undefined) ?? 1000 });
  if (type === 'number') return fc.double({ noNaN: true, noDefaultInfinity: true });
  if (type === 'boolean') return fc.boolean();
  return fc.constant(null);
}

function objectArbitrary(root: Schema, schema: Schema, branches: Schema[] | undefined, depth: number): fc.Arbitrary<Json> {
  const properties = (schema['properties'] as Record<string, Schema> | undefined) ?? {};
  const required = new Set((schema['required'] as string[] | undefined) ?? []);
  const extra = schema['additionalProperties'];
  if (Object.keys(properties).length === 0 && extra && typeof extra === 'object') {
    const names = schema['propertyNames'] as Schema | undefined;
    const key = typeof names?.['pattern'] === 'string' ? fc.stringMatching(new RegExp(names['pattern'] as string), { size: 'xsmall' }) : fc.string({ maxLength: 12 });
    return fc.dictionary(key, schemaArbitrary(root, extra as Schema, depth + 1), { maxKeys: 3 }) as fc.Arbitrary<Json>;
  }
  if (Object.keys(properties).length === 0) return fc.constant({});
  // A picture: `src` or `symbol`, never both, always `alt`.
  const oneOfRequired = branches?.map((b) => (b['required'] as string[])[0]!);
  return fc.constantFrom(...(oneOfRequired ?? [undefined])).chain((chosen) => {
    const keys = Object.keys(properties).filter((k) => !oneOfRequired || k === chosen || !oneOfRequired.includes(k));
    const model = Object.fromEntries(keys.map((k) => [k, schemaArbitrary(root, properties[k]!, depth + 1)]));
    const requiredKeys = keys.filter((k) => required.has(k) || k === chosen);
    return fc.record(model, { requiredKeys }) as fc.Arbitrary<Json>;
  });
}

// ---- Seeds: the valid fixture courses -------------------------------------------------------

export interface SeedCourse {
  name: string;
  course: Json;
  lessons: Map<string, Json>;
  approvals?: Json;
  assets: Map<string, Uint8Array>;
}

/** The valid fixture courses and the sample course, read once. */
export function seedCourses(): SeedCourse[] {
  const dirs = [
    ...readdirSync(join(fixturesRoot, 'valid')).map((name) => join(fixturesRoot, 'valid', name)),
    join(repoRoot, 'courses', 'co-facilitator-training'),
  ];
  return dirs.map((dir) => {
    const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;
    const lessonsDir = join(dir, 'lessons');
    const lessons = new Map(
      readdirSync(lessonsDir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => [name.slice(0, -5), readJson(join(lessonsDir, name))] as const),
    );
    const assets = new Map<string, Uint8Array>();
    const walk = (folder: string, prefix: string) => {
      let names: string[] = [];
      try {
        names = readdirSync(folder).sort();
      } catch {
        return;
      }
      for (const name of names) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) walk(path, `${prefix}/${name}`);
        else assets.set(`${prefix}/${name}`, readFileSync(path));
      }
    };
    walk(join(dir, 'assets'), 'assets');
    const approvalsPath = join(dir, 'approvals.json');
    let approvals: Json | undefined;
    try {
      approvals = readJson(approvalsPath);
    } catch {
      approvals = undefined;
    }
    const name = dir.split('/').at(-1)!;
    return { name, course: readJson(join(dir, 'course.json')), lessons, ...(approvals !== undefined ? { approvals } : {}), assets };
  });
}

const encoder = new TextEncoder();
export const jsonBytes = (value: unknown) => encoder.encode(`${JSON.stringify(value, null, 2)}\n`);

/** A seed as the files of a course folder named after its id. */
export function seedFiles(seed: SeedCourse, course: Json = seed.course, lessons = seed.lessons): CourseFiles {
  const id = (course as { id?: unknown } | null)?.id;
  return {
    folder: typeof id === 'string' ? id : seed.name,
    course: jsonBytes(course),
    lessons: new Map([...lessons].map(([name, lesson]) => [name, jsonBytes(lesson)])),
    ...(seed.approvals !== undefined ? { approvals: jsonBytes(seed.approvals) } : {}),
    assets: seed.assets,
  };
}

// ---- Mutations --------------------------------------------------------------------------

type Path = Array<string | number>;

/** Every place in a value: the paths of every node, root first. */
export function pathsOf(value: Json, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...path, i])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...path, key]));
  return out;
}

const clone = (value: Json): Json => JSON.parse(JSON.stringify(value)) as Json;

/** Sets an own property, even one named `__proto__`, as JSON.parse would. */
function defineKey(target: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function at(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, value);
}

function replaceAt(value: Json, path: Path, replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const copy = clone(value);
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path.at(-1)!;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (Array.isArray(parent)) {
    parent[key as number] = replacement;
  } else {
    defineKey(parent as { [key: string]: Json }, String(key), replacement);
  }
  return copy;
}

/** Parts of a course whose inner values the schemas leave open (rule options, reasons by rule id). */
const openPlaces = (path: Path) => path.some((key) => key === 'lint' || key === 'lintIgnore');

function typeOf(value: Json): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** A value of another type than `value`. */
function wrongType(value: Json): fc.Arbitrary<Json> {
  const choices: Record<string, fc.Arbitrary<Json>> = {
    string: hostileText(0, 20),
    number: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 1e308, -0, 2 ** 53 + 1)),
    boolean: fc.boolean(),
    null: fc.constant(null),
    array: fc.array(fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>, { maxLength: 3 }),
    object: fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...prototypeKeys)), fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>, { maxKeys: 3 }),
  };
  const own = typeOf(value);
  const others = Object.keys(choices).filter((t) => t !== own && !(own === 'number' && t === 'number'));
  return fc.constantFrom(...others).chain((t) => choices[t]!);
}

export interface Mutated {
  value: Json;
  what: string;
  /** The change certainly breaks the schema, so there must be an error. */
  invalid: boolean;
}

/** One change to a JSON value, anywhere in it. */
export function mutation(value: Json): fc.Arbitrary<Mutated> {
  const paths = pathsOf(value);
  return fc.constantFrom(...paths).chain((path): fc.Arbitrary<Mutated> => {
    const node = at(value, path);
    const where = `/${path.join('/')}`;
    const open = openPlaces(path);
    const options: Array<fc.Arbitrary<Mutated>> = [
      wrongType(node).map((v) => ({ value: replaceAt(value, path, v), what: `wrong type at ${where}`, invalid: !open })),
      fc.constantFrom('', ' ', '\u0000', '\ud800', '\u202e').map((s) => ({ value: replaceAt(value, path, typeof node === 'string' ? s : node), what: `odd text at ${where}`, invalid: false })),
      fc.constantFrom(10_000, 100_000).map((n) => ({ value: replaceAt(value, path, typeof node === 'string' ? 'long words '.repeat(n / 10) : node), what: `huge text at ${where}`, invalid: false })),
    ];
    if (path.length > 0) options.push(fc.constant({ value: replaceAt(value, path, undefined), what: `removed ${where}`, invalid: false }));
    if (Array.isArray(node)) {
      options.push(fc.constant({ value: replaceAt(value, path, []), what: `emptied ${where}`, invalid: false }));
      options.push(
        fc.integer({ min: 100, max: 3000 }).map((n) => ({ value: replaceAt(value, path, node.length > 0 ? Array.from({ length: n }, () => clone(node[0]!)) : node), what: `${n} copies in ${where}`, invalid: false })),
      );
    }
    if (node && typeof node === 'object' && !Array.isArray(node)) {
      options.push(
        fc.tuple(fc.oneof(fc.constantFrom(...prototypeKeys), hostileText(0, 8)), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>).map(([key, extra]) => {
          const copy = clone(node) as { [key: string]: Json };
          const known = Object.prototype.hasOwnProperty.call(copy, key);
          defineKey(copy, key, extra);
          return { value: replaceAt(value, path, copy), what: `extra key ${JSON.stringify(key)} at ${where}`, invalid: !open && !known };
        }),
      );
    }
    return fc.oneof(...options);
  });
}

/** Ways the bytes of a file go wrong, whatever was in it. */
export function brokenBytes(text: string): fc.Arbitrary<{ bytes: Uint8Array; what: string }> {
  const bytes = encoder.encode(text);
  const body = text.trimEnd().length;
  return fc.oneof(
    fc.integer({ min: 0, max: Math.max(0, body - 1) }).map((n) => ({ bytes: encoder.encode(text.slice(0, n)), what: `cut off after ${n} characters` })),
    fc.uint8Array({ maxLength: 300 }).map((random) => ({ bytes: random, what: 'random bytes' })),
    fc.tuple(fc.integer({ min: 0, max: bytes.length }), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([n, junk]) => {
      const out = new Uint8Array(bytes.length + junk.length);
      out.set(bytes.subarray(0, n));
      out.set(junk, n);
      out.set(bytes.subarray(n), n + junk.length);
      return { bytes: out, what: `bytes inserted at ${n}` };
    }),
    fc.constant({ bytes: new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le')), what: 'UTF-16 with a BOM' }),
    fc.integer({ min: 0, max: Math.max(0, bytes.length - 1) }).map((n) => {
      const out = bytes.slice();
      out[n] = 0xff;
      return { bytes: out, what: `byte ${n} made 0xFF` };
    }),
    fc.constantFrom('{', '[', '"', '{"a":', '{"a":1,"a":2,"__proto__":{"x":1},"__proto__":{"y":2}}', 'null', '0', '"text"', '[]', '{}', '\u0000', '[[[[[[[[[[[[').map((t) => ({ bytes: encoder.encode(t), what: `the text ${JSON.stringify(t)}` })),
  );
}
