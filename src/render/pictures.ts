import type { Course } from '../model/course.js';
import type { PictureData } from '../model/course-data.js';
import type { PictureView } from './view-types.js';

/** The sprite id of a symbol: `healthicons:calm` → `sym-healthicons-calm`. */
export const symbolDomId = (symbol: string) => `sym-${symbol.replace(/[^a-z0-9-]/g, '-')}`;

/**
 * A picture as the page shows it. Files keep their path under `assets/`, which is where the
 * site has them; symbols are drawn from the page's sprite so they follow the colour theme.
 */
export function pictureView(course: Course, picture: PictureData | undefined): PictureView | false {
  if (!picture) return false;
  if (picture.symbol !== undefined) {
    const symbol = course.symbols.get(picture.symbol);
    return { alt: picture.alt, src: false, symbol: symbolDomId(picture.symbol), viewBox: symbol?.viewBox ?? '0 0 48 48' };
  }
  return { alt: picture.alt, src: picture.src ?? false, symbol: false, viewBox: '' };
}
