import type { Document } from '@xmldom/xmldom';
import type { Course } from '../model/course.js';
import { launchPage, scorm2004 } from './constants.js';
import { manifestIds } from './identifiers.js';
import { add, createDocument, setRootAttribute } from './xml.js';

const { imscp, adlcp, adlseq, adlnav, imsss, xsi } = scorm2004.namespaces;

/**
 * The SCORM 2004 4th Edition manifest (CAM §3.4, SN §5): one SCO under one top item. The
 * content reports completion and success itself; with a pass mark the primary objective is
 * satisfied by measure, so an LMS judges success from the score honestly. Choice and flow
 * are on, so the LMS's own navigation never strands a learner. Pure.
 */
export function buildManifest2004(course: Course, files: readonly string[]): Document {
  const { data } = course;
  const ids = manifestIds(course.id, data.version);
  const { doc, root } = createDocument(imscp, 'manifest', { adlcp, adlseq, adlnav, imsss, xsi });
  root.setAttribute('identifier', ids.manifest);
  root.setAttribute('version', data.version);
  setRootAttribute(
    doc,
    'xsi:schemaLocation',
    [imscp, 'imscp_v1p1.xsd', adlcp, 'adlcp_v1p3.xsd', adlseq, 'adlseq_v1p3.xsd', adlnav, 'adlnav_v1p3.xsd', imsss, 'imsss_v1p0.xsd'].join(' '),
  );

  const metadata = add(root, imscp, 'metadata');
  add(metadata, imscp, 'schema', {}, 'ADL SCORM');
  add(metadata, imscp, 'schemaversion', {}, scorm2004.schemaVersion);
  add(metadata, adlcp, 'adlcp:location', {}, 'metadata.xml');

  const organizations = add(root, imscp, 'organizations', { default: ids.organization });
  const organization = add(organizations, imscp, 'organization', { identifier: ids.organization, 'adlseq:objectivesGlobalToSystem': 'false' });
  add(organization, imscp, 'title', {}, data.title);
  const top = add(organization, imscp, 'item', { identifier: ids.rootItem });
  add(top, imscp, 'title', {}, data.title);
  const sco = add(top, imscp, 'item', { identifier: ids.scoItem, identifierref: ids.resource });
  add(sco, imscp, 'title', {}, data.title);
  const scoSequencing = add(sco, imsss, 'imsss:sequencing');
  const objectives = add(scoSequencing, imsss, 'imsss:objectives');
  const passMark = data.completion.rule === 'pass-mark' ? data.completion.passMark : undefined;
  const primary = add(objectives, imsss, 'imsss:primaryObjective', {
    objectiveID: ids.objective,
    satisfiedByMeasure: passMark !== undefined ? 'true' : 'false',
  });
  if (passMark !== undefined) add(primary, imsss, 'imsss:minNormalizedMeasure', {}, (passMark / 100).toFixed(2));
  add(scoSequencing, imsss, 'imsss:deliveryControls', { completionSetByContent: 'true', objectiveSetByContent: 'true' });

  const orgSequencing = add(organization, imsss, 'imsss:sequencing');
  add(orgSequencing, imsss, 'imsss:controlMode', { choice: 'true', flow: 'true' });

  const resources = add(root, imscp, 'resources');
  const resource = add(resources, imscp, 'resource', { identifier: ids.resource, type: 'webcontent', 'adlcp:scormType': 'sco', href: launchPage });
  for (const file of files) add(resource, imscp, 'file', { href: file });
  return doc;
}
