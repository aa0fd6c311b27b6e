/**
 * What the loader never does with hostile input: read a file it will refuse by its size
 * (a 100 MB picture, a 10 MB lesson), hand a network-share or web address to the file
 * system, or wait forever on a named pipe put where a lesson should be. Every file system
 * call the loader makes is recorded, so the test sees what was touched, not just the result.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { check } from '../../src/index.js';
import { listCases, materialise } from '../helpers/fixtures.js';

/** Every path given to a file system call, and every read of an open file, in order. */
const touched = vi.hoisted(() => ({ calls: [] as Array<{ call: string; path: string }>, fds: new Map<number, string>(), denied: '' }));

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const recorded = <F extends (...args: never[]) => unknown>(call: string, fn: F): F =>
    ((...args: Parameters<F>) => {
      const path: unknown = args[0];
      if (typeof path === 'string' || Buffer.isBuffer(path) || path instanceof URL) touched.calls.push({ call, path: String(path) });
      return fn(...args);
    }) as F;
  return {
    ...fs,
    default: fs,
    existsSync: recorded('existsSync', fs.existsSync),
    statSync: recorded('statSync', fs.statSync),
    lstatSync: recorded('lstatSync', fs.lstatSync),
    realpathSync: recorded('realpathSync', fs.realpathSync),
    readdirSync: recorded('readdirSync', fs.readdirSync),
    // `denied`: a file this user may not read (tests run as root, so chmod cannot show it).
    readFileSync: recorded('readFileSync', ((...args: Parameters<typeof fs.readFileSync>) => {
      if (touched.denied && String(args[0]).endsWith(touched.denied)) throw Object.assign(new Error(`EACCES: permission denied, open '${String(args[0])}'`), { code: 'EACCES' });
      return fs.readFileSync(...args);
    }) as typeof fs.readFileSync),
    openSync: (...args: Parameters<typeof fs.openSync>) => {
      touched.calls.push({ call: 'openSync', path: String(args[0]) });
      const fd = fs.openSync(...args);
      touched.fds.set(fd, String(args[0]));
      return fd;
    },
    readSync: (...args: Parameters<typeof fs.readSync>) => {
      touched.calls.push({ call: 'readSync', path: touched.fds.get(args[0]) ?? `fd ${args[0]}` });
      return fs.readSync(...args);
    },
  };
});

const fixture = (name: string) => {
  const found = listCases('invalid').find((c) => c.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
};

function checkFixture(name: string) {
  const { courseDir, cleanup } = materialise(fixture(name));
  touched.calls.length = 0;
  try {
    const result = check({ cwd: courseDir, paths: ['.'] });
    return { result, calls: [...touched.calls] };
  } finally {
    cleanup();
  }
}

const reads = (calls: ReadonlyArray<{ call: string; path: string }>, ending: string) =>
  calls.filter((c) => (c.call === 'readFileSync' || c.call === 'readSync') && c.path.endsWith(ending));

describe('the loader and files it refuses by size', () => {
  it('never reads a 100 MB picture, and memory does not grow by anything like 100 MB', () => {
    global.gc?.();
    const before = process.memoryUsage();
    const { result, calls } = checkFixture('asset-huge-sparse');
    const after = process.memoryUsage();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['asset/too-large']);
    expect(calls.some((c) => c.path.endsWith('huge.png')), 'the picture was measured').toBe(true);
    expect(reads(calls, 'huge.png'), 'reads of the picture').toEqual([]);
    // Buffers live outside the JavaScript heap: a read of the file would show here.
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(20 * 1024 * 1024);
    expect(after.rss - before.rss).toBeLessThan(60 * 1024 * 1024);
  });

  it('never reads a 10 MB lesson file', () => {
    const { result, calls } = checkFixture('json-lesson-10mb');
    expect(result.diagnostics.filter((d) => d.file === 'lessons/intro.json').map((d) => d.code)).toEqual(['json/too-large']);
    expect(reads(calls, 'intro.json'), 'reads of the lesson').toEqual([]);
  });
});

describe('the loader and paths it must not look up', () => {
  it('gives a network share or a web address in `$schema` to no file system call', () => {
    const { result, calls } = checkFixture('schema-path-hostile');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['ref/schema-path', 'ref/schema-path']);
    expect(calls.filter((c) => /server|share|example\.org|https?:/.test(c.path))).toEqual([]);
  });

  it('gives no picture or sound path from a course to the file system: only what is in assets/ is read', () => {
    for (const name of ['asset-unc-path', 'audio-hostile-paths', 'glossary-picture-hostile-paths', 'asset-drive-letter', 'asset-nul-byte']) {
      const { result, calls } = checkFixture(name);
      expect(result.diagnostics.length, name).toBeGreaterThan(0);
      expect(calls.filter((c) => /server|share|example\.org|outside|C:|c:|\u0000/.test(c.path)), name).toEqual([]);
    }
  });
});

describe('the loader and files it may not read', () => {
  it.each(['assets/people.svg', 'theme/custom.css'])('reports %s as unreadable instead of failing the whole check', (file) => {
    const base = fixture('asset-path-dotdot');
    const { courseDir, cleanup } = materialise({ ...base, setup: [{ path: 'theme/custom.css', prefix: 'body { color: #111; }' }] });
    touched.denied = file;
    try {
      const result = check({ cwd: courseDir, paths: ['.'] });
      expect(result.diagnostics.filter((d) => d.code === 'build/read-failed').map((d) => d.file)).toEqual([file]);
    } finally {
      touched.denied = '';
      cleanup();
    }
  });
});

describe('the loader and things that are not files', () => {
  it('reports a named pipe where a course file should be, without waiting for it', () => {
    const base = fixture('asset-path-dotdot');
    const { courseDir, cleanup } = materialise({ ...base, setup: [] });
    try {
      // A pipe in lessons/ is not a file, so it is not listed; a link to one is, and so is approvals.json.
      execFileSync('mkfifo', [`${courseDir}/lessons/pipe.json`]);
      execFileSync('mkfifo', [`${courseDir}/assets/pipe`]);
      execFileSync('ln', ['-s', '../assets/pipe', `${courseDir}/lessons/linked.json`]);
      execFileSync('mkfifo', [`${courseDir}/approvals.json`]);
      const result = check({ cwd: courseDir, paths: ['.'] });
      const failed = result.diagnostics.filter((d) => d.code === 'build/read-failed').map((d) => d.file);
      expect(failed.sort()).toEqual(['approvals.json', 'lessons/linked.json']);
    } finally {
      cleanup();
    }
  }, 10_000);
});
