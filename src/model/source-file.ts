import type { AnyNode, DocumentNode, MemberNode, ValueNode } from '@humanwhocodes/momoa';

export interface Position {
  line: number;
  column: number;
}

/**
 * A parsed JSON input: its display path, its text, the syntax tree with positions and the
 * plain value. Every later stage finds positions through it, so no stage re-reads or
 * re-parses a file.
 */
export interface SourceFile {
  /** Path from the working folder, forward slashes: what diagnostics print. */
  readonly path: string;
  readonly text: string;
  readonly ast: DocumentNode;
  readonly value: unknown;
}

/** Splits a JSON pointer (RFC 6901) into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Joins segments into a JSON pointer, escaping `~` and `/`. */
export function toPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

interface Found {
  node: ValueNode;
  member?: MemberNode;
}

/**
 * The deepest node on the way to `pointer`. When an object has the same key twice, the
 * last one wins, as it does for the parsed value.
 */
function findNode(ast: DocumentNode, pointer: string): Found {
  let found: Found = { node: ast.body };
  for (const segment of pointerSegments(pointer)) {
    const node = found.node;
    if (node.type === 'Object') {
      const member = findLast(node.members, (m) => m.name.type === 'String' && m.name.value === segment);
      if (!member) break;
      found = { node: member.value, member };
    } else if (node.type === 'Array') {
      const element = /^(0|[1-9][0-9]*)$/.test(segment) ? node.elements[Number(segment)] : undefined;
      if (!element) break;
      found = { node: element.value };
    } else {
      break;
    }
  }
  return found;
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

function startOf(node: AnyNode): Position {
  return { line: node.loc.start.line, column: node.loc.start.column };
}

/**
 * Where the value at `pointer` starts. With `key: true`, where its property name starts
 * instead (the place to show an unknown or misspelt property).
 */
export function locate(file: SourceFile, pointer: string, options: { key?: boolean } = {}): Position {
  const { node, member } = findNode(file.ast, pointer);
  if (options.key && member) return startOf(member.name);
  return startOf(node);
}

/**
 * Where the character at `index` of the decoded string at `pointer` sits in the source,
 * counting escapes such as `\n` and `\u00e9` as the source has them. Lint rules use it to
 * point at the exact word inside a JSON string.
 */
export function locateInString(file: SourceFile, pointer: string, index: number): Position {
  const { node } = findNode(file.ast, pointer);
  if (node.type !== 'String' || !node.range) return startOf(node);
  const start = startOf(node);
  const raw = file.text.slice(node.range[0] + 1, node.range[1] - 1);
  let rawOffset = 0;
  for (let decoded = 0; decoded < index && rawOffset < raw.length; decoded++) {
    rawOffset += raw[rawOffset] === '\\' ? (raw[rawOffset + 1] === 'u' ? 6 : 2) : 1;
  }
  // A JSON string cannot hold a raw line break, so the character is on the string's line.
  return { line: start.line, column: start.column + 1 + rawOffset };
}
