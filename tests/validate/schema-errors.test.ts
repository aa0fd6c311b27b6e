import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/load/parse-json.js';
import { schemaValidator, type SchemaId } from '../../src/validate/schemas.js';
import { schemaDiagnostics } from '../../src/validate/schema-errors.js';

/** Validates JSON text against a copack schema and returns [code, line, column, pointer] per diagnostic. */
function diagnose(schema: SchemaId, text: string) {
  const file = parseJson('x.json', new TextEncoder().encode(text)).file!;
  const validate = schemaValidator(schema);
  validate(file.value);
  return schemaDiagnostics(file, validate.errors ?? []);
}
const brief = (schema: SchemaId, text: string) => diagnose(schema, text).map((d) => [d.code, d.line, d.column, d.pointer]);

const page = (body: string) => `{"id": "l", "title": "T", "summary": "S", "pages": [\n${body}\n]}`;

describe('ajv errors become diagnostics', () => {
  it('points an unknown property at its key and suggests the near name', () => {
    const [d] = diagnose('lesson', '{"id": "l", "titel": "T", "title": "T", "summary": "S", "pages": [{"id": "a", "kind": "reflection", "title": "T", "prompt": "P"}]}');
    expect([d?.code, d?.line, d?.column, d?.pointer]).toEqual(['schema/additionalProperties', 1, 13, '/titel']);
    expect(d?.hint).toContain('`title`');
  });

  it('lists what is allowed when no name is near', () => {
    const [d] = diagnose('lesson', page('{"id": "a", "kind": "reflection", "title": "T", "prompt": "P", "zzzzzzzz": 1}'));
    expect(d?.code).toBe('schema/additionalProperties');
    expect(d?.hint).toContain('`prompt`');
  });

  it('points a missing property at the object that lacks it, with what it is for', () => {
    const [d] = diagnose('lesson', page('  {"id": "a", "kind": "reflection", "title": "T"}'));
    expect([d?.code, d?.line, d?.column, d?.pointer]).toEqual(['schema/required', 2, 3, '/pages/0']);
    expect(d?.hint).toContain('`prompt`');
  });

  it('names the allowed values of an enum and the closest one', () => {
    const [d] = diagnose('course', '{"id": "c", "title": "T", "summary": "S", "version": "1.0.0", "lessons": ["a"], "team": [{"id": "s", "name": "S", "roles": ["stafff"], "consentToBeNamed": true}], "completion": {"rule": "all-pages"}}');
    expect(d?.code).toBe('schema/enum');
    expect(d?.pointer).toBe('/team/0/roles/0');
    expect(d?.hint).toContain('`staff`');
  });

  it('reports an unknown page kind once, at `kind`', () => {
    expect(brief('lesson', page('{"id": "a", "kind": "pointz", "title": "T"}'))).toEqual([['schema/discriminator', 2, 21, '/pages/0/kind']]);
  });

  it('reports a missing page kind once', () => {
    expect(brief('lesson', page('{"id": "a", "title": "T"}'))).toEqual([['schema/required', 2, 1, '/pages/0']]);
  });

  it('explains a picture with both or neither of src and symbol as one problem', () => {
    const point = (picture: string) => page(`{"id": "a", "kind": "points", "title": "T", "points": [{"text": "x", "picture": ${picture}}]}`);
    expect(brief('lesson', point('{"alt": "a"}'))).toEqual([['schema/oneOf', 2, 81, '/pages/0/points/0/picture']]);
    expect(brief('lesson', point('{"alt": "a", "src": "assets/a.svg", "symbol": "healthicons:happy"}')).map((d) => d[0])).toEqual(['schema/oneOf']);
  });

  it('reports the type a value should have', () => {
    const [d] = diagnose('course', '{"id": "c", "title": 3, "summary": "S", "version": "1.0.0", "lessons": ["a"], "team": [{"id": "s", "name": "S", "roles": ["staff"], "consentToBeNamed": true}], "completion": {"rule": "all-pages"}}');
    expect([d?.code, d?.pointer]).toEqual(['schema/type', '/title']);
  });

  it('uses the schema\'s own words for a failed pattern', () => {
    const [d] = diagnose('lesson', '{"id": "Bad Id", "title": "T", "summary": "S", "pages": [{"id": "a", "kind": "reflection", "title": "T", "prompt": "P"}]}');
    expect(d?.code).toBe('schema/pattern');
    expect(d?.hint).toMatch(/lower-case/);
  });

  it('reports a bad rule id and an empty reason in lintIgnore once each', () => {
    const codes = brief('lesson', '{"id": "l", "title": "T", "summary": "S", "lintIgnore": {"Bad": "x", "ok": ""}, "pages": [{"id": "a", "kind": "reflection", "title": "T", "prompt": "P"}]}');
    expect(codes.map((d) => [d[0], d[3]])).toEqual([
      ['schema/propertyNames', '/lintIgnore/Bad'],
      ['schema/minLength', '/lintIgnore/ok'],
    ]);
  });

  it('needs a pass mark only for the pass-mark rule', () => {
    const course = (completion: string) => `{"id": "c", "title": "T", "summary": "S", "version": "1.0.0", "lessons": ["a"], "team": [{"id": "s", "name": "S", "roles": ["staff"], "consentToBeNamed": true}], "completion": ${completion}}`;
    expect(brief('course', course('{"rule": "pass-mark"}')).map((d) => [d[0], d[3]])).toEqual([['schema/required', '/completion']]);
    expect(brief('course', course('{"rule": "all-pages"}'))).toEqual([]);
  });

  it('explains a bad rule setting as one problem', () => {
    const course = '{"id": "c", "title": "T", "summary": "S", "version": "1.0.0", "lessons": ["a"], "team": [{"id": "s", "name": "S", "roles": ["staff"], "consentToBeNamed": true}], "completion": {"rule": "all-pages"}, "lint": {"rules": {"sentence-length": "loud"}}}';
    expect(brief('course', course).map((d) => [d[0], d[3]])).toEqual([['schema/anyOf', '/lint/rules/sentence-length']]);
  });
});
