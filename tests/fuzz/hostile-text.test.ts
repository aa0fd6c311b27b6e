/**
 * Hostile text (lone surrogates, NUL and other controls, direction overrides, zero-width and
 * combining marks, other scripts, emoji, markup, template tags, `**`, long words) in every
 * free-text field of the valid fixture courses and the sample course: each goes through
 * every stage of a build in memory (validate, lint with every rule on, the lint report, the
 * agreement, the site, both packages and their manifests) and must build whole.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/registry.js';
import { sampleId } from '../helpers/sample-copy.js';
import { boundedText, seedCourses, seedFiles, type Json, type SeedCourse } from './arbitraries.js';
import { described, errorsOf, runChecked as run, type CourseFiles } from './in-memory.js';
import { expectPrototypesUnchanged, fuzzParameters } from './settings.js';

const seeds = seedCourses();
/** Every easy-read rule as a warning: hostile text breaks them all, and must still build. */
const allRulesWarn = Object.fromEntries(Object.keys(rules).map((id) => [id, 'warn' as const]));

/** Keys whose text must keep meaning something: ids, paths, symbols, glossary words and their uses. */
const fixedKeys = new Set(['$schema', 'id', 'src', 'symbol', 'audio', 'term', 'forms', 'words', 'seeAlso', 'lessons', 'authors', 'facilitators', 'lesson', 'language', 'version', 'rule', 'leads', 'kind', 'roles', 'synonyms']);

/** Every free-text string in a seed, replaced by hostile text within the schema's length limits. */
function withHostileText(value: Json, key: string | number | undefined, inherited: boolean): fc.Arbitrary<Json> {
  const fixed = inherited || (typeof key === 'string' && fixedKeys.has(key));
  if (typeof value === 'string') {
    if (fixed) return fc.constant(value);
    return boundedText(1, key === 'title' ? 80 : key === 'alt' ? 200 : key === 'name' ? 80 : 250);
  }
  if (Array.isArray(value)) return fc.tuple(...value.map((item) => withHostileText(item, key, fixed))) as fc.Arbitrary<Json>;
  if (value && typeof value === 'object') {
    // A lint setting or an ignore's reason is not text for learners, and has its own form.
    if (key === 'lint' || key === 'lintIgnore') return fc.constant(value);
    const entries = Object.entries(value);
    return fc.tuple(...entries.map(([k, v]) => withHostileText(v, k, fixed))).map((values) => Object.fromEntries(entries.map(([k], i) => [k, values[i]!])));
  }
  return fc.constant(value);
}

describe('hostile text in every field a learner reads', () => {
  afterAll(expectPrototypesUnchanged);

  const hostileCourse = (seeds: readonly SeedCourse[]) =>
    fc.constantFrom(...seeds).chain((s) =>
      fc.tuple(withHostileText(s.course, undefined, false), ...[...s.lessons.values()].map((lesson) => withHostileText(lesson, undefined, false))).map(([course, ...lessons]) =>
        described({ s, files: seedFiles(s, course, new Map([...s.lessons.keys()].map((name, i) => [name, lessons[i]!]))) }, `${s.name} with ${JSON.stringify({ course, lessons }).slice(0, 2000)}`),
      ),
    );

  /** Builds whole, with every rule a warning: nothing in the text may stop or break any stage. */
  const buildsWhole = ({ s, files }: { s: SeedCourse; files: CourseFiles }) => {
    const result = run(files, `${s.name} with hostile text`, { lint: { rules: allRulesWarn } });
    const errors = errorsOf(result);
    expect(errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`), `${s.name}: errors`).toEqual([]);
    expect(result.reached).toBe('built');
  };

  it('the fixture courses: validate, lint, render and package without throwing', () => {
    let built = 0;
    fc.assert(
      fc.property(hostileCourse(seeds.filter((s) => s.name !== sampleId)), (c) => {
        buildsWhole(c);
        built++;
      }),
      fuzzParameters('course: hostile text'),
    );
    expect(built).toBeGreaterThan(0);
  });

  it('the sample course (seven lessons): the same', () => {
    fc.assert(fc.property(hostileCourse(seeds.filter((s) => s.name === sampleId)), buildsWhole), fuzzParameters('course: hostile text in the sample'));
  }, 60_000);
});


