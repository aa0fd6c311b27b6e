/**
 * Just enough of a PDF reader to check what Chromium printed: each page's size, the text drawn
 * on it in the order it was drawn, and the size of every run of text in points. Chromium's
 * PDFs (Skia) are plain objects with Flate-compressed streams and Type0 fonts with ToUnicode
 * maps, which is all this reads. It throws on anything it does not understand, so a test
 * built on it fails loudly rather than passing on text it could not see.
 */
import { inflateSync } from 'node:zlib';

type Value = number | string | boolean | null | Ref | Name | Value[] | Dict | Hex | Op;
interface Ref { ref: number }
interface Name { name: string }
interface Hex { hex: string }
interface Op { op: string }
type Dict = Map<string, Value>;

export interface TextRun {
  text: string;
  /** The drawn size in points: the font size times the text and page matrices' scale. */
  size: number;
  /** Where the run starts, in points from the sheet's bottom-left corner (PDF space). */
  x: number;
  y: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: TextRun[];
  text: string;
}

const isRef = (v: Value | undefined): v is Ref => typeof v === 'object' && v !== null && 'ref' in v;
const isName = (v: Value | undefined): v is Name => typeof v === 'object' && v !== null && 'name' in v;
const isDict = (v: Value | undefined): v is Dict => v instanceof Map;

/** Tokens and values of PDF syntax, from a dictionary or a content stream. */
function parseValues(src: string): Value[] {
  let i = 0;
  const ws = /[\s\0]/;
  const delim = /[\s\0()<>[\]{}/%]/;
  const next = (): Value | undefined | ']' | '>>' => {
    while (i < src.length) {
      if (ws.test(src[i]!)) i++;
      else if (src[i] === '%') while (i < src.length && src[i] !== '\n' && src[i] !== '\r') i++;
      else break;
    }
    if (i >= src.length) return undefined;
    const c = src[i]!;
    if (c === '<' && src[i + 1] === '<') {
      i += 2;
      const dict: Dict = new Map();
      for (;;) {
        const key = next();
        if (key === '>>') return dict;
        if (!isName(key as Value)) throw new Error(`PDF: a dictionary key is not a name near ${i}`);
        dict.set((key as Name).name, next() as Value);
      }
    }
    if (c === '>' && src[i + 1] === '>') return (i += 2), '>>';
    if (c === '[') {
      i++;
      const list: Value[] = [];
      for (let v = next(); v !== ']'; v = next()) {
        if (v === undefined) throw new Error('PDF: an array does not end');
        list.push(v as Value);
      }
      return list;
    }
    if (c === ']') return i++, ']';
    if (c === '<') {
      const end = src.indexOf('>', i);
      const hex = src.slice(i + 1, end).replace(/\s+/g, '');
      i = end + 1;
      return { hex };
    }
    if (c === '(') {
      let depth = 0;
      let out = '';
      for (i++; i < src.length; i++) {
        const ch = src[i]!;
        if (ch === '\\') {
          const e = src[++i]!;
          const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
          if (/[0-7]/.test(e)) {
            const oct = /^[0-7]{1,3}/.exec(src.slice(i))![0];
            out += String.fromCharCode(parseInt(oct, 8));
            i += oct.length - 1;
          } else out += map[e] ?? e;
        } else if (ch === '(') depth++, (out += ch);
        else if (ch === ')') {
          if (depth === 0) break;
          depth--;
          out += ch;
        } else out += ch;
      }
      i++;
      // Literal strings are bytes: keep them as hex so fonts decode them the same way.
      return { hex: Array.from(out, (ch) => ch.charCodeAt(0).toString(16).padStart(2, '0')).join('') };
    }
    if (c === '/') {
      let j = i + 1;
      while (j < src.length && !delim.test(src[j]!)) j++;
      const name = src.slice(i + 1, j);
      i = j;
      return { name };
    }
    let j = i;
    while (j < src.length && !delim.test(src[j]!)) j++;
    if (j === i) throw new Error(`PDF: unexpected \`${c}\` at ${i}`);
    const word = src.slice(i, j);
    i = j;
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      // `12 0 R` is a reference: look ahead for a generation number and `R`.
      const m = /^\s+(\d+)\s+R(?=[\s\0()<>[\]{}/%]|$)/.exec(src.slice(i, i + 24));
      if (m && /^\d+$/.test(word)) return (i += m[0].length), { ref: Number(word) };
      return Number(word);
    }
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    return { op: word };
  };
  const values: Value[] = [];
  for (let v = next(); v !== undefined; v = next()) {
    if (v === ']' || v === '>>') throw new Error(`PDF: unbalanced \`${v}\``);
    values.push(v);
  }
  return values;
}

