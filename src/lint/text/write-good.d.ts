// write-good ships no types; this is the part of its API copack uses.
declare module 'write-good' {
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  type Checks = 'passive' | 'illusion' | 'so' | 'thereIs' | 'weasel' | 'adverb' | 'tooWordy' | 'cliches' | 'eprime';
  function writeGood(text: string, options?: Partial<Record<Checks, boolean>> & { whitelist?: string[] }): Suggestion[];
  export = writeGood;
}
