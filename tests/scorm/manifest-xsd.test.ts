/**
 * The two SCORM packages of the sample course, opened as an LMS opens them: each manifest is
 * valid against the official ADL/IMS schemas (xmllint), and says what design §5 asks of it —
 * ids unique, valid and stable; every file listed and every listed file there; one SCO under
 * one top item; the pass mark as the LMS reads it; the schema files at the root.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { copySample, sampleId } from '../helpers/sample-copy.js';
import { buildPackages, listZip, requireTool, scormVersions, unzipTo, type BuiltPackages, type ScormVersion } from '../helpers/scorm-package.js';
import { schemaFolder, writeWrapperXsd, xmllint } from '../helpers/xsd.js';
import { all, children, only, parseXml } from '../helpers/xml-dom.js';

const ns = {
  scorm12: {
    imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
  },
  scorm2004: {
    imscp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    imsss: 'http://www.imsglobal.org/xsd/imsss',
    adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
    lom: 'http://ltsc.ieee.org/xsd/LOM',
  },
} as const;

/** xs:ID is an NCName (XML Schema 2 §3.3.8): here, the ASCII subset copack promises. */
const ncName = /^[A-Za-z_][A-Za-z0-9._-]*$/;
/** Safe zip entry names: ASCII letters, digits, `.`, `_`, `-`, and `/` between folders. */
const safeEntry = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

const course = JSON.parse(readFileSync(join(repoRoot, 'courses', sampleId, 'course.json'), 'utf8')) as {
  title: string;
  summary: string;
  language: string;
  version: string;
  keywords: string[];
};

interface Unpacked {
  dir: string;
  entries: string[];
  manifestText: string;
  manifest: Document;
}

let packages: BuiltPackages | undefined;
let work = '';
let ready: Promise<Record<ScormVersion, Unpacked>> | undefined;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'copack-xsd-'));
  // Kept as a promise: a failure to build fails every test with its reason, never skips them.
  ready = (async () => {
    requireTool('xmllint', 'libxml2-utils');
    packages = await buildPackages();
    const built = packages;
    const unpack = (version: ScormVersion): Unpacked => {
      const dir = unzipTo(built.zips[version], join(work, version));
      const manifestText = readFileSync(join(dir, 'imsmanifest.xml'), 'utf8');
      return { dir, entries: listZip(built.zips[version]), manifestText, manifest: parseXml(manifestText) };
    };
    return { scorm12: unpack('scorm12'), scorm2004: unpack('scorm2004') };
  })();
  ready.catch(() => undefined);
}, 120_000);

afterAll(() => {
  packages?.cleanup();
  if (work) rmSync(work, { recursive: true, force: true });
});

const unpacked = async (version: ScormVersion) => (await ready!)[version];

/** Files at a package's root that are not the SCO's: the manifest, the schema files and 2004's metadata. */
function packageOwnFiles(version: ScormVersion): string[] {
  return ['imsmanifest.xml', ...readdirSync(schemaFolder[version]), ...(version === 'scorm2004' ? ['metadata.xml'] : [])];
}

