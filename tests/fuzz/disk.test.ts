/**
 * Generated course folders on disk, through the real `check()` and `build()`: odd file names
 * in `lessons/`, `assets/` and `theme/` (spaces, unicode, `..`, case twins), random bytes as
 * pictures and sounds, broken or hostile JSON, template overrides that do not parse or that
 * include themselves. Neither may throw; every problem is a diagnostic; the build writes
 * only inside `out/`, and leaves no staging folder behind.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { build, check } from '../../src/index.js';
import { rules } from '../../src/lint/registry.js';
import { brokenBytes, hostileText, jsonBytes, mutation, seedCourses, type Json } from './arbitraries.js';
import { wellFormed } from './in-memory.js';
import { expectPrototypesUnchanged, fuzzParameters, prototypeChanges } from './settings.js';

const seeds = seedCourses().filter((s) => s.name !== 'co-facilitator-training');
const allRulesWarn = Object.fromEntries(Object.keys(rules).map((id) => [id, 'warn' as const]));

/** A file name from a hostile alphabet, or one of the names that broke tools before. */
const fileName = fc.oneof(
  hostileText(1, 10).map((name) => name.replace(/[/\u0000]/g, '_')).filter((name) => name !== '.' && name !== '..' && Buffer.byteLength(name) < 200),
  fc.constantFrom('..json', '...json', ' .json', 'CON.json', 'a b.json', 'Ünïcödé.json', 'INTRO.json', 'intro.JSON', '.hidden.json', 'x'.repeat(200), '-rf', '__proto__.json', 'constructor.json'),
);

interface Extra {
  path: string;
  bytes: Uint8Array;
}

/** One more file somewhere in the course: a lesson, an asset, a theme file, approvals. */
const extraFile: fc.Arbitrary<Extra> = fc.oneof(
  fc.tuple(fileName, fc.uint8Array({ maxLength: 200 })).map(([name, bytes]) => ({ path: `lessons/${name.endsWith('.json') ? name : `${name}.json`}`, bytes })),
  fc.tuple(fileName, fc.constantFrom('.svg', '.png', '.jpg', '.webp', '.mp3', ''), fc.uint8Array({ maxLength: 300 })).map(([name, ext, bytes]) => ({ path: `assets/${name}${ext}`, bytes })),
  fc.tuple(fc.constantFrom('screen', 'site', 'picture', 'segments', 'screen-points', 'nonsense'), fc.constantFrom('{{> screen}}', '{{> site}}', '{{#screens}}', '{{/x}}', '{{{title}}}', '{{=<% %>=}}<% title %>', '{{> picture}}{{> picture}}', '', '{{', 'plain')).map(([name, text]) => ({
    path: `theme/${name}.mustache`,
    bytes: new TextEncoder().encode(text),
  })),
  fc.tuple(fc.constantFrom('copack.css', 'custom.css'), hostileText(0, 40)).map(([name, text]) => ({ path: `theme/${name}`, bytes: new TextEncoder().encode(text) })),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ path: 'approvals.json', bytes })),
);

interface DiskCase {
  seed: string;
  course: Uint8Array;
  lessons: Map<string, Uint8Array>;
  assets: Map<string, Uint8Array>;
  extras: Extra[];
  what: string;
}

const diskCase: fc.Arbitrary<DiskCase> = fc.constantFrom(...seeds).chain((s) => {
  const files = (course: Json, lessons: Map<string, Json>) => ({ course: jsonBytes(course), lessons: new Map([...lessons].map(([n, l]) => [n, jsonBytes(l)])) });
  const base = fc.oneof(
    fc.constant({ ...files(s.course, s.lessons), what: 'as it is' }),
    mutation(s.course).map((m) => ({ ...files(m.value, s.lessons), what: `course.json: ${m.what}` })),
    brokenBytes(JSON.stringify(s.course)).map((b) => ({ ...files(s.course, s.lessons), course: b.bytes, what: `course.json ${b.what}` })),
  );
  return fc.tuple(base, fc.array(extraFile, { maxLength: 4 })).map(([b, extras]) => {
    const what = `${s.name}: ${b.what}; extra files ${extras.map((e) => `${JSON.stringify(e.path)} (${Buffer.from(e.bytes).toString('base64').slice(0, 80)})`).join(', ') || 'none'}`;
    // fast-check prints a failing case by this: the bytes themselves would fill the screen.
    return { seed: s.name, course: b.course, lessons: b.lessons, assets: s.assets, extras, what, [fc.toStringMethod]: () => what };
  });
});

/** Writes the case as `<root>/courses/<id>/`, named after the seed so its id matches. */
function writeCase(root: string, c: DiskCase): string {
  const dir = join(root, 'courses', c.seed);
  const write = (path: string, bytes: Uint8Array) => {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    try {
      writeFileSync(full, bytes);
    } catch {
      // A name this file system will not take (too long, say): the case goes on without it.
    }
  };
  write('course.json', c.course);
  for (const [name, bytes] of c.lessons) write(`lessons/${name}.json`, bytes);
  for (const [path, bytes] of c.assets) write(path, bytes);
  for (const extra of c.extras) write(extra.path, extra.bytes);
  return dir;
}

function everything(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      out.push(join(at, entry.name));
      if (entry.isDirectory()) walk(join(at, entry.name));
    }
  };
  walk(dir);
  return out;
}

describe('generated course folders on disk', () => {
  afterAll(expectPrototypesUnchanged);

  it('check() and build() never throw, report each problem, and write only whole courses inside out/', async () => {
    const runs = fuzzParameters<[DiskCase]>('disk: check and build');
    await fc.assert(
      fc.asyncProperty(diskCase, async (c) => {
        const root = mkdtempSync(join(tmpdir(), 'copack-fuzz-'));
        try {
          writeCase(root, c);
          const before = new Set(everything(root));
          const checked = check({ cwd: root, lint: { rules: allRulesWarn } });
          const built = await build({ cwd: root, cache: false, lint: { rules: allRulesWarn } });
          for (const result of [checked, built]) {
            const malformed = result.diagnostics.filter((d) => !wellFormed(d));
            expect(malformed, c.what).toEqual([]);
          }
          const errors = built.diagnostics.filter((d) => d.severity === 'error');
          expect(built.outputs.size === 0 || errors.length === 0, `${c.what}: built despite errors`).toBe(true);
          // Everything new is inside out/, and out/ holds only whole courses.
          const added = everything(root).filter((path) => !before.has(path));
          expect(added.filter((path) => relative(join(root, 'out'), path).startsWith('..')), c.what).toEqual([]);
          const outDir = join(root, 'out');
          const top = added.filter((path) => relative(outDir, path).split('/').length === 1).map((path) => relative(outDir, path)).filter((name) => name !== '');
          expect(top.filter((name) => name !== c.seed && name !== '.cache').sort(), c.what).toEqual([]);
          const changes = prototypeChanges();
          if (changes.length > 0) throw new Error(`${c.what}: ${changes.join('; ')}`);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      runs,
    );
  }, 120_000);
});
