import { tokenize, type Word } from './words.js';

export interface Sentence {
  /** The sentence as written, without a list marker in front. */
  text: string;
  start: number;
  end: number;
  words: Word[];
}

/**
 * Abbreviations that never end a sentence: a capital after them starts a name, not a new
 * sentence (`Dr. Patel`, `e.g. Sam`). Ones that can end a sentence (`etc.`, `a.m.`) are
 * not here: they end one when a capital follows, as in any other sentence.
 */
const neverFinal = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'rev', 'vs', 'cf', 'e.g', 'i.e', 'eg', 'ie', 'approx', 'incl', 'esp', 'viz', 'ref', 'fig', 'tel', 'dept']);

/** A list item at the start of a line: `- `, `• `, `* `, `1. `, `a) `. */
const listMarker = /^[ \t]*(?:[-–•*]|\p{N}{1,2}[.)]|\p{L}\))[ \t]+/u;

/** A full stop, question mark, exclamation mark or ellipsis, and any closing quotes or brackets after it. */
const terminator = /[.!?…]+["'”’)\]]*/g;

/**
 * Splits text into sentences. A line break ends a sentence, and each list item is a
 * sentence of its own. Inside a line, a full stop ends a sentence only when a space
 * and something that can start a sentence follow: so `1.5`, `1,000`, `10.30 a.m. on
 * Monday`, `Dr. Patel` and `e.g. Sam` stay whole. A quote ending in a full stop ends
 * the sentence it is in.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const marker = listMarker.exec(line);
    splitLine(text, lineStart + (marker ? marker[0].length : 0), lineStart + line.length, sentences);
    lineStart += line.length + 1 + (text.slice(lineStart + line.length, lineStart + line.length + 2) === '\r\n' ? 1 : 0);
  }
  return sentences;
}

function splitLine(text: string, from: number, to: number, into: Sentence[]): void {
  let start = from;
  const line = text.slice(from, to);
  for (const match of line.matchAll(terminator)) {
    const end = from + (match.index ?? 0) + match[0].length;
    const rest = text.slice(end, to);
    const next = /^\s+(\S)/u.exec(rest)?.[1];
    if (rest.trim() === '') break;
    if (next === undefined || !canStartSentence(next)) continue;
    if (match[0] === '.' && !canEndWithFullStop(text.slice(start, end - 1), next)) continue;
    push(text, start, end, into);
    start = end;
  }
  push(text, start, to, into);
}

/** A sentence starts with a capital, a digit, a quote, a bracket or `**` markup. */
function canStartSentence(char: string): boolean {
  return /[\p{Lu}\p{N}"'“‘(\[*£$€]/u.test(char);
}

/** `before` is the sentence so far, up to the full stop; `next` is the first character after the space. */
function canEndWithFullStop(before: string, next: string): boolean {
  const written = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  const lastWord = written.toLowerCase();
  // `No. 5` is a number; `No. You can stop.` is an answer and a new sentence.
  if (lastWord === 'no' || lastWord === 'nos') return !/\p{N}/u.test(next);
  if (neverFinal.has(lastWord)) return false;
  // A single capital is an initial: `J. Smith`.
  if (/^\p{Lu}$/u.test(written)) return false;
  return true;
}

function push(text: string, start: number, end: number, into: Sentence[]): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed === '') return;
  const s = start + lead;
  const e = s + trimmed.length;
  into.push({ text: trimmed, start: s, end: e, words: tokenize(text, s, e) });
}
