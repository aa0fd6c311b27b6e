/**
 * A copy of the sample course with an HTML, script and attribute-breaking payload in every
 * free-text field of `course.json` and every lesson. Which strings are free text is read from
 * copack's own schemas: a string with an enum, a const, a format or a pattern the payload
 * cannot meet (ids, `$schema`, `src`, `symbol`, versions) is left alone, and every payload
 * is cut to the field's `maxLength`, so the course still builds.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../src/lint/registry.js';
import { repoRoot } from './fixtures.js';
import { copySample } from './sample-copy.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: unknown };

/** Each attacks a different place: element content, attributes, raw-text elements, templates. */
export const payloadParts = [
  `<img src=x onerror=alert(1)>"'><script>window.__pwned=1</script>`,
  `</title></textarea></script><svg onload=window.__pwned=2>`,
  `{{title}} {{{summary}}} &amp; &lt;b&gt; javascript:alert(3)//`,
];

export interface PlantedText {
  /** `course.json` or `lessons/<id>.json`. */
  file: string;
  /** JSON pointer of the field. */
  pointer: string;
  text: string;
}

const skipKeys = new Set(['$schema', 'id', 'src', 'symbol', 'audio']);
/** Fields that name a glossary word: they must keep naming one, so they follow the word. */
const glossaryRefKeys = new Set(['seeAlso', 'words']);

function deref(root: Schema, schema: Schema): Schema[] {
  const chain = [schema];
  let at = schema;
  for (let i = 0; i < 20 && typeof at['$ref'] === 'string'; i++) {
    const ref = at['$ref'] as string;
    if (!ref.startsWith('#/')) break;
    at = ref.slice(2).split('/').reduce<Schema>((node, part) => node[part] as Schema, root);
    chain.push(at);
  }
  return chain;
}

/** Every schema that constrains the value: the node, its `$ref`s, its `allOf`, and the `oneOf`/`anyOf` branches it matches. */
function applicable(root: Schema, schema: Schema, value: Json): Schema[] {
  const out: Schema[] = [];
  for (const node of deref(root, schema)) {
    out.push(node);
    for (const sub of (node['allOf'] as Schema[] | undefined) ?? []) out.push(...applicable(root, sub, value));
    for (const key of ['oneOf', 'anyOf'] as const) {
      for (const branch of (node[key] as Schema[] | undefined) ?? []) {
        const resolved = deref(root, branch);
        const props = resolved.map((s) => s['properties'] as Record<string, Schema> | undefined).find(Boolean);
        // A branch is taken when every `const` it sets matches (the page `kind` discriminator).
        const consts = Object.entries(props ?? {}).filter(([, p]) => p && 'const' in p);
        const matches = value !== null && typeof value === 'object' && !Array.isArray(value) && consts.length > 0 && consts.every(([k, p]) => value[k] === p['const']);
        if (matches) out.push(...applicable(root, branch, value));
      }
    }
  }
  return out;
}

function childSchema(schemas: Schema[], key: string | number): Schema | undefined {
  for (const s of schemas) {
    if (typeof key === 'number') {
      if (s['items'] && typeof s['items'] === 'object') return s['items'] as Schema;
    } else {
      const props = s['properties'] as Record<string, Schema> | undefined;
      if (props?.[key]) return props[key];
    }
  }
  if (typeof key === 'string') {
    const extra = schemas.find((s) => s['additionalProperties'] && typeof s['additionalProperties'] === 'object');
    if (extra) return extra['additionalProperties'] as Schema;
  }
  return undefined;
}

interface Planter {
  next: () => number;
  planted: PlantedText[];
  /** Glossary word (lower case) → its planted replacement, made before the walk. */
  words: Map<string, string>;
}

const isGlossaryWord = (path: Array<string | number>) =>
  path[0] === 'glossary' && (path.length === 3 ? path[2] === 'term' : path.length === 4 && path[2] === 'forms');

