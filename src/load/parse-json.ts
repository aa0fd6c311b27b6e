import { parse as parseTree, type DocumentNode, type StringNode, type ValueNode } from '@humanwhocodes/momoa';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { SourceFile } from '../model/source-file.js';
import { toPointer } from '../model/source-file.js';
import { describeSyntaxError } from './json-syntax-message.js';
import { limits } from './limits.js';
import { scanJson } from './scan-json.js';

export interface ParsedJson {
  /** Absent when the file could not be parsed at all. */
  file?: SourceFile;
  diagnostics: Diagnostic[];
}

/**
 * Parses the bytes of one JSON file into a SourceFile, reporting every problem a trainer's
 * editor could leave behind: a BOM, bad UTF-8, syntax errors, duplicate keys. Pure: no I/O.
 */
export function parseJson(path: string, bytes: Uint8Array): ParsedJson {
  const diagnostics: Diagnostic[] = [];
  const report = (code: DiagnosticCode, line: number, column: number, message: string, hint?: string, pointer = '') =>
    diagnostics.push({ code, severity: 'error', file: path, line, column, pointer, message, ...(hint ? { hint } : {}) });

  if (bytes.length > limits.jsonFileBytes) return { diagnostics: [tooLarge(path, bytes.length)] };
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    report('json/bom', 1, 1, 'The file starts with a byte order mark (BOM).', 'Save the file as "UTF-8" rather than "UTF-8 with BOM". In VS Code, click the encoding in the status bar.');
    start = 3;
  }
  const body = bytes.subarray(start);
  const text = decodeUtf8(body);
  if (text === undefined) {
    const at = firstInvalidUtf8(body);
    report('json/encoding', at.line, at.column, 'The file is not valid UTF-8 text.', 'Save the file with the encoding "UTF-8". It may have been saved by a program that uses another encoding.');
    return { diagnostics };
  }
  if (text.trim() === '') {
    report('json/parse', 1, 1, 'The file is empty.', 'A course file holds one JSON object, starting with `{`.');
    return { diagnostics };
  }
  const scan = scanJson(text, limits.jsonDepth);
  if (scan.tooDeep) {
    report('json/too-deep', scan.tooDeep.line, scan.tooDeep.column, `Lists and objects are nested more than ${limits.jsonDepth} deep here.`, 'A course never needs this much nesting; check for repeated `[` or `{`.');
    return { diagnostics };
  }

  // Nearly every file in a build is clean JSON: the platform's parser reads it many times
  // faster than a tree parser, and the tree with positions is built only if a later stage
  // asks where something is (to report it). `JSON.parse` refuses raw control characters in
  // text, and the scan finds repeated keys: a file with either takes the tree path below.
  const fast = parseClean(text);
  if (fast !== undefined && !scan.duplicateKey) return { file: sourceFile(path, text, fast.value), diagnostics };

  let ast: DocumentNode;
  try {
    ast = parseTreeOf(text);
  } catch (error) {
    const { line = 1, column = 1, offset = 0 } = error as { line?: number; column?: number; offset?: number };
    const problem = describeSyntaxError(String((error as Error).message), text, offset, { line, column });
    report('json/parse', problem.line, problem.column, problem.message, problem.hint);
    return { diagnostics };
  }

  const strict = checkTree(ast.body, text);
  for (const problem of strict) report(problem.code, problem.line, problem.column, problem.message, problem.hint, problem.pointer);
  if (strict.some((p) => p.fatal)) return { diagnostics };

  // The tree is valid JSON now, so the platform's own parser builds the value: it keeps
  // keys such as `__proto__` as plain data and makes the last duplicate key win.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The tree parser and the platform's parser disagree; trust the stricter one.
    report('json/parse', 1, 1, `This is not valid JSON: ${(error as Error).message}.`, 'Check the file for unusual characters.');
    return { diagnostics };
  }
  return { file: sourceFile(path, text, value, ast), diagnostics };
}

/** A file over the size limit: reported at its start, and never parsed (the loader does not even read it). */
export function tooLarge(path: string, size: number): Diagnostic {
  return {
    code: 'json/too-large',
    severity: 'error',
    file: path,
    line: 1,
    column: 1,
    pointer: '',
    message: `The file is ${formatBytes(size)}, more than the ${formatBytes(limits.jsonFileBytes)} a course file may be.`,
    hint: 'Split long lessons into shorter ones.',
  };
}

interface TreeProblem {
  code: DiagnosticCode;
  line: number;
  column: number;
  pointer: string;
  message: string;
  hint?: string;
  fatal: boolean;
}

/** Duplicate keys, and raw control characters in strings, which the tree parser lets through. */
function checkTree(root: ValueNode, text: string): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const visit = (node: ValueNode, path: Array<string | number>): void => {
    if (node.type === 'Object') {
      const seen = new Set<string>();
      for (const member of node.members) {
        const name = member.name.type === 'String' ? member.name.value : member.name.name;
        if (seen.has(name)) {
          problems.push({
            code: 'json/duplicate-key',
            ...member.name.loc.start,
            pointer: toPointer([...path, name]),
            message: `The key \`${name}\` appears twice in this object.`,
            hint: 'Keep one of them: only the last one would count.',
            fatal: false,
          });
        }
        seen.add(name);
        checkString(member.name as StringNode, [...path, name]);
        visit(member.value, [...path, name]);
      }
    } else if (node.type === 'Array') {
      node.elements.forEach((element, index) => visit(element.value, [...path, index]));
    } else if (node.type === 'String') {
      checkString(node, path);
    }
  };
  /** A raw control character, such as a pasted line break, which JSON does not allow in text. */
  const checkString = (node: StringNode, path: Array<string | number>): void => {
    if (!/[\u0000-\u001f]/.test(node.value) || !node.range) return;
    const raw = text.slice(node.range[0], node.range[1]);
    const at = raw.search(/[\u0000-\u001f]/);
    if (at < 0) return; // only escaped ones, such as `\n`, which are fine
    problems.push({
      code: 'json/parse',
      line: node.loc.start.line,
      column: node.loc.start.column + at,
      pointer: toPointer(path),
      message: 'Text in JSON cannot contain a raw line break or tab.',
      hint: 'Write a line break as `\\n`, or split the text into two points.',
      fatal: true,
    });
  };
  visit(root, []);
  return problems;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Line and column of the first byte that is not valid UTF-8 (only called on failure). */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  let byteOffset = 0;
  let line = 1;
  let column = 1;
  for (const char of lenient) {
    const encoded = encoder.encode(char);
    const same = encoded.every((b, i) => bytes[byteOffset + i] === b);
    if (!same) break;
    byteOffset += encoded.length;
    if (char === '\n') {
      line++;
      column = 1;
    } else {
      column += char.length;
    }
  }
  return { line, column };
}

function parseClean(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/** Parses the tree with positions, for locating values; only the first stage to ask pays. */
function parseTreeOf(text: string): DocumentNode {
  return parseTree(text, { mode: 'json', ranges: true });
}

/** A SourceFile whose tree is parsed on first use, unless it is already at hand. */
function sourceFile(path: string, text: string, value: unknown, parsed?: DocumentNode): SourceFile {
  let ast = parsed;
  return {
    path,
    text,
    value,
    get ast() {
      return (ast ??= parseTreeOf(text));
    },
  };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
