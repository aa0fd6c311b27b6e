/**
 * Pictures and sounds whose file names are not safe in every LMS (spaces, accents, another
 * script, `#`, names that differ only in capitals, a folder with a space) get safe,
 * deterministic names inside the SCORM zips: the same on every build, ASCII only, never two
 * that one file system would take for one, every one listed in a manifest the official
 * schemas accept, and the page inside the zip showing every picture under its new name.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { rules } from '../../src/lint/registry.js';
import { safeAssetNames } from '../../src/scorm/plan-package.js';
import { describeLog, openSite, useSiteSuite, type BuiltSite } from '../helpers/browser.js';
import { repoRoot } from '../helpers/fixtures.js';
import { listZip, readZipText, unzipTo, type ScormVersion } from '../helpers/scorm-package.js';
import { writeWrapperXsd, xmllint } from '../helpers/xsd.js';
import { all, parseXml } from '../helpers/xml-dom.js';

const courseId = 'asset-names';
const svg = readFileSync(join(repoRoot, 'tests', 'fixtures', 'courses', 'valid', 'minimal', 'assets', 'people.svg'));
const mp3 = readFileSync(join(repoRoot, 'tests', 'fixtures', 'courses', 'valid', 'every-feature', 'assets', 'hello.mp3'));

/** Picture files by the name the course gives them, each with its own title so they can be told apart. */
const pictures = ['assets/people.svg', 'assets/My Plan.svg', 'assets/Ünïcödé picture.svg', 'assets/plan.svg', 'assets/Plan.svg', 'assets/plan#1.svg', 'assets/sub folder/ok.svg', 'assets/семья.svg'];
const sound = 'assets/hello world.mp3';

/** A project holding one course whose every point shows one of the pictures. */
function makeProject(): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'copack-names-'));
  const dir = join(root, 'courses', courseId);
  const write = (path: string, bytes: Uint8Array | string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  };
  pictures.forEach((path, i) => write(path, svg.toString('utf8').replace('<title>Two people</title>', `<title>Picture ${i}</title>`)));
  write(sound, mp3);
  write(
    'course.json',
    JSON.stringify({
      id: courseId,
      title: 'Pictures with odd names',
      summary: 'A course for tests.',
      version: '1.0.0',
      lessons: ['intro'],
      team: [{ id: 'sam', name: 'Sam', roles: ['expert-by-experience'], consentToBeNamed: true }],
      completion: { rule: 'all-pages' },
      glossary: [{ term: 'plan', meaning: 'What we will do.', picture: { src: 'assets/./My Plan.svg', alt: 'A plan' } }],
      lint: { rules: Object.fromEntries(Object.keys(rules).map((id) => [id, 'off'])) },
    }),
  );
  write(
    'lessons/intro.json',
    JSON.stringify({
      id: 'intro',
      title: 'Hello',
      summary: 'We say hello.',
      pages: [
        {
          id: 'pictures',
          kind: 'points',
          title: 'Pictures',
          points: pictures.map((src, i) => ({ text: `Picture ${i}.`, picture: { src, alt: `Picture ${i}` }, ...(i === 0 ? { audio: sound } : {}) })),
        },
      ],
    }),
  );
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

async function buildZips(): Promise<{ outDir: string; zips: Record<ScormVersion, string>; cleanup: () => void }> {
  const project = makeProject();
  const result = await build({ cwd: project.root, outDir: 'out', targets: ['scorm12', 'scorm2004'], cache: false });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
  const outDir = join(project.root, 'out', courseId);
  return { outDir, zips: { scorm12: join(outDir, `${courseId}-scorm12.zip`), scorm2004: join(outDir, `${courseId}-scorm2004.zip`) }, cleanup: project.cleanup };
}

