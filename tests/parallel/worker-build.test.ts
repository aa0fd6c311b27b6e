/**
 * A build planned on worker threads makes exactly what the same build makes on one thread:
 * the same files byte for byte, the same diagnostics, in the same order. Workers run only
 * from copack's compiled `dist/` (they load `plan-worker.js`), which `npm test` builds first.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Pipeline from '../../src/pipeline.js';
import { fixturesRoot, repoRoot } from '../helpers/fixtures.js';
import { hashTree } from '../helpers/hash-tree.js';

const { build } = (await import(join(repoRoot, 'dist', 'pipeline.js'))) as typeof Pipeline;
const { workerCount } = (await import(join(repoRoot, 'dist', 'parallel', 'plan-pool.js'))) as typeof import('../../src/parallel/plan-pool.js');

const scratch = mkdtempSync(join(tmpdir(), 'copack-workers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The sample, every valid fixture, and courses with errors (which must not be written). */
const paths = [
  'courses',
  ...readdirSync(join(fixturesRoot, 'valid')).map((name) => relative(repoRoot, join(fixturesRoot, 'valid', name))),
  ...['course-id-mismatch', 'asset-missing', 'approvals-hand-broken'].map((name) => relative(repoRoot, join(fixturesRoot, 'invalid', name))),
];


describe('a build on worker threads', () => {
  it('writes the same files and reports the same problems as one on this thread', async () => {
    const inline = await build({ cwd: repoRoot, paths, outDir: join(scratch, 'inline'), cache: false, workers: 0 });
    const threaded = await build({ cwd: repoRoot, paths, outDir: join(scratch, 'threaded'), cache: false, workers: 2 });
    expect(inline.outputs.size).toBeGreaterThanOrEqual(2); // the sample and `minimal`; the other valid fixtures break lint rules
    expect(inline.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(threaded.diagnostics).toEqual(inline.diagnostics);
    expect([...threaded.outputs]).toEqual([...inline.outputs]);
    expect(hashTree(join(scratch, 'threaded'))).toEqual(hashTree(join(scratch, 'inline')));
  }, 120_000);

  it('is used only when there are enough courses to repay starting workers, unless asked for', () => {
    expect(workerCount(3)).toBe(0);
    expect(workerCount(3, 2)).toBe(2);
    expect(workerCount(1, 4)).toBe(1);
    expect(workerCount(40, 0)).toBe(0);
    expect(workerCount(40, undefined, 2)).toBe(0);
    expect(workerCount(40, undefined, 8)).toBe(7);
    expect(workerCount(5, undefined, 8)).toBe(0);
  });
});
