/**
 * The preview server without a browser: it serves the built course with the live script
 * added only to what it sends (never to the built files), answers only on this computer
 * unless told, refuses paths that lead out of its folder, sends build status as events and
 * rebuilds when a course file changes. And the command itself starts, prints its address and
 * stops cleanly on Ctrl+C.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PreviewUsageError, startPreview, type Preview } from '../../src/authoring/preview/preview.js';
import { isLoopbackHost } from '../../src/authoring/preview/server.js';
import { parseRequestPath } from '../../src/authoring/preview/safe-path.js';
import { readZipEntries } from '../../src/authoring/preview/read-zip.js';
import { repoRoot } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';
import { listZip, readZipText } from '../helpers/scorm-package.js';
import { makeProject, useProjects } from './scratch-project.js';

const project = useProjects();
let previews: Preview[] = [];
afterEach(async () => {
  await Promise.all(previews.map((p) => p.close()));
  previews = [];
});

/** One preview for the tests that only read from it. */
let sharedPreview: Promise<{ root: string; preview: Preview }> | undefined;
let sharedCleanup: (() => void) | undefined;
const shared = () =>
  (sharedPreview ??= (async () => {
    const made = makeProject();
    sharedCleanup = made.cleanup;
    expect((await runCli(['new', 'my-course'], made.root)).code).toBe(0);
    return { root: made.root, preview: await startPreview({ cwd: made.root, paths: [], port: 0 }) };
  })());
afterAll(async () => {
  if (sharedPreview) await (await sharedPreview).preview.close();
  sharedCleanup?.();
});

async function previewNewCourse(): Promise<{ root: string; preview: Preview }> {
  const { root } = project();
  expect((await runCli(['new', 'my-course'], root)).code).toBe(0);
  const preview = await startPreview({ cwd: root, paths: [], port: 0, debounceMs: 50 });
  previews.push(preview);
  return { root, preview };
}

/** A raw GET: the path is sent exactly as written (fetch would tidy `..` away). */
function rawGet(origin: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('copack preview: serving', () => {
  it('serves the site with the live script added to the page sent, not to the file built', async () => {
    const { preview } = await shared();
    expect(preview.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await rawGet(preview.origin, '/my-course/site/index.html');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('<script src="/__copack/live.js" data-copack-build="1"></script>');
    expect(page.body).toContain('Each page has a title and a few points.');
    const onDisk = readFileSync(join(preview.outDir, 'my-course', 'site', 'index.html'), 'utf8');
    expect(onDisk).not.toContain('__copack');

    for (const [path, type] of [
      ['/my-course/site/copack.css', 'text/css; charset=utf-8'],
      ['/my-course/site/copack.js', 'text/javascript; charset=utf-8'],
      ['/my-course/site/assets/hello.svg', 'image/svg+xml'],
      ['/my-course/my-course-scorm12.zip', 'application/zip'],
      ['/__copack/live.js', 'text/javascript; charset=utf-8'],
      ['/lms/my-course/scorm2004/package/imsmanifest.xml', 'application/xml; charset=utf-8'],
    ]) {
      const response = await rawGet(preview.origin, path!);
      expect(response.status, path).toBe(200);
      expect(response.headers['content-type'], path).toBe(type);
      expect(response.headers['cache-control'], path).toBe('no-store');
    }
    // The test LMS page is the host; the package inside it is sent exactly as built.
    expect((await rawGet(preview.origin, '/lms/my-course/scorm2004/')).body).toContain('__copack/live.js');
    expect((await rawGet(preview.origin, '/lms/my-course/scorm2004/package/index.html')).body).not.toContain('__copack');
  });

  it.each([
    ['/../../../etc/passwd', 400],
    ['/%2e%2e/%2e%2e/etc/passwd', 400],
    ['/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', 400],
    ['/my-course/site/..%2f..%2f..%2fetc%2fpasswd', 400],
    ['/my-course/site/..%5c..%5cetc', 400],
    ['/my-course/site/index.html%00.png', 400],
    ['/my-course/site/%', 400],
    ['/my-course/./site/index.html', 400],
    ['//etc/passwd', 400],
    ['/.cache/', 404],
    ['/my-course/site/%252e%252e/%252e%252e/etc/passwd', 404],
    ['/lms/my-course/scorm2004/package/..%2fimsmanifest.xml', 400],
    ['/lms/my-course/scorm2004/package/nothing.html', 404],
    ['/no-such-course/site/index.html', 404],
  ])('refuses %s with %i', async (path, status) => {
    const { preview } = await shared();
    const response = await rawGet(preview.origin, path);
    expect(response.status).toBe(status);
    expect(response.body).not.toContain('root:');
  });

  it('answers only to this computer\'s own names (no DNS rebinding)', async () => {
    const { preview } = await shared();
    expect((await rawGet(preview.origin, '/', { host: 'attacker.example' })).status).toBe(403);
    expect((await rawGet(preview.origin, '/', { host: `localhost:${new URL(preview.origin).port}` })).status).toBe(200);
  });

  it('refuses to serve off this computer unless --host asked for it', async () => {
    const { root } = project();
    await runCli(['new', 'my-course'], root);
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'example.org']) {
      await expect(startPreview({ cwd: root, paths: [], host, port: 0 }), host).rejects.toThrow(PreviewUsageError);
    }
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('127.1.2.3')).toBe(true);
    expect(isLoopbackHost('::1')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
    expect(isLoopbackHost('127.0.0.1.example.org')).toBe(false);
  });

  it('reads a package zip exactly as unzip does', async () => {
    const { preview } = await shared();
    const zip = join(preview.outDir, 'my-course', 'my-course-scorm2004.zip');
    const entries = readZipEntries(readFileSync(zip));
    expect([...entries.keys()]).toEqual(listZip(zip));
    expect(entries.get('imsmanifest.xml')!.toString('utf8')).toBe(readZipText(zip, 'imsmanifest.xml'));
  });

  it('checks request paths before anything touches the disk', () => {
    expect(parseRequestPath('/a/b/?x=1#y')).toEqual({ ok: true, segments: ['a', 'b'], directory: true });
    expect(parseRequestPath('/a%20b.html')).toEqual({ ok: true, segments: ['a b.html'], directory: false });
    expect(parseRequestPath('http://evil/')).toMatchObject({ ok: false, status: 400 });
  });
});

