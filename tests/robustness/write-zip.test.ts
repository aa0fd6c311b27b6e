/**
 * writeZip on its own: a zip that cannot be finished is closed and deleted before the
 * promise rejects, so no partial zip and no open file are left, and nothing is rejected
 * unhandled behind the caller's back.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeZip } from '../../src/package/write-zip.js';

const bytes = (text: string) => new TextEncoder().encode(text);
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeZip when it fails', () => {
  it('rejects on a bad entry and leaves no file behind', async () => {
    dir = mkdtempSync(join(tmpdir(), 'copack-zip-'));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const path = join(dir, 'broken.zip');
      const entries = [{ path: 'a.txt', bytes: bytes('a'.repeat(100_000)) }, { path: '', bytes: bytes('no name') }];
      await expect(writeZip(path, entries)).rejects.toThrow();
      expect(existsSync(path), 'the partial zip').toBe(false);
      // The file stream opens asynchronously: a zip left open would appear only now.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(readdirSync(dir), 'a zip created after the failure').toEqual([]);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('rejects when its folder does not exist, and makes none', async () => {
    dir = mkdtempSync(join(tmpdir(), 'copack-zip-'));
    await expect(writeZip(join(dir, 'missing', 'x.zip'), [{ path: 'a.txt', bytes: bytes('a') }])).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('still writes the same bytes when nothing goes wrong', async () => {
    dir = mkdtempSync(join(tmpdir(), 'copack-zip-'));
    const { readFileSync } = await import('node:fs');
    const entries = [{ path: 'a.txt', bytes: bytes('hello') }, { path: 'b/c.png', bytes: bytes('not really a png') }];
    await writeZip(join(dir, 'one.zip'), entries);
    await writeZip(join(dir, 'two.zip'), entries);
    expect(readFileSync(join(dir, 'one.zip')).equals(readFileSync(join(dir, 'two.zip')))).toBe(true);
  });
});