interface PdfObject {
  value: Value;
  stream?: Buffer;
}

function readObjects(bytes: Buffer): Map<number, PdfObject> {
  const text = bytes.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+)\s+\d+\s+obj\b/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const start = m.index + m[0].length;
    const streamAt = text.indexOf('stream', start);
    const endAt = text.indexOf('endobj', start);
    if (endAt < 0) throw new Error(`PDF: object ${m[1]} does not end`);
    if (streamAt >= 0 && streamAt < endAt && !text.slice(start, streamAt).includes('endstream')) {
      const [value] = parseValues(text.slice(start, streamAt));
      if (!isDict(value)) throw new Error(`PDF: stream ${m[1]} has no dictionary`);
      const length = value.get('Length');
      if (typeof length !== 'number') throw new Error(`PDF: stream ${m[1]} has no direct /Length`);
      let dataStart = streamAt + 'stream'.length;
      if (text[dataStart] === '\r') dataStart++;
      if (text[dataStart] === '\n') dataStart++;
      const raw = bytes.subarray(dataStart, dataStart + length);
      const filter = value.get('Filter');
      const filters = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
      if (filters.some((f) => !isName(f) || f.name !== 'FlateDecode')) throw new Error(`PDF: stream ${m[1]} uses a filter this reader does not know`);
      objects.set(Number(m[1]), { value, stream: filters.length > 0 ? inflateSync(raw) : Buffer.from(raw) });
      header.lastIndex = text.indexOf('endobj', dataStart + length);
    } else {
      const [value] = parseValues(text.slice(start, endAt));
      objects.set(Number(m[1]), { value: value ?? null });
      header.lastIndex = endAt;
    }
  }
  return objects;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const identity: Matrix = [1, 0, 0, 1, 0, 0];

interface Font {
  bytesPerCode: number;
  toUnicode: Map<number, string>;
}

function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(m[1]!, 16), utf16(m[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      const dst = m[3]!;
      if (dst.startsWith('[')) {
        const list = [...dst.matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => utf16(x[1]!));
        for (let c = lo; c <= hi; c++) map.set(c, list[c - lo] ?? '');
      } else {
        const base = dst.slice(1, -1);
        const first = parseInt(base.slice(-4), 16);
        for (let c = lo; c <= hi; c++) map.set(c, utf16(base.slice(0, -4) + (first + c - lo).toString(16).padStart(4, '0')));
      }
    }
  }
  return map;
}

