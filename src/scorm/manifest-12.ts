import type { Document } from '@xmldom/xmldom';
import type { Course } from '../model/course.js';
import { launchPage, scorm12 } from './constants.js';
import { manifestIds } from './identifiers.js';
import { add, createDocument, setRootAttribute } from './xml.js';

const { imscp, adlcp, imsmd, xsi } = scorm12.namespaces;

/**
 * The SCORM 1.2 manifest (CAM 1.2 §2.3): one SCO for the whole course, under one top item
 * (Moodle's player expects a parent item), with IMS metadata and the pass mark as
 * `adlcp:masteryscore`. `files` are the resource's files, sorted. Pure.
 */
export function buildManifest12(course: Course, files: readonly string[]): Document {
  const { data } = course;
  const ids = manifestIds(course.id, data.version);
  const language = data.language ?? 'en-GB';
  const { doc, root } = createDocument(imscp, 'manifest', { adlcp, imsmd, xsi });
  root.setAttribute('identifier', ids.manifest);
  root.setAttribute('version', data.version);
  setRootAttribute(doc, 'xsi:schemaLocation', [imscp, 'imscp_rootv1p1p2.xsd', imsmd, 'imsmd_rootv1p2p1.xsd', adlcp, 'adlcp_rootv1p2.xsd'].join(' '));

  const metadata = add(root, imscp, 'metadata');
  add(metadata, imscp, 'schema', {}, 'ADL SCORM');
  add(metadata, imscp, 'schemaversion', {}, scorm12.schemaVersion);
  const lom = add(metadata, imsmd, 'imsmd:lom');
  const general = add(lom, imsmd, 'imsmd:general');
  const langString = (parent: ReturnType<typeof add>, name: string, text: string) =>
    add(add(parent, imsmd, name), imsmd, 'imsmd:langstring', { 'xml:lang': language }, text);
  langString(general, 'imsmd:title', data.title);
  add(general, imsmd, 'imsmd:language', {}, language);
  langString(general, 'imsmd:description', data.summary);
  for (const keyword of data.keywords ?? []) langString(general, 'imsmd:keyword', keyword);
  const lifecycle = add(lom, imsmd, 'imsmd:lifecycle');
  langString(lifecycle, 'imsmd:version', data.version);

  const organizations = add(root, imscp, 'organizations', { default: ids.organization });
  const organization = add(organizations, imscp, 'organization', { identifier: ids.organization });
  add(organization, imscp, 'title', {}, data.title);
  const top = add(organization, imscp, 'item', { identifier: ids.rootItem, isvisible: 'true' });
  add(top, imscp, 'title', {}, data.title);
  const sco = add(top, imscp, 'item', { identifier: ids.scoItem, identifierref: ids.resource, isvisible: 'true' });
  add(sco, imscp, 'title', {}, data.title);
  // With a mastery score the LMS judges passed or failed from the score (RTE 1.2 §3.4.2), so
  // the runtime writes a score under the pass mark only when the course asks to report fails.
  if (data.completion.rule === 'pass-mark' && data.completion.passMark !== undefined) {
    add(sco, adlcp, 'adlcp:masteryscore', {}, String(data.completion.passMark));
  }

  const resources = add(root, imscp, 'resources');
  const resource = add(resources, imscp, 'resource', { identifier: ids.resource, type: 'webcontent', 'adlcp:scormtype': 'sco', href: launchPage });
  for (const file of files) add(resource, imscp, 'file', { href: file });
  return doc;
}
