import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Lesson } from '../../model/course.js';
import type { TextUnit } from './text-units.js';

/** Readability figures for a stretch of text, as guidance for the people who write it. */
export interface Readability {
  sentences: number;
  words: number;
  /** Flesch reading ease (1948, with Kincaid's 1975 constants): higher is easier; easy read is usually over 80. */
  readingEase: number;
  /** Flesch–Kincaid grade (1975): the US school year that can read it. */
  grade: number;
  /** The share of words with 3 or more syllables, from 0 to 1. */
  longWords: number;
  wordsPerSentence: number;
}

/** Figures for the body text of the given units (titles are headings, not sentences). */
export function readabilityOf(units: readonly TextUnit[]): Readability | undefined {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  let longWords = 0;
  for (const unit of units) {
    if (unit.role !== 'sentence') continue;
    for (const sentence of unit.sentences) {
      sentences++;
      for (const word of sentence.words) {
        words++;
        // A number is said as a word or two: count it as one syllable per digit group.
        const count = word.kind === 'number' ? word.text.split(/[.,:]/).length : Math.max(1, syllable(word.text));
        syllables += count;
        if (count >= 3) longWords++;
      }
    }
  }
  if (sentences === 0 || words === 0) return undefined;
  const counts = { sentence: sentences, word: words, syllable: syllables };
  return {
    sentences,
    words,
    readingEase: flesch(counts),
    grade: fleschKincaid(counts),
    longWords: longWords / words,
    wordsPerSentence: words / sentences,
  };
}

/** Every page of a lesson with its figures, in page order. */
export function pageReadability(units: readonly TextUnit[], lesson: Lesson): Array<{ pageIndex: number; figures: Readability | undefined }> {
  return lesson.data.pages.map((_, pageIndex) => ({
    pageIndex,
    figures: readabilityOf(units.filter((unit) => unit.lesson === lesson && unit.pageIndex === pageIndex)),
  }));
}

/** A figure rounded for people: reading ease and grade to a whole number and one place. */
export function describeReadability(r: Readability): string {
  return `reading ease \`${Math.round(r.readingEase)}\`, grade \`${r.grade.toFixed(1)}\`, \`${Math.round(r.longWords * 100)}%\` long words, \`${r.wordsPerSentence.toFixed(1)}\` words a sentence`;
}