/** Safe zip entry names, as tests/scorm/manifest-xsd.test.ts asks of every package. */
const safeEntry = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const imscp = { scorm12: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', scorm2004: 'http://www.imsglobal.org/xsd/imscp_v1p1' };

describe('safeAssetNames', () => {
  it('renames only what is unsafe, the same way every time, into names that never clash', () => {
    const paths = ['index.html', 'assets/people.svg', 'assets/My Plan.svg', 'assets/plan.svg', 'assets/Plan.svg', 'assets/a#b.png', 'assets/.hidden.svg', 'assets/x/y z.svg', 'assets/名前.svg'];
    const renames = safeAssetNames(paths);
    expect(safeAssetNames([...paths].reverse())).toEqual(renames);
    expect([...renames.keys()].sort()).toEqual(['assets/.hidden.svg', 'assets/My Plan.svg', 'assets/Plan.svg', 'assets/a#b.png', 'assets/plan.svg', 'assets/x/y z.svg', 'assets/名前.svg']);
    expect(renames.get('assets/My Plan.svg')).toMatch(/^assets\/My-Plan-[0-9a-f]{8}\.svg$/);
    expect(renames.get('assets/x/y z.svg')).toMatch(/^assets\/x\/y-z-[0-9a-f]{8}\.svg$/);
    expect(renames.get('assets/名前.svg')).toMatch(/^assets\/file-[0-9a-f]{8}\.svg$/);
    const after = paths.map((path) => renames.get(path) ?? path);
    for (const path of after) expect(path).toMatch(safeEntry);
    expect(new Set(after.map((path) => path.toLowerCase())).size).toBe(after.length);
  });
});

describe('a course whose pictures have unsafe names', () => {
  it('builds the same zips twice, with safe names that the manifest lists and the official schemas accept', async () => {
    const first = await buildZips();
    const second = await buildZips();
    const work = mkdtempSync(join(tmpdir(), 'copack-names-xsd-'));
    try {
      for (const version of ['scorm12', 'scorm2004'] as const) {
        expect(readFileSync(first.zips[version]).equals(readFileSync(second.zips[version])), `${version}: the same bytes`).toBe(true);
        const entries = listZip(first.zips[version]);
        expect(entries.filter((name) => !safeEntry.test(name)), `${version}: unsafe names`).toEqual([]);
        expect(new Set(entries.map((name) => name.toLowerCase())).size, `${version}: names that differ only in capitals`).toBe(entries.length);
        // One file for each picture and the sound: none lost to another's name.
        const media = entries.filter((name) => name.startsWith('assets/'));
        expect(media).toHaveLength(pictures.length + 1);
        expect(media).toContain('assets/people.svg');

        const manifestText = readZipText(first.zips[version], 'imsmanifest.xml');
        const listed = all(parseXml(manifestText), imscp[version], 'file').map((file) => file.getAttribute('href'));
        expect(listed.filter((href) => href?.startsWith('assets/')).sort()).toEqual([...media].sort());
        writeFileSync(join(work, `${version}.xml`), manifestText);
        const checked = xmllint(join(work, `${version}.xml`), writeWrapperXsd(version, work));
        expect(checked.ok, checked.output).toBe(true);

        // The page names every picture and the sound by its new name.
        const page = readZipText(first.zips[version], 'index.html');
        const sources = [...page.matchAll(/\ssrc="([^"]*)"/g)].map((m) => m[1]!).filter((src) => src.startsWith('assets/'));
        expect(sources.length).toBeGreaterThanOrEqual(pictures.length + 1);
        expect(sources.filter((src) => !entries.includes(src)), `${version}: pictures the page asks for that the zip lacks`).toEqual([]);
      }
    } finally {
      first.cleanup();
      second.cleanup();
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the package with renamed pictures, in Chromium', () => {
  const suite = useSiteSuite(async (): Promise<BuiltSite> => {
    const built = await buildZips();
    const dir = unzipTo(built.zips.scorm2004, join(built.outDir, 'unpacked'));
    return { siteDir: dir, cleanup: built.cleanup };
  });

  it('shows every picture, each one its own, with no missing file', async () => {
    const { browser, server } = suite.get();
    const { context, page, log } = await openSite(browser, { server });
    try {
      await page.goto(`${server.origin}/index.html#/intro/pictures`, { waitUntil: 'load' });
      const shown = await page.evaluate(async () => {
        const images = Array.from(document.querySelectorAll<HTMLImageElement>('section[data-screen="#/intro/pictures"] img'));
        await Promise.all(images.map((img) => (img.complete ? Promise.resolve() : new Promise((done) => img.addEventListener('load', done, { once: true })))));
        return images.map((img) => ({ alt: img.alt, loaded: img.naturalWidth > 0, src: img.getAttribute('src') }));
      });
      expect(shown).toHaveLength(pictures.length);
      expect(shown.filter((image) => !image.loaded)).toEqual([]);
      // Picture i is the file that was `pictures[i]`: the twins in capitals were not swapped.
      for (const [i, image] of shown.entries()) {
        const text = await (await fetch(`${server.origin}/${image.src}`)).text();
        expect(text, `${image.alt} from ${image.src}`).toContain(`<title>Picture ${i}</title>`);
      }
      expect(describeLog(log)).toBe('');
    } finally {
      await context.close();
    }
  }, 60_000);
});
