import { coursePictures, lessonPictures } from '../../model/walk.js';
import { defineRule } from '../types.js';

export interface Options {
  maxWords: number;
}

/** Alt text that says a picture is there but not what it shows. */
const placeholders = new Set(['image', 'picture', 'photo', 'photograph', 'icon', 'graphic', 'symbol', 'img', 'pic', 'logo', 'placeholder', 'untitled', 'alt', 'alt text', 'image here', 'picture here', 'drawing', 'illustration', 'clipart', 'clip art']);
const fileName = /\.(?:svg|png|jpe?g|webp|gif)$/i;
const redundantStart = /^(?:an?\s+|the\s+)?(?:image|picture|photo|photograph|icon|graphic|symbol|drawing|illustration)\s+(?:of|showing)\b/i;

export const altText = defineRule<Options>({
  id: 'alt-text',
  meta: {
    description: 'Picture `alt` text that says what the picture shows: not `image`, a file name, or `picture of …`.',
    rationale:
      'People who cannot see a picture hear its `alt` text instead. WCAG 2.2 (1.1.1 Non-text Content) asks for alt text that serves the same purpose as the picture; `image` or `people.svg` tells them nothing. Screen readers already say that it is a picture, so `picture of` only adds words. Alt text is short: a few words, not a paragraph.',
    source: ['wcag-2.2', 'coga'],
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { maxWords: { type: 'integer', minimum: 1, description: 'The most words alt text may have.' } },
    },
    defaultOptions: { maxWords: 15 },
    facilitatorText: false,
    example: { bad: 'Picture of 2 people talking', good: '2 people talking' },
  },
  check(course, { options, report }) {
    const refs = [...coursePictures(course.source, course.data), ...course.lessons.flatMap((lesson) => lessonPictures(lesson.source, lesson.data))];
    for (const { file, pointer, picture } of refs) {
      const alt = picture.alt;
      const plain = alt.trim().toLowerCase().replace(/[.!]+$/, '');
      const where = { file, pointer: `${pointer}/alt`, index: 0, length: alt.length };
      const basename = (picture.src ?? picture.symbol ?? '').split(/[/:]/).at(-1)?.toLowerCase();
      if (placeholders.has(plain) || fileName.test(plain) || plain === basename || (picture.symbol && plain === picture.symbol.toLowerCase())) {
        report({ ...where, message: `\`${alt}\` does not say what the picture shows.`, hint: 'Write what the picture shows, in a few words: `2 people talking at a table`.' });
      } else if (redundantStart.test(alt.trim())) {
        const start = alt.length - alt.trimStart().length;
        const match = redundantStart.exec(alt.trim())!;
        report({ ...where, index: start, length: match[0].length, message: `\`${match[0]}\` is not needed: screen readers already say it is a picture.`, hint: 'Start with what the picture shows.' });
      } else if ((alt.match(/[\p{L}\p{N}]+/gu) ?? []).length > options.maxWords) {
        report({ ...where, message: `This alt text has more than ${options.maxWords} words.`, hint: 'Say what the picture shows in a few words; put anything more in the point itself.' });
      }
    }
  },
});