/** Reads every page: its size and the text drawn on it, with sizes. */
export function readPdf(data: Uint8Array): PdfPage[] {
  const bytes = Buffer.from(data);
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
  const objects = readObjects(bytes);
  const resolve = (v: Value | undefined): Value | undefined => (isRef(v) ? objects.get(v.ref)?.value : v);
  const dictOf = (v: Value | undefined): Dict => {
    const d = resolve(v);
    return isDict(d) ? d : new Map();
  };
  const fonts = new Map<number, Font>();
  const fontFor = (ref: Value | undefined): Font => {
    if (!isRef(ref)) throw new Error('PDF: a font is not a reference');
    const known = fonts.get(ref.ref);
    if (known) return known;
    const dict = dictOf(ref);
    const sub = dict.get('Subtype');
    const tu = dict.get('ToUnicode');
    if (!isRef(tu)) throw new Error(`PDF: font ${ref.ref} has no ToUnicode map, so its text cannot be read`);
    const font = { bytesPerCode: isName(sub) && sub.name === 'Type0' ? 2 : 1, toUnicode: parseToUnicode(objects.get(tu.ref)!.stream!.toString('latin1')) };
    fonts.set(ref.ref, font);
    return font;
  };

  const catalog = [...objects.values()].find((o) => isDict(o.value) && isName(o.value.get('Type')) && (o.value.get('Type') as Name).name === 'Catalog');
  if (!catalog) throw new Error('PDF: no catalog');
  const pageDicts: Dict[] = [];
  const walk = (node: Dict) => {
    const type = node.get('Type');
    if (isName(type) && type.name === 'Page') pageDicts.push(node);
    else for (const kid of (resolve(node.get('Kids')) as Value[] | undefined) ?? []) walk(dictOf(kid));
  };
  walk(dictOf((catalog.value as Dict).get('Pages')));

  return pageDicts.map((page) => {
    const box = resolve(page.get('MediaBox')) as number[];
    const runs: TextRun[] = [];
    const contents = resolve(page.get('Contents'));
    const streams = (Array.isArray(contents) ? contents : [page.get('Contents')]).map((ref) => {
      if (!isRef(ref as Value)) throw new Error('PDF: page contents are not a reference');
      return objects.get((ref as Ref).ref)!.stream!;
    });
    runContent(Buffer.concat(streams).toString('latin1'), dictOf(page.get('Resources')), identity);
    return { width: box[2]! - box[0]!, height: box[3]! - box[1]!, runs, text: runs.map((r) => r.text).join('') };

    function runContent(content: string, resources: Dict, start: Matrix): void {
      const fontDict = dictOf(resources.get('Font'));
      const xobjects = dictOf(resources.get('XObject'));
      const stack: Matrix[] = [];
      let ctm = start;
      let tm = identity;
      let tlm = identity;
      let font: Font | undefined;
      let size = 0;
      let leading = 0;
      let operands: Value[] = [];
      const show = (hex: string) => {
        if (!font) throw new Error('PDF: text before a font is set');
        const width = font.bytesPerCode * 2;
        let text = '';
        for (let k = 0; k + width <= hex.length; k += width) text += font.toUnicode.get(parseInt(hex.slice(k, k + width), 16)) ?? '\uFFFD';
        const m = multiply(tm, ctm);
        runs.push({ text, size: Math.abs(size) * Math.hypot(m[2], m[3]), x: m[4], y: m[5] });
      };
      const nums = () => operands.map((v) => v as number);
      for (const value of parseValues(content)) {
        if (typeof value !== 'object' || value === null || !('op' in value)) {
          operands.push(value);
          continue;
        }
        const n = nums();
        switch (value.op) {
          case 'q': stack.push(ctm); break;
          case 'Q': ctm = stack.pop() ?? identity; break;
          case 'cm': ctm = multiply(n as Matrix, ctm); break;
          case 'BT': tm = tlm = identity; break;
          case 'Tf': font = fontFor(fontDict.get((operands[0] as Name).name)); size = n[1]!; break;
          case 'TL': leading = n[0]!; break;
          case 'Tm': tm = tlm = n as Matrix; break;
          case 'Td': tm = tlm = multiply([1, 0, 0, 1, n[0]!, n[1]!], tlm); break;
          case 'TD': leading = -n[1]!; tm = tlm = multiply([1, 0, 0, 1, n[0]!, n[1]!], tlm); break;
          case 'T*': tm = tlm = multiply([1, 0, 0, 1, 0, -leading], tlm); break;
          case 'Tj': show((operands[0] as Hex).hex); break;
          case "'": case '"':
            tm = tlm = multiply([1, 0, 0, 1, 0, -leading], tlm);
            show((operands.at(-1) as Hex).hex);
            break;
          case 'TJ': for (const part of operands[0] as Value[]) if (typeof part === 'object' && part !== null && 'hex' in part) show(part.hex); break;
          case 'Do': {
            const ref = xobjects.get((operands[0] as Name).name);
            const form = isRef(ref) ? objects.get(ref.ref) : undefined;
            const dict = form && isDict(form.value) ? form.value : undefined;
            if (dict && isName(dict.get('Subtype')) && (dict.get('Subtype') as Name).name === 'Form' && form!.stream) {
              const matrix = (resolve(dict.get('Matrix')) as Matrix | undefined) ?? identity;
              runContent(form!.stream.toString('latin1'), dictOf(dict.get('Resources')), multiply(matrix, ctm));
            }
            break;
          }
          case 'BI': throw new Error('PDF: inline images are not supported');
        }
        operands = [];
      }
    }
  });
}
