import type { Document } from '@xmldom/xmldom';
import type { Course } from '../model/course.js';
import { add, createDocument } from './xml.js';

const lomNs = 'http://ltsc.ieee.org/xsd/LOM';

/**
 * IEEE LOM metadata for the 2004 package, in `metadata.xml` beside the manifest (CAM 2004
 * §4.3: metadata may be external, referenced by `adlcp:location`): title, description,
 * language, keywords and version, which LMS catalogues show.
 */
export function buildMetadata2004(course: Course): Document {
  const { data } = course;
  const language = data.language ?? 'en-GB';
  const { doc, root } = createDocument(lomNs, 'lom');
  const general = add(root, lomNs, 'general');
  const text = (parent: ReturnType<typeof add>, name: string, value: string) =>
    add(add(parent, lomNs, name), lomNs, 'string', { language }, value);
  text(general, 'title', data.title);
  add(general, lomNs, 'language', {}, language);
  text(general, 'description', data.summary);
  for (const keyword of data.keywords ?? []) text(general, 'keyword', keyword);
  const lifeCycle = add(root, lomNs, 'lifeCycle');
  text(lifeCycle, 'version', data.version);
  return doc;
}