describe.each(scormVersions)('the %s package', (version) => {
  const { imscp, adlcp } = ns[version];

  it('is a sound zip with imsmanifest.xml at its root and only safe, forward-slash ASCII names', async () => {
    const { entries } = await unpacked(version);
    const unzip = requireTool('unzip', 'unzip');
    expect(execFileSync(unzip, ['-tq', packages!.zips[version]], { encoding: 'utf8' })).toMatch(/No errors detected/);
    expect(entries).toContain('imsmanifest.xml');
    expect(new Set(entries).size).toBe(entries.length);
    const unsafe = entries.filter((name) => !safeEntry.test(name) || name.split('/').some((part) => part === '..' || part === '.'));
    expect(unsafe, 'entry names with backslashes, spaces, non-ASCII, `..` or empty parts').toEqual([]);
  });

  it('has a manifest that the official XSDs validate (xmllint)', async () => {
    const { dir } = await unpacked(version);
    const wrapper = writeWrapperXsd(version, work);
    const result = xmllint(join(dir, 'imsmanifest.xml'), wrapper);
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toMatch(/imsmanifest\.xml validates/);
  });

  it('would fail that validation if the manifest broke the schema (the check bites)', async () => {
    const { manifestText } = await unpacked(version);
    const broken = join(work, `${version}-broken.xml`);
    // An element the content-packaging schema does not allow inside <resources>.
    writeFileSync(broken, manifestText.replace('<resources>', '<resources><launch>index.html</launch>'));
    const result = xmllint(broken, writeWrapperXsd(version, work));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/launch/);
  });

  it('ships the official schema files at its root, byte for byte', async () => {
    const { dir, entries } = await unpacked(version);
    const official = readdirSync(schemaFolder[version]).sort();
    expect(entries.filter((name) => !name.includes('/') && /\.(xsd|dtd)$/.test(name)).sort()).toEqual(official);
    for (const name of official) expect(readFileSync(join(dir, name)).equals(readFileSync(join(schemaFolder[version], name))), name).toBe(true);
  });

  it('has unique identifiers, each a valid xs:ID, and every reference resolves', async () => {
    const { manifest } = await unpacked(version);
    const identified = [manifest.documentElement!, ...all(manifest, imscp, 'organization'), ...all(manifest, imscp, 'item'), ...all(manifest, imscp, 'resource')];
    const ids = identified.map((element) => element.getAttribute('identifier') ?? '');
    expect(ids.filter((id) => !ncName.test(id)), 'identifiers that are not NCNames').toEqual([]);
    expect(new Set(ids).size, `duplicate identifiers in ${ids.join(', ')}`).toBe(ids.length);
    const organizations = only(all(manifest, imscp, 'organizations'), '<organizations>');
    expect(all(manifest, imscp, 'organization').map((o) => o.getAttribute('identifier'))).toContain(organizations.getAttribute('default'));
    const resourceIds = all(manifest, imscp, 'resource').map((r) => r.getAttribute('identifier'));
    for (const item of all(manifest, imscp, 'item').filter((i) => i.hasAttribute('identifierref'))) {
      expect(resourceIds).toContain(item.getAttribute('identifierref'));
    }
    // The objective id is an identifier too (an anyURI in imsss, but kept to the same safe form).
    for (const objective of version === 'scorm2004' ? all(manifest, ns.scorm2004.imsss, 'primaryObjective') : []) {
      expect(objective.getAttribute('objectiveID')).toMatch(ncName);
    }
  });

  it('has one organization with one top item holding one SCO item', async () => {
    const { manifest } = await unpacked(version);
    const organization = only(all(manifest, imscp, 'organization'), '<organization>');
    expect(only(children(organization, imscp, 'title'), 'organization <title>').textContent).toBe(course.title);
    const top = only(children(organization, imscp, 'item'), 'top <item>');
    expect(top.hasAttribute('identifierref'), 'the top item is a parent, not a SCO').toBe(false);
    const sco = only(children(top, imscp, 'item'), 'SCO <item> under the top item');
    expect(children(sco, imscp, 'item')).toEqual([]);
    const resource = only(all(manifest, imscp, 'resource'), '<resource>');
    expect(sco.getAttribute('identifierref')).toBe(resource.getAttribute('identifier'));
    // Hidden items strand learners in some players.
    for (const item of [top, sco]) expect(item.getAttribute('isvisible') ?? 'true').toBe('true');
  });

  it('launches a SCO: the resource is webcontent, a SCO, with href index.html', async () => {
    const { manifest, entries } = await unpacked(version);
    const resource = only(all(manifest, imscp, 'resource'), '<resource>');
    expect(resource.getAttribute('type')).toBe('webcontent');
    expect(resource.getAttributeNS(adlcp, version === 'scorm12' ? 'scormtype' : 'scormType')).toBe('sco');
    expect(resource.getAttribute('href')).toBe('index.html');
    expect(entries).toContain('index.html');
  });

  it('lists every file of the zip and has every file it lists', async () => {
    const { manifest, entries } = await unpacked(version);
    const resource = only(all(manifest, imscp, 'resource'), '<resource>');
    const listed = children(resource, imscp, 'file').map((file) => file.getAttribute('href') ?? '');
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.filter((href) => !entries.includes(href)), 'listed but not in the zip').toEqual([]);
    const own = packageOwnFiles(version);
    const content = entries.filter((name) => !name.endsWith('/') && !own.includes(name));
    expect(content.filter((name) => !listed.includes(name)), 'in the zip but not listed').toEqual([]);
    expect(listed).toContain(resource.getAttribute('href'));
    expect(listed.filter((href) => !safeEntry.test(href)), 'unsafe hrefs').toEqual([]);
  });
});

describe('the SCORM 1.2 manifest', () => {
  it('gives the pass mark as adlcp:masteryscore 80 on the SCO item', async () => {
    const { manifest } = await unpacked('scorm12');
    const { imscp, adlcp } = ns.scorm12;
    const sco = only(all(manifest, imscp, 'item').filter((i) => i.hasAttribute('identifierref')), 'SCO item');
    expect(only(children(sco, adlcp, 'masteryscore'), 'adlcp:masteryscore').textContent).toBe('80');
  });

  it('carries the course metadata (title, description, language, keywords, version) as IMS metadata', async () => {
    const { manifest } = await unpacked('scorm12');
    const { imscp, imsmd } = ns.scorm12;
    const metadata = only(children(manifest.documentElement!, imscp, 'metadata'), '<metadata>');
    expect(only(children(metadata, imscp, 'schema'), '<schema>').textContent).toBe('ADL SCORM');
    expect(only(children(metadata, imscp, 'schemaversion'), '<schemaversion>').textContent).toBe('1.2');
    const text = (name: string) => all(metadata, imsmd, name).map((e) => all(e, imsmd, 'langstring').map((s) => s.textContent).join(''));
    expect(text('title')).toEqual([course.title]);
    expect(text('description')).toEqual([course.summary]);
    expect(text('keyword')).toEqual(course.keywords);
    expect(text('version')).toEqual([course.version]);
    expect(all(metadata, imsmd, 'language').map((e) => e.textContent)).toEqual([course.language]);
  });
});

