/**
 * Author text is text in every output copack makes besides the site (which
 * tests/render/browser/escaping.test.ts covers): the same hostile course (an HTML, script and
 * attribute-breaking payload in every free-text field, tests/helpers/hostile-course.ts)
 *
 * - in the lint report, opened in Chromium: nothing runs, no dialog, no request, and every
 *   title and flagged sentence reads exactly as written;
 * - in both SCORM manifests and 2004's metadata: parsed back with @xmldom/xmldom, the title,
 *   description and keywords are exactly as written, and xmllint still validates them;
 * - with characters XML cannot hold at all (NUL, other controls, U+FFFF): left out, so the
 *   manifests still parse and validate.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { rules } from '../../src/lint/registry.js';
import { renderLintReport } from '../../src/lint/report/render-report.js';
import { describeLog, openSite, useSiteSuite, type BuiltSite } from '../helpers/browser.js';
import { makeHostileCourse, type HostileCourse, type PlantedText } from '../helpers/hostile-course.js';
import { sampleId } from '../helpers/sample-copy.js';
import { buildPackages, readZipText, scormVersions, type BuiltPackages, type ScormVersion } from '../helpers/scorm-package.js';
import { writeWrapperXsd, xmllint } from '../helpers/xsd.js';
import { all, parseXml } from '../helpers/xml-dom.js';

const everyRule = Object.fromEntries(Object.keys(rules).map((id) => [id, 'warn' as const]));

// ---- The lint report ------------------------------------------------------------------------

let planted: PlantedText[] = [];
/** Each text the linter flagged in (a pointer's whole string is in `planted`). */
let shownTexts: string[] = [];

const suite = useSiteSuite(async (): Promise<BuiltSite> => {
  const hostile = makeHostileCourse();
  planted = hostile.planted;
  try {
    // The hostile course switches every rule off so it builds; the command line turns them back on.
    const result = check({ cwd: hostile.root, lint: { rules: everyRule } });
    const linted = result.lint.get(sampleId);
    const course = result.courses.find((c) => c.id === sampleId);
    if (!linted || !course) throw new Error(`the hostile course did not load: ${result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file} ${d.code}`).join(', ')}`);
    shownTexts = linted.findings.map((f) => f.unit?.text).filter((t): t is string => t !== undefined);
    const dir = join(hostile.root, 'report');
    mkdirSync(dir);
    writeFileSync(join(dir, 'index.html'), renderLintReport([{ course, result: linted }]));
    return { siteDir: dir, cleanup: hostile.cleanup };
  } catch (error) {
    hostile.cleanup();
    throw error;
  }
});

interface ReportReading {
  traces: string[];
  courseTitle: string;
  headings: string[];
  texts: string[];
  unexpectedElements: string[];
}

/** Runs in the report: any sign of markup that came from the course, and what a reader reads. */
function readReport(): ReportReading {
  const traces: string[] = [];
  if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) traces.push('window.__pwned is set');
  if (document.scripts.length > 0) traces.push(`${document.scripts.length} script elements`);
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value) || attr.name === 'src') traces.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value}">`);
    }
  }
  if (document.querySelector('img, svg, iframe, object, embed, link[rel="stylesheet"], textarea, title ~ title')) traces.push('an element the report never has');
  // A flagged text is shown in pieces: its words, some marked, and the numbers of its notes.
  const texts = Array.from(document.querySelectorAll('.finding p.text')).map((p) => {
    const copy = p.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('sup').forEach((sup) => {
      // Notes for the whole text are numbered after it, past a space that is not the author's.
      const before = sup.previousSibling;
      if (!sup.nextSibling && before?.nodeType === Node.TEXT_NODE && before.textContent?.endsWith(' ')) before.textContent = before.textContent.slice(0, -1);
      sup.remove();
    });
    return copy.textContent ?? '';
  });
  const unexpectedElements = Array.from(document.querySelectorAll('.finding p.text *'))
    .map((el) => el.tagName.toLowerCase())
    .filter((tag) => tag !== 'mark' && tag !== 'sup');
  return {
    traces,
    courseTitle: document.querySelector('main h2')?.textContent ?? '',
    headings: Array.from(document.querySelectorAll('main h3, main h4'), (h) => h.textContent ?? ''),
    texts,
    unexpectedElements,
  };
}

