import type { Course } from '../model/course.js';
import type { GlossaryEntryData } from '../model/course-data.js';
import { createGlossaryMatcher, noGlossary, termId, toSegments, type GlossaryMatcher } from '../render/inline-text.js';
import type { PagePictures } from './guide-pictures.js';
import type { WordView } from './guide-view.js';

/** The glossary entries with these ids, in word order, each with its picture and meaning. */
export function wordsView(course: Course, ids: ReadonlySet<string>, pictures: PagePictures): WordView[] {
  return (course.data.glossary ?? [])
    .filter((entry) => ids.has(termId(entry.term)))
    .sort((a, b) => a.term.localeCompare(b.term, 'en'))
    .map((entry) => ({
      domId: termId(entry.term),
      term: entry.term,
      picture: pictures.view(entry.picture),
      // On paper a meaning has nothing to click: its key words are only made bold.
      meaning: { segments: toSegments(entry.meaning, noGlossary, new Set()) },
    }));
}

const matchers = new WeakMap<readonly GlossaryEntryData[], GlossaryMatcher>();

/** One matcher per glossary, however many pages and rows look for its words. */
export function glossaryMatcher(entries: readonly GlossaryEntryData[]): GlossaryMatcher {
  let matcher = matchers.get(entries);
  if (!matcher) matchers.set(entries, (matcher = createGlossaryMatcher(entries)));
  return matcher;
}