function plant(root: Schema, schema: Schema | undefined, value: Json, path: Array<string | number>, file: string, planter: Planter): Json {
  if (!schema) return value;
  const schemas = applicable(root, schema, value);
  const key = path.at(-1);
  const parentKey = path.at(-2);
  if (typeof value === 'string') {
    if (typeof key === 'string' && skipKeys.has(key)) return value;
    const word = planter.words.get(value.trim().toLowerCase());
    if (typeof parentKey === 'string' && glossaryRefKeys.has(parentKey)) {
      if (!word) throw new Error(`${file}: \`${value}\` at /${path.join('/')} names no glossary word`);
      return word;
    }
    const text = file === 'course.json' && isGlossaryWord(path) ? word! : payloadFor(planter.next(), schemas);
    if (text === null) return value;
    planter.planted.push({ file, pointer: `/${path.join('/')}`, text });
    return text;
  }
  if (Array.isArray(value)) return value.map((item, i) => plant(root, childSchema(schemas, i), item, [...path, i], file, planter));
  if (value && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) out[k] = plant(root, childSchema(schemas, k), v, [...path, k], file, planter);
    return out;
  }
  return value;
}

/** The payload for field `n`, cut to fit; `null` where the schema forbids free text. */
function payloadFor(n: number, schemas: Schema[]): string | null {
  if (schemas.some((s) => 'enum' in s || 'const' in s || 'format' in s)) return null;
  const rotated = [...payloadParts.slice(n % payloadParts.length), ...payloadParts.slice(0, n % payloadParts.length)].join(' ');
  const full = `~${n}~ ${rotated}`;
  const max = Math.min(...schemas.map((s) => (typeof s['maxLength'] === 'number' ? (s['maxLength'] as number) : Infinity)));
  // Cut at the limit, and never leave a space at the end, which the renderer might trim.
  const text = full.slice(0, Math.min(max, full.length)).trimEnd();
  const patterns = schemas.map((s) => s['pattern']).filter((p): p is string => typeof p === 'string');
  return patterns.every((p) => new RegExp(p, 'u').test(text)) ? text : null;
}

export interface HostileCourse {
  root: string;
  courseDir: string;
  planted: PlantedText[];
  cleanup: () => void;
}

/** Copies the sample course and plants payloads in every free-text field it has. */
export function makeHostileCourse(): HostileCourse {
  const copy = copySample();
  const schema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schemas', name), 'utf8')) as Schema;
  const courseSchema = schema('course.schema.json');
  const lessonSchema = schema('lesson.schema.json');
  let counter = 0;
  const planter: Planter = { next: () => ++counter, planted: [], words: new Map() };

  const coursePath = join(copy.courseDir, 'course.json');
  const course = JSON.parse(readFileSync(coursePath, 'utf8')) as Json & { glossary?: Array<{ term: string; forms?: string[] }> };
  // Glossary words first: `seeAlso` and each lesson's `words` must keep naming one.
  const wordSchema = [{ type: 'string', minLength: 1, maxLength: 60 }];
  for (const entry of course.glossary ?? []) {
    for (const word of [entry.term, ...(entry.forms ?? [])]) planter.words.set(word.trim().toLowerCase(), payloadFor(planter.next(), wordSchema)!);
  }
  const hostile = plant(courseSchema, courseSchema, course, [], 'course.json', planter) as { lint?: { rules?: Record<string, unknown> } };
  // The payloads break every easy-read rule on purpose: switch the rules off, so it builds.
  hostile.lint = { ...hostile.lint, rules: { ...hostile.lint?.rules, ...Object.fromEntries(Object.keys(rules).map((id) => [id, 'off'])) } };
  writeFileSync(coursePath, `${JSON.stringify(hostile, null, 2)}\n`);

  const lessonsDir = join(copy.courseDir, 'lessons');
  for (const name of readdirSync(lessonsDir).filter((f) => f.endsWith('.json')).sort()) {
    const path = join(lessonsDir, name);
    const lesson = JSON.parse(readFileSync(path, 'utf8')) as Json;
    writeFileSync(path, `${JSON.stringify(plant(lessonSchema, lessonSchema, lesson, [], `lessons/${name}`, planter), null, 2)}\n`);
  }
  return { root: copy.root, courseDir: copy.courseDir, planted: planter.planted, cleanup: copy.cleanup };
}
