import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate a typo most likely meant, or `undefined` when none is close enough to be
 * worth saying: a wrong guess ("did you mean `sam`?" for `alex`) misleads more than none.
 */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const guess = closest(value, [...candidates]);
  const limit = Math.max(2, Math.floor(Math.max(value.length, guess.length) / 3));
  return distance(value.toLowerCase(), guess.toLowerCase()) <= limit ? guess : undefined;
}
