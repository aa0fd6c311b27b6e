/**
 * The build cache may make a build faster, never different: after any change to any input,
 * the output is byte-for-byte what a cold build (no cache, empty out/) makes.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { buildKey } from '../../src/package/build-cache.js';
import { sampleId, useSampleCopies } from '../helpers/sample-copy.js';
import { hashTree } from '../helpers/hash-tree.js';

const sample = useSampleCopies();


const targets = ['site', 'scorm12'] as const;

/** Builds with the cache into `out/`, then cold into a fresh folder; both courses' outputs must match. */
async function expectSameAsCold(root: string) {
  const warm = await build({ cwd: root, targets });
  const cold = await build({ cwd: root, targets, outDir: 'out-cold', cache: false });
  expect(warm.diagnostics).toEqual(cold.diagnostics);
  expect(hashTree(join(root, 'out', sampleId))).toEqual(hashTree(join(root, 'out-cold', sampleId)));
  rmSync(join(root, 'out-cold'), { recursive: true, force: true });
  return warm;
}

describe('the build cache', () => {
  it('keeps a course whose inputs have not changed, and its diagnostics', async () => {
    const { root } = sample();
    const first = await build({ cwd: root, targets });
    expect(first.cached).toEqual([]);
    const written = statSync(join(root, 'out', sampleId, 'site', 'index.html')).mtimeMs;
    const second = await build({ cwd: root, targets });
    expect(second.cached).toEqual([sampleId]);
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(second.outputs).toEqual(first.outputs);
    expect(statSync(join(root, 'out', sampleId, 'site', 'index.html')).mtimeMs).toBe(written);
  });

  it.each([
    ['a lesson byte', (dir: string) => writeFileSync(join(dir, 'lessons', 'planning-a-group.json'), readFileSync(join(dir, 'lessons', 'planning-a-group.json'), 'utf8').replace('"We ', '"Now we '))],
    ['a picture byte', (dir: string) => appendFileSync(join(dir, 'assets', readdirSync(join(dir, 'assets')).find((f) => f.endsWith('.svg'))!), '\n')],
    ['the course theme', (dir: string) => (mkdirSync(join(dir, 'theme'), { recursive: true }), writeFileSync(join(dir, 'theme', 'custom.css'), '.point { gap: 1rem; }\n'))],
    ['approvals.json', (dir: string) => rmSync(join(dir, 'approvals.json'))],
  ])('builds again, exactly as a cold build would, after a change to %s', async (_what, change) => {
    const { root, courseDir } = sample();
    await build({ cwd: root, targets });
    change(courseDir);
    const warm = await expectSameAsCold(root);
    expect(warm.cached).toEqual([]);
  });

  it('builds again when the project settings, the targets or a release change', async () => {
    const { root } = sample();
    await build({ cwd: root, targets });
    writeFileSync(join(root, 'copack.config.json'), JSON.stringify({ lint: { rules: { 'passive-voice': 'off' } } }));
    expect((await expectSameAsCold(root)).cached).toEqual([]);
    expect((await build({ cwd: root, targets: ['site'] })).cached).toEqual([]);
    expect((await build({ cwd: root, targets: ['site'], release: true })).cached).toEqual([]);
    expect((await build({ cwd: root, targets: ['site'], release: true })).cached).toEqual([sampleId]);
  });

  it('builds again when out/ was changed by hand: a file removed, or a zip rewritten', async () => {
    const { root } = sample();
    await build({ cwd: root, targets });
    rmSync(join(root, 'out', sampleId, 'site', 'copack.css'));
    expect((await expectSameAsCold(root)).cached).toEqual([]);
    writeFileSync(join(root, 'out', sampleId, `${sampleId}-scorm12.zip`), 'not a zip');
    expect((await expectSameAsCold(root)).cached).toEqual([]);
    // The same size, other bytes: caught by the file's time.
    const summary = join(root, 'out', sampleId, 'build-summary.json');
    const text = readFileSync(summary, 'utf8');
    await new Promise((done) => setTimeout(done, 20));
    writeFileSync(summary, text.replace('"', ' '));
    expect((await expectSameAsCold(root)).cached).toEqual([]);
  });

  it('never reuses a build made by another copack', () => {
    const request = { cwd: '/project', targets: ['site'], release: false, lint: { infos: false } };
    expect(buildKey(request, 'copack 0.1.0 build a')).not.toBe(buildKey(request, 'copack 0.1.0 build b'));
    expect(buildKey(request, 'same')).toBe(buildKey(request, 'same'));
  });
});