describe('the lint report of a course with HTML and script in every field', () => {
  it('runs nothing, fetches nothing, and shows every title and flagged sentence as written', async () => {
    const { browser, server } = suite.get();
    const { context, page, log } = await openSite(browser, { server });
    try {
      await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
      const reading = await page.evaluate(readReport);
      expect(reading.traces, 'traces of injected markup').toEqual([]);
      expect(reading.unexpectedElements, 'elements in flagged text other than marks and note numbers').toEqual([]);
      expect(log.dialogs, 'alert() or other dialogs').toEqual([]);
      expect(log.blocked, 'requests to anywhere').toEqual([]);
      expect(describeLog(log)).toBe('');

      const at = (file: RegExp, pointer: RegExp) => planted.filter((p) => file.test(p.file) && pointer.test(p.pointer)).map((p) => p.text);
      expect(reading.courseTitle).toBe(at(/^course\.json$/, /^\/title$/)[0]);
      const titles = [...at(/^lessons\//, /^\/title$/), ...at(/^lessons\//, /^\/pages\/\d+\/title$/)];
      expect(titles.length).toBeGreaterThan(20);
      const headingTitles = new Set(reading.headings.map((h) => h.replace(/^(Lesson|Page) \d+: /, '')));
      expect(titles.filter((title) => !headingTitles.has(title)), 'titles not shown exactly as written').toEqual([]);

      // Every piece of flagged text shown is a piece of a text from the course, character for character.
      expect(reading.texts.length, 'flagged texts shown').toBeGreaterThan(100);
      const whole = [...shownTexts, ...planted.map((p) => p.text)].join('\u0000');
      const notFromCourse = reading.texts.filter((text) => !whole.includes(text));
      expect(notFromCourse, 'shown text that is not the course\'s text as written').toEqual([]);
      // And the payloads' markup is among them, as text.
      expect(reading.texts.some((text) => text.includes('<script>window.__pwned=1</script>'))).toBe(true);
      expect(reading.texts.some((text) => text.includes('<svg onload=window.__pwned=2>'))).toBe(true);
    } finally {
      await context.close();
    }
  }, 60_000);
});

// ---- The manifests --------------------------------------------------------------------------

const imscp = { scorm12: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', scorm2004: 'http://www.imsglobal.org/xsd/imscp_v1p1' };
const imsmd = 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1';
const lom = 'http://ltsc.ieee.org/xsd/LOM';

interface ManifestText {
  titles: string[];
  descriptions: string[];
  keywords: string[];
}

/** The course's words as an LMS reads them back from each XML file of a package. */
function readBack(version: ScormVersion, zip: string): Record<string, ManifestText> {
  const manifest = parseXml(readZipText(zip, 'imsmanifest.xml'));
  const strings = (doc: ReturnType<typeof parseXml>, ns: string, name: string, inner: string) =>
    all(doc, ns, name).map((e) => all(e, ns, inner).map((s) => s.textContent ?? '').join(''));
  const out: Record<string, ManifestText> = {};
  if (version === 'scorm12') {
    out['imsmanifest.xml'] = {
      titles: [...all(manifest, imscp.scorm12, 'title').map((e) => e.textContent ?? ''), ...strings(manifest, imsmd, 'title', 'langstring')],
      descriptions: strings(manifest, imsmd, 'description', 'langstring'),
      keywords: strings(manifest, imsmd, 'keyword', 'langstring'),
    };
  } else {
    out['imsmanifest.xml'] = { titles: all(manifest, imscp.scorm2004, 'title').map((e) => e.textContent ?? ''), descriptions: [], keywords: [] };
    const metadata = parseXml(readZipText(zip, 'metadata.xml'));
    out['metadata.xml'] = { titles: strings(metadata, lom, 'title', 'string'), descriptions: strings(metadata, lom, 'description', 'string'), keywords: strings(metadata, lom, 'keyword', 'string') };
  }
  return out;
}

function validates(version: ScormVersion, zip: string, work: string): void {
  const path = join(work, `${basename(zip)}-imsmanifest.xml`);
  writeFileSync(path, readZipText(zip, 'imsmanifest.xml'));
  const result = xmllint(path, writeWrapperXsd(version, work));
  expect(result.ok, result.output).toBe(true);
  if (version === 'scorm2004') {
    const metadata = join(work, `${basename(zip)}-metadata.xml`);
    writeFileSync(metadata, readZipText(zip, 'metadata.xml'));
    const wellFormed = xmllint(metadata);
    expect(wellFormed.ok, wellFormed.output).toBe(true);
  }
}

type CourseMetadata = { title: string; summary: string; keywords: string[] } & Record<string, unknown>;

/**
 * For one describe block: a hostile course with its `course.json` changed by `edit`, built
 * into both packages before the block's tests, and removed after them.
 */
function useBuiltHostileCourse(edit: (data: CourseMetadata) => CourseMetadata) {
  const built: { course?: CourseMetadata; packages?: BuiltPackages; work: string } = { work: '' };
  let hostile: HostileCourse | undefined;
  beforeAll(async () => {
    hostile = makeHostileCourse();
    const path = join(hostile.courseDir, 'course.json');
    built.course = edit(JSON.parse(readFileSync(path, 'utf8')) as CourseMetadata);
    writeFileSync(path, JSON.stringify(built.course, null, 2));
    built.packages = await buildPackages({ cwd: hostile.root });
    built.work = mkdtempSync(join(tmpdir(), 'copack-injection-'));
  }, 120_000);
  afterAll(() => {
    built.packages?.cleanup();
    hostile?.cleanup();
    if (built.work) rmSync(built.work, { recursive: true, force: true });
  });
  return built;
}

describe('the manifests of a course with HTML, script and XML breakers in its title, summary and keywords', () => {
  // The payloads, and the one sequence that ends an XML CDATA section, in every field an LMS shows.
  const built = useBuiltHostileCourse((data) => ({ ...data, keywords: ['<b>bold</b>', ']]><x/>', '&amp;', '"\'<>&', '<!-- c -->'] }));

  it.each(scormVersions)('%s: read back exactly as written, and still valid against the official schemas', (version) => {
    expect(built.course!.title).toMatch(/<|&|"/);
    const read = readBack(version, built.packages!.zips[version]);
    for (const [file, text] of Object.entries(read)) {
      expect(new Set(text.titles), `${file} titles`).toEqual(new Set([built.course!.title]));
      if (file !== 'imsmanifest.xml' || version === 'scorm12') {
        expect(text.descriptions, `${file} description`).toEqual([built.course!.summary]);
        expect(text.keywords, `${file} keywords`).toEqual(built.course!.keywords);
      }
    }
    validates(version, built.packages!.zips[version], built.work);
  });
});

describe('the manifests of a course with characters XML cannot hold', () => {
  const title = 'Working\u0000 together\u000b \u0007now\uffff';
  const summary = 'We learn\u0001 to \u001ftalk.\ud800 With \u{1f91d} and \u00e9.';
  const built = useBuiltHostileCourse((data) => ({ ...data, title, summary, keywords: ['pasted\u000c from Word'] }));

  it.each(scormVersions)('%s: leaves them out, and every other character in, so the manifest still parses and validates', (version) => {
    const read = readBack(version, built.packages!.zips[version]);
    for (const [file, text] of Object.entries(read)) {
      expect(new Set(text.titles), file).toEqual(new Set(['Working together now']));
      if (file !== 'imsmanifest.xml' || version === 'scorm12') {
        expect(text.descriptions, file).toEqual(['We learn to talk. With \u{1f91d} and \u00e9.']);
        expect(text.keywords, file).toEqual(['pasted from Word']);
      }
    }
    validates(version, built.packages!.zips[version], built.work);
  });
});