describe('the SCORM 2004 manifest', () => {
  const { imscp, imsss, adlcp, adlnav, lom } = ns.scorm2004;

  it('judges success honestly: the primary objective is satisfied by measure at 0.80', async () => {
    const { manifest } = await unpacked('scorm2004');
    const primary = only(all(manifest, imsss, 'primaryObjective'), 'imsss:primaryObjective');
    expect(primary.getAttribute('satisfiedByMeasure')).toBe('true');
    expect(Number(only(children(primary, imsss, 'minNormalizedMeasure'), 'imsss:minNormalizedMeasure').textContent)).toBe(0.8);
    const delivery = only(all(manifest, imsss, 'deliveryControls'), 'imsss:deliveryControls');
    expect(delivery.getAttribute('completionSetByContent')).toBe('true');
    expect(delivery.getAttribute('objectiveSetByContent')).toBe('true');
  });

  it('leaves the LMS its navigation: choice and flow on, no hidden LMS buttons', async () => {
    const { manifest } = await unpacked('scorm2004');
    for (const control of all(manifest, imsss, 'controlMode')) {
      expect(control.getAttribute('choice') ?? 'true').toBe('true');
      expect(control.getAttribute('flow') ?? 'false').toBe('true');
    }
    expect(all(manifest, adlnav, 'hideLMSUI')).toEqual([]);
  });

  it('points to metadata.xml, which is well-formed IEEE LOM with the course metadata', async () => {
    const { manifest, dir, entries } = await unpacked('scorm2004');
    const metadata = only(children(manifest.documentElement!, imscp, 'metadata'), '<metadata>');
    expect(only(children(metadata, imscp, 'schemaversion'), '<schemaversion>').textContent).toBe('2004 4th Edition');
    expect(only(children(metadata, adlcp, 'location'), 'adlcp:location').textContent).toBe('metadata.xml');
    expect(entries).toContain('metadata.xml');
    const wellFormed = xmllint(join(dir, 'metadata.xml'));
    expect(wellFormed.ok, wellFormed.output).toBe(true);
    const doc = parseXml(readFileSync(join(dir, 'metadata.xml'), 'utf8'));
    expect(doc.documentElement!.namespaceURI).toBe(lom);
    expect(doc.documentElement!.localName).toBe('lom');
    const text = (name: string) => all(doc, lom, name).map((e) => all(e, lom, 'string').map((s) => s.textContent).join(''));
    expect(text('title')).toEqual([course.title]);
    expect(text('description')).toEqual([course.summary]);
    expect(text('keyword')).toEqual(course.keywords);
    expect(text('version')).toEqual([course.version]);
    expect(all(doc, lom, 'language').map((e) => e.textContent)).toEqual([course.language]);
  });
});

describe('manifest identifiers across builds', () => {
  const identifiers = (manifest: Document, version: ScormVersion) => {
    const { imscp } = ns[version];
    return [manifest.documentElement!, ...all(manifest, imscp, 'organization'), ...all(manifest, imscp, 'item'), ...all(manifest, imscp, 'resource')].map(
      (e) => `${e.localName}=${e.getAttribute('identifier')}`,
    );
  };

  /** Builds a copy of the sample from another folder (with `edit` applied) and reads a manifest. */
  async function rebuild(version: ScormVersion, edit?: (courseJson: Record<string, unknown>) => void): Promise<Document> {
    const copy = copySample();
    try {
      if (edit) {
        const path = join(copy.courseDir, 'course.json');
        const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
        edit(json);
        writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
      }
      const built = await buildPackages({ cwd: copy.root });
      try {
        const dir = unzipTo(built.zips[version], join(copy.root, 'unpacked'));
        return parseXml(readFileSync(join(dir, 'imsmanifest.xml'), 'utf8'));
      } finally {
        built.cleanup();
      }
    } finally {
      copy.cleanup();
    }
  }

  it('are the same when the same course is built again, from another folder', async () => {
    for (const version of scormVersions) {
      const first = await unpacked(version);
      const again = await rebuild(version);
      expect(identifiers(again, version)).toEqual(identifiers(first.manifest, version));
    }
  }, 60_000);

  it('follow the course version in the manifest id only, so an LMS sees a new version as new', async () => {
    const first = await unpacked('scorm12');
    const bumped = await rebuild('scorm12', (json) => (json['version'] = '1.1.0'));
    const [firstManifest, ...firstRest] = identifiers(first.manifest, 'scorm12');
    const [bumpedManifest, ...bumpedRest] = identifiers(bumped, 'scorm12');
    expect(bumpedManifest).not.toBe(firstManifest);
    expect(bumpedManifest).toMatch(/1\.1\.0/);
    expect(bumpedRest).toEqual(firstRest);
  }, 60_000);
});
