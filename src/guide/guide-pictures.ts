import { posix } from 'node:path';
import type { Course } from '../model/course.js';
import type { GlossaryEntryData, LessonData, PictureData } from '../model/course-data.js';
import { termId } from '../render/inline-text.js';
import { glossaryMatcher } from './view-words.js';
import { pictureView, symbolDomId } from '../render/pictures.js';
import type { PictureView } from '../render/view-types.js';
import type { SymbolView } from './guide-view.js';

/**
 * Pictures as one page of the pack shows them: the site's own picture view (so the same
 * `picture` template draws them the same way), with file paths made relative to the page.
 * Records what the page uses: its symbols go in the page's sprite, its files are copied.
 */
export class PagePictures {
  readonly symbols = new Set<string>();
  readonly files = new Set<string>();

  constructor(
    private readonly course: Course,
    /** `''` for pages in `guide/`, `'../'` for pages in `guide/handouts/`. */
    private readonly base: string,
  ) {}

  view(picture: PictureData | undefined): PictureView | false {
    const view = pictureView(this.course, picture);
    if (!view || !picture) return false;
    if (picture.symbol !== undefined) {
      this.symbols.add(picture.symbol);
      return view;
    }
    if (view.src === false) return view;
    const file = posix.normalize(view.src);
    this.files.add(file);
    return { ...view, src: `${this.base}${file}` };
  }

  /** The sprite this page needs: the symbols it shows, sorted, drawn from the course's icon sets. */
  sprite(): SymbolView[] {
    return [...this.symbols]
      .sort()
      .flatMap((name) => {
        const symbol = this.course.symbols.get(name);
        return symbol ? [{ id: symbolDomId(name), viewBox: symbol.viewBox, body: symbol.body }] : [];
      });
  }
}

/** The first picture in a lesson, for a session part that uses the lesson. */
export function firstLessonPicture(lesson: LessonData | undefined): PictureData | undefined {
  for (const page of lesson?.pages ?? []) {
    if (page.kind === 'points' || page.kind === 'summary') {
      const found = page.points.find((point) => point.picture)?.picture;
      if (found) return found;
    } else if (page.kind === 'reflection' && page.picture) return page.picture;
  }
  return undefined;
}

const withPictures = new WeakMap<readonly GlossaryEntryData[], GlossaryEntryData[]>();

/** The picture of the first glossary word in `text` that has one: the course's own picture for that idea. */
export function glossaryPictureIn(text: string, entries: readonly GlossaryEntryData[]): PictureData | undefined {
  let pictured = withPictures.get(entries);
  if (!pictured) withPictures.set(entries, (pictured = entries.filter((entry) => entry.picture)));
  const matcher = glossaryMatcher(pictured);
  for (const match of matcher.pattern ? text.matchAll(matcher.pattern) : []) {
    const id = matcher.entryFor.get(match[0].replace(/\s+/g, ' ').toLowerCase());
    const entry = pictured.find((e) => termId(e.term) === id);
    if (entry) return entry.picture;
  }
  return undefined;
}
