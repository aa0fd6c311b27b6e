/**
 * Italic and underline markup authors bring from other tools. copack's text is plain,
 * with `**bold**` only, so these show as stray characters, or, where a tool turned them
 * into styled letters, as italics that are hard to read.
 */
const patterns: RegExp[] = [
  // *word*, but not **bold**
  /(?<![*\p{L}\p{N}])\*(?![*\s])[^*\n]*?[^*\s]\*(?![*\p{L}\p{N}])/gu,
  // _word_ and __word__
  /(?<![\p{L}\p{N}_])__?(?![_\s])[^_\n]*?[^_\s]__?(?![\p{L}\p{N}_])/gu,
  // <i>, <em>, <u>, <ins>, <cite>, <var>, <dfn> and their closing tags
  /<\/?(?:i|em|u|ins|cite|var|dfn)(?:\s[^>]*)?>/giu,
  // style="font-style: italic" or "text-decoration: underline"
  /style\s*=\s*["'][^"']*(?:italic|oblique|underline)[^"']*["']/giu,
  // [i]…[/i] and [u]…[/u]
  /\[\/?[iu]\]/giu,
  // Letters made italic with Unicode (𝑎, 𝘢, 𝙖) and combining underlines (a̲)
  /[\u{1D434}-\u{1D49B}\u{1D608}-\u{1D66F}]+|[\p{L}\p{N}][\u0332\u0331\u0320]+/gu,
];

export function italicMarkup(text: string): Array<{ index: number; length: number }> {
  const found: Array<{ index: number; length: number }> = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) found.push({ index: match.index ?? 0, length: match[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}