describe('copack preview: rebuilding', () => {
  it('sends each build\'s status as an event, and builds again when a course file changes', async () => {
    const { root, preview } = await previewNewCourse();
    const response = await fetch(`${preview.origin}/__copack/events`);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const nextStatus = async (test: (status: { build: number; errors: number; building: boolean; problems: Array<{ file: string; line: number; column: number }> }) => boolean) => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const events = [...text.matchAll(/event: status\ndata: (.*)\n\n/g)].map((m) => JSON.parse(m[1]!));
        const found = events.find(test);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no matching status in:\n${text}`);
        const { value } = await reader.read();
        text += decoder.decode(value, { stream: true });
      }
    };
    expect(await nextStatus((s) => s.build === 1)).toMatchObject({ building: false, errors: 0 });

    const lessonPath = join(root, 'courses', 'my-course', 'lessons', 'first-lesson.json');
    const good = readFileSync(lessonPath, 'utf8');
    writeFileSync(lessonPath, good.replace('"title": "Welcome"', '"title": "Hello"'));
    await nextStatus((s) => s.build === 2 && s.errors === 0);
    expect((await rawGet(preview.origin, '/my-course/site/index.html')).body).toContain('Hello');

    writeFileSync(lessonPath, '{\n  "id": "first-lesson",\n  "title": \n}\n');
    const broken = await nextStatus((s) => s.build === 3);
    expect(broken.errors).toBeGreaterThan(0);
    expect(broken.problems[0]).toMatchObject({ file: 'courses/my-course/lessons/first-lesson.json', line: 4, column: 1 });
    // The last good build stays on show.
    expect((await rawGet(preview.origin, '/my-course/site/index.html')).body).toContain('Hello');

    // Saved by replacing the file, as many editors do: still seen.
    writeFileSync(`${lessonPath}.tmp`, good);
    renameSync(`${lessonPath}.tmp`, lessonPath);
    await nextStatus((s) => s.build >= 4 && s.errors === 0 && !s.building);
    writeFileSync(lessonPath, good.replace('"title": "Welcome"', '"title": "Hi there"'));
    await nextStatus((s) => s.errors === 0 && !s.building && s.build >= 5);
    expect((await rawGet(preview.origin, '/my-course/site/index.html')).body).toContain('Hi there');
    await reader.cancel();
  });
});

describe('copack preview: new courses', () => {
  it('takes in a course made while it runs', async () => {
    const { root, preview } = await previewNewCourse();
    expect((await runCli(['new', 'our-course'], root)).code).toBe(0);
    await expect.poll(() => preview.courses().map((c) => `${c.id}:${c.built}`), { timeout: 15_000 }).toEqual(['my-course:true', 'our-course:true']);
    expect((await rawGet(preview.origin, '/')).body).toContain('/lms/our-course/scorm2004/');
    expect((await rawGet(preview.origin, '/lms/our-course/scorm12/')).status).toBe(200);
  });
});

describe('copack preview: the command', () => {
  it('prints its address, serves, and stops on Ctrl+C removing its folder', async () => {
    const { root } = project();
    await runCli(['new', 'my-course'], root);
    // Its own temporary folder, to see the preview's folder come and go.
    const tmp = mkdtempSync(join(tmpdir(), 'copack-preview-tmp-'));
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'copack.js'), 'preview', 'my-course', '--port', '0'], { cwd: root, env: { ...process.env, TMPDIR: tmp } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 30_000;
      while (!/Press Ctrl\+C/.test(stdout)) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`preview did not start:\n${stdout}\n${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const origin = /Preview: (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout)![1]!;
      expect(stdout).toContain(`${origin}/my-course/site/`);
      expect(stdout).toContain(`${origin}/lms/my-course/scorm2004/`);
      expect((await rawGet(origin, '/my-course/site/')).status).toBe(200);
      expect(readdirSync(tmp).filter((name) => name.startsWith('copack-preview-'))).toHaveLength(1);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(stderr).toBe('');
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('refuses a port that is taken, in one line', async () => {
    const { root, preview } = await previewNewCourse();
    const run = await runCli(['preview', '--port', new URL(preview.origin).port], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^copack: Port \d+ is in use\. .*--port 0/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(preview.outDir)).toBe(true);
  });
});
