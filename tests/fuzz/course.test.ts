/**
 * Whole courses through every stage of a build, in memory (parse, validate, lint, agreement,
 * site, both packages with their manifests, the lint report): courses shaped by the schemas,
 * the valid fixture courses with one thing changed or one file broken, or with random bytes
 * for a picture (hostile text is in hostile-text.test.ts). No stage may throw; every problem is a
 * well-formed diagnostic; a change that breaks the format gives an error; nothing reaches
 * the built-in prototypes.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { sniffType, typeFromName } from '../../src/validate/sniff.js';
import {
  brokenBytes,
  jsonBytes,
  mutation,
  schemaArbitrary,
  schemas,
  seedCourses,
  seedFiles,
  type Json,
} from './arbitraries.js';
import { described, errorsOf, runChecked as run } from './in-memory.js';
import { expectPrototypesUnchanged, fuzzParameters } from './settings.js';

/** The fixture courses (and the sample course, whose seven lessons cost as much as twenty small ones, in its own test). */
const seed = fc.constantFrom(...seedCourses().filter((s) => s.name !== 'co-facilitator-training'));

/** Do the bytes still read as one JSON object, as the strictest reader would? */
function readsAsObject(bytes: Uint8Array): boolean {
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * How far a case goes: validation is where generated input is caught, and costs a
 * millisecond; a whole build costs ten or more. So one case in six goes all the way.
 */
const howFar = fc.integer({ min: 0, max: 5 }).map((n) => (n === 0 ? 'all' : 'validate'));
const stages = (far: string) => ({ stopAfterValidation: far !== 'all' });

describe('whole courses, generated', () => {
  afterAll(expectPrototypesUnchanged);

  it('shaped by the schemas: every stage runs or reports, none throws', () => {
    const lessonFiles = fc.array(fc.tuple(fc.constantFrom('intro', 'second', 'a', 'constructor', '__proto__'), schemaArbitrary(schemas.lesson)), { minLength: 0, maxLength: 3 });
    let built = 0;
    fc.assert(
      fc.property(schemaArbitrary(schemas.course), lessonFiles, fc.boolean(), howFar, (course, lessons, matchIds, far) => {
        const named = new Map<string, Json>(lessons.map(([name, lesson]) => [matchIds && typeof (lesson as { id?: unknown }).id === 'string' ? ((lesson as { id: string }).id) : name, lesson]));
        // Often the course lists its lessons by their ids, so the checks across files run too.
        const listed = matchIds && named.size > 0 ? { ...(course as object), lessons: [...named.keys()] } : course;
        const result = run({ folder: (listed as { id: string }).id, course: jsonBytes(listed), lessons: new Map([...named].map(([n, l]) => [n, jsonBytes(l)])) }, 'a generated course', stages(far));
        if (result.reached === 'built') built++;
      }),
      fuzzParameters('course: shaped by the schemas'),
    );
    expect(built, 'courses that went all the way').toBeGreaterThanOrEqual(0);
  });

  it('a valid course with one thing changed: never throws, and a change that breaks the format is an error', () => {
    const changed = seed.chain((s) =>
      fc.oneof(
        mutation(s.course).map((m) => described({ s, files: seedFiles(s, m.value), m, file: 'course.json' }, `${s.name}: ${m.what} in course.json`)),
        fc.constantFrom(...s.lessons.keys()).chain((name) =>
          mutation(s.lessons.get(name)!).map((m) =>
            described({ s, files: seedFiles(s, s.course, new Map([...s.lessons, [name, m.value]])), m, file: `lessons/${name}.json` }, `${s.name}: ${m.what} in lessons/${name}.json`),
          ),
        ),
      ),
    );
    fc.assert(
      fc.property(changed, howFar, ({ s, files, m, file }, far) => {
        const result = run(files, `${s.name}: ${m.what} in ${file}`, stages(far));
        if (m.invalid) expect(errorsOf(result).length, `${s.name}: ${m.what} in ${file} is an error`).toBeGreaterThan(0);
      }),
      fuzzParameters('course: one change'),
    );
  });

  it('a valid course with one file broken: never throws, and always an error', () => {
    const broken = seed.chain((s) => {
      const names = ['course.json', ...[...s.lessons.keys()].map((n) => `lessons/${n}.json`), ...(s.approvals !== undefined ? ['approvals.json'] : [])];
      return fc.constantFrom(...names).chain((file) => {
        const files = seedFiles(s);
        const current = file === 'course.json' ? files.course! : file === 'approvals.json' ? files.approvals! : files.lessons.get(file.slice(8, -5))!;
        return brokenBytes(new TextDecoder().decode(current)).map((b) => {
          if (file === 'course.json') files.course = b.bytes;
          else if (file === 'approvals.json') files.approvals = b.bytes;
          else files.lessons.set(file.slice(8, -5), b.bytes);
          return described({ s, files, bytes: b.bytes }, `${s.name}: ${file} ${b.what} (${Buffer.from(b.bytes).toString('base64').slice(0, 120)})`);
        });
      });
    });
    fc.assert(
      fc.property(broken, howFar, ({ files, what, bytes }, far) => {
        const result = run(files, what, stages(far));
        // Bytes inserted into text or between tokens can leave a valid file (`"He1llo"`): only a file that no longer reads as a JSON object must be an error.
        if (!readsAsObject(bytes)) expect(errorsOf(result).length, `${what} is an error`).toBeGreaterThan(0);
      }),
      fuzzParameters('course: one file broken'),
    );
  });

  it('a valid course with random bytes for a picture or sound: reported, never thrown', () => {
    const withBytes = seed
      .filter((s) => s.assets.size > 0)
      .chain((s) =>
        fc.tuple(fc.constantFrom(...s.assets.keys()), fc.uint8Array({ maxLength: 2000 })).map(([path, bytes]) =>
          described({ s, path, bytes, files: { ...seedFiles(s), assets: new Map([...s.assets, [path, bytes]]) } }, `${s.name}: random bytes in ${path} (${Buffer.from(bytes).toString('base64').slice(0, 120)})`),
        ),
      );
    fc.assert(
      fc.property(withBytes, ({ files, what, path, bytes }) => {
        const result = run(files, what);
        // Random bytes can happen to start like the real thing (two bytes make an MP3 frame header).
        if (sniffType(bytes) !== typeFromName(path)) expect(result.diagnostics.map((d) => d.code), what).toContain('asset/type-mismatch');
      }),
      fuzzParameters('course: random asset bytes'),
    );
  });
});
