/**
 * Reading XML in tests with @xmldom/xmldom (the library copack builds manifests with): parse
 * strictly, and find elements by namespace and local name, as an LMS's parser does.
 */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/** Parses `text`, throwing with every problem xmldom reports: a warning counts too. */
export function parseXml(text: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(text, 'text/xml');
  if (problems.length > 0) throw new Error(`The XML did not parse cleanly:\n${problems.join('\n')}`);
  return doc;
}

/** Every element named `name` in `namespace` below `root`. */
export const all = (root: Document | Element, namespace: string, name: string) => Array.from(root.getElementsByTagNameNS(namespace, name));
/** The child elements of `parent` named `name` in `namespace`. */
export const children = (parent: Element, namespace: string, name: string) =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === namespace && (n as Element).localName === name);
/** The one item of `list`, or an error saying how many `what`s there were. */
export const only = <T>(list: T[], what: string): T => {
  if (list.length !== 1) throw new Error(`Expected exactly one ${what}, found ${list.length}`);
  return list[0]!;
};
