import type { GlossaryEntryData } from '../model/course-data.js';

/**
 * A run of author text with how to show it. Author text stays text: the templates print
 * `text` escaped, and only copack's own markup (bold, glossary buttons) is added around it.
 */
export interface Segment {
  text: string;
  bold: boolean;
  /** The glossary entry this run is a word of, or `false`. */
  term: string | false;
}

/** Finds glossary words (terms and their other forms) in text, whole words only, any case. */
export interface GlossaryMatcher {
  pattern: RegExp | undefined;
  entryFor: Map<string, string>;
}

/** The id a glossary entry gets in the page: its term made safe for an attribute and a URL. */
export function termId(term: string): string {
  const slug = term
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `term-${slug || 'word'}`;
}

/** For text where a glossary button cannot go, such as inside a quiz choice, itself a button. */
export const noGlossary: GlossaryMatcher = { pattern: undefined, entryFor: new Map() };

export function createGlossaryMatcher(glossary: readonly GlossaryEntryData[]): GlossaryMatcher {
  const entryFor = new Map<string, string>();
  for (const entry of glossary) {
    for (const word of [entry.term, ...(entry.forms ?? [])]) entryFor.set(word.trim().toLowerCase(), termId(entry.term));
  }
  const words = [...entryFor.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (words.length === 0) return { pattern: undefined, entryFor };
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  // Whole words: not inside a longer word, and not half of a hyphenated one.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(${escaped.join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'giu');
  return { pattern, entryFor };
}

/**
 * Splits text into segments: `**word**` becomes bold, and the first use of each glossary
 * word on a screen becomes a button (`explained` is that screen's record of words done).
 */
export function toSegments(text: string, glossary: GlossaryMatcher, explained: Set<string>): Segment[] {
  const segments: Segment[] = [];
  const parts = text.split(/\*\*([^*]+)\*\*/);
  parts.forEach((part, index) => {
    if (part === '') return;
    const bold = index % 2 === 1;
    let last = 0;
    for (const match of glossary.pattern ? part.matchAll(glossary.pattern) : []) {
      const id = glossary.entryFor.get(match[0].replace(/\s+/g, ' ').toLowerCase());
      if (!id || explained.has(id) || match.index === undefined) continue;
      explained.add(id);
      if (match.index > last) segments.push({ text: part.slice(last, match.index), bold, term: false });
      segments.push({ text: match[0], bold, term: id });
      last = match.index + match[0].length;
    }
    if (last < part.length) segments.push({ text: part.slice(last), bold, term: false });
  });
  return segments;
}

/** The words of text without copack's markup, for read-aloud and labels. */
export function plainText(text: string): string {
  return text.replace(/\*\*([^*]+)\*\*/g, '$1');
}
