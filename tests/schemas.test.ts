import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

type Schema = Record<string, unknown>;
const names = ['course', 'lesson', 'approvals', 'config'] as const;
const load = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schemas', `${name}.schema.json`), 'utf8')) as Schema;
const schemas = Object.fromEntries(names.map((n) => [n, load(n)])) as Record<(typeof names)[number], Schema>;

/** Every `properties` entry in a schema, with its JSON pointer inside the schema. */
function propertiesOf(schema: Schema): Array<{ name: string; pointer: string; definition: Schema }> {
  const found: Array<{ name: string; pointer: string; definition: Schema }> = [];
  const visit = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${pointer}/${i}`));
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      // Examples are data, and an `if` names a property only to test its value.
      if (key === 'examples' || key === 'defaultSnippets' || key === 'if') continue;
      if (key === 'properties' && typeof value === 'object' && value !== null) {
        for (const [name, definition] of Object.entries(value)) {
          found.push({ name, pointer: `${pointer}/properties/${name}`, definition: definition as Schema });
        }
      }
      visit(value, `${pointer}/${key}`);
    }
  };
  visit(schema, '');
  return found;
}

describe.each(names)('%s.schema.json', (name) => {
  const schema = schemas[name];

  it('is a JSON Schema 2020-12 with an $id, a title and a description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`urn:copack:schema:${name}`);
    expect(schema.title).toBeTypeOf('string');
    expect(schema.description).toBeTypeOf('string');
  });

  it('gives every property a title, a description and examples, as editors show them', () => {
    const missing = propertiesOf(schema)
      .filter(({ definition }) => !(typeof definition.title === 'string' && typeof definition.description === 'string' && Array.isArray(definition.examples) && definition.examples.length > 0))
      .map(({ pointer }) => pointer);
    expect(missing).toEqual([]);
  });

  it('closes every object with additionalProperties: false, so typos are caught', () => {
    const open: string[] = [];
    const visit = (node: unknown, pointer: string) => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Schema;
      if (record.properties && record.additionalProperties !== false) open.push(pointer);
      for (const [key, value] of Object.entries(record)) if (key !== 'examples') visit(value, `${pointer}/${key}`);
    };
    visit(schema, '');
    // An `if` names a property only to test it; it is not an object's definition.
    expect(open.filter((p) => !p.endsWith('/if'))).toEqual([]);
  });

  it('has examples that are valid against their own property', () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false, strictTuples: false, discriminator: true });
    (addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
    ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
    for (const n of names) ajv.addSchema(schemas[n]);
    const invalid = propertiesOf(schema).flatMap(({ pointer, definition }) =>
      ((definition.examples as unknown[]) ?? []).filter((example) => !ajv.validate({ $ref: `urn:copack:schema:${name}#${pointer}` }, example)).map(() => pointer),
    );
    expect(invalid).toEqual([]);
  });
});

describe('shared definitions', () => {
  it('are the same in every schema that has them, so the formats cannot drift apart', () => {
    const defs = (name: (typeof names)[number]) => (schemas[name].$defs ?? {}) as Record<string, unknown>;
    for (const shared of ['slug', 'text', 'picture']) {
      expect(defs('lesson')[shared], shared).toEqual(defs('course')[shared]);
    }
  });
});

describe('docs/course-format.md', () => {
  it('explains every property of every schema', () => {
    const docs = readFileSync(join(repoRoot, 'docs', 'course-format.md'), 'utf8');
    const all = new Set(names.flatMap((n) => propertiesOf(schemas[n]).map((p) => p.name)));
    const undocumented = [...all].filter((property) => !docs.includes(`\`${property}\``)).sort();
    expect(undocumented).toEqual([]);
  });
});

describe('course files in courses/', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'assets') walk(path);
      else if (entry.name.endsWith('.json')) files.push(path);
    }
  };
  walk(join(repoRoot, 'courses'));

  it.each(files.map((f) => [f.slice(repoRoot.length + 1), f]))('%s names its schema by a relative path that resolves', (_name, file) => {
    const value = JSON.parse(readFileSync(file, 'utf8')) as { $schema?: string };
    const kind = basename(file) === 'course.json' ? 'course' : basename(file) === 'approvals.json' ? 'approvals' : 'lesson';
    expect(value.$schema).toBeTypeOf('string');
    expect(value.$schema?.startsWith('.')).toBe(true);
    const target = resolve(dirname(file), value.$schema!);
    expect(target).toBe(join(repoRoot, 'schemas', `${kind}.schema.json`));
    expect(existsSync(target)).toBe(true);
  });
});
