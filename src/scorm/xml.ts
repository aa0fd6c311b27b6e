import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

/**
 * A small layer over xmldom for building manifests as a DOM (never string templates, so
 * every value is escaped by the serializer) and writing them with stable indentation.
 */

/** Namespaces in XML §3: the `xml` prefix is bound by definition, `xmlns` declares. */
const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';
const xmlnsNamespace = 'http://www.w3.org/2000/xmlns/';

const prefixesOf = new WeakMap<Document, Record<string, string>>();

/** A document whose root declares `prefixes` (prefix → namespace), in the order given. */
export function createDocument(namespace: string, rootName: string, prefixes: Record<string, string> = {}): { doc: Document; root: Element } {
  const doc = new DOMImplementation().createDocument(namespace, rootName, null);
  const root = doc.documentElement!;
  for (const [prefix, uri] of Object.entries(prefixes)) root.setAttributeNS(xmlnsNamespace, `xmlns:${prefix}`, uri);
  prefixesOf.set(doc, { ...prefixes, xml: xmlNamespace });
  return { doc, root };
}

/** Appends an element; a prefixed attribute name (`adlcp:scormtype`) gets its namespace. */
export function add(parent: Element, namespace: string, name: string, attributes: Record<string, string> = {}, text?: string): Element {
  const doc = parent.ownerDocument!;
  const prefixes = prefixesOf.get(doc) ?? { xml: xmlNamespace };
  const element = doc.createElementNS(namespace, name);
  for (const [key, value] of Object.entries(attributes)) setAttribute(element, prefixes, key, xmlText(value));
  if (text !== undefined) element.appendChild(doc.createTextNode(xmlText(text)));
  parent.appendChild(element);
  return element;
}

export function setAttribute(element: Element, prefixes: Record<string, string>, key: string, value: string): void {
  const prefix = key.includes(':') ? key.split(':')[0]! : undefined;
  if (prefix === undefined) {
    element.setAttribute(key, value);
    return;
  }
  const namespace = prefixes[prefix];
  if (!namespace) throw new Error(`No namespace declared for the prefix \`${prefix}\`.`);
  element.setAttributeNS(namespace, key, value);
}

/**
 * Text as XML 1.0 can hold it (§2.2 Char): without the control characters, lone surrogates
 * and U+FFFE/U+FFFF that no XML parser accepts, even escaped. A course title pasted from a
 * word processor can carry them, and one would make the whole manifest unreadable to an LMS.
 */
export function xmlText(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '');
}

/** Sets a prefixed attribute on the root, such as `xsi:schemaLocation`. */
export function setRootAttribute(doc: Document, key: string, value: string): void {
  setAttribute(doc.documentElement!, prefixesOf.get(doc) ?? {}, key, value);
}

/** Serialises with a declaration and two-space indentation of element-only content. */
export function serialize(doc: Document): string {
  indent(doc.documentElement!, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

function indent(element: Element, depth: number): void {
  const children = Array.from(element.childNodes);
  if (children.length === 0 || children.some((c) => c.nodeType === 3)) return; // empty, or text content
  const doc = element.ownerDocument!;
  for (const child of children) {
    element.insertBefore(doc.createTextNode(`\n${'  '.repeat(depth + 1)}`), child);
    indent(child as Element, depth + 1);
  }
  element.appendChild(doc.createTextNode(`\n${'  '.repeat(depth)}`));
}
