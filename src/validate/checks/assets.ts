import { posix } from 'node:path';
import { suggest } from '../../diagnostics/suggest.js';
import type { BaseContext, Check, LessonCheck } from '../context.js';
import type { SourceFile } from '../../model/source-file.js';
import { coursePictures, lessonAudio, lessonPictures, type PictureRef } from '../../model/walk.js';
import { sniffType, typeFromName } from '../sniff.js';
import { sizeLimitFor } from '../../load/read-assets.js';

/** Every picture and sound must be a real file of the type it claims, inside the course's `assets/`. */
export const checkLessonAssets: LessonCheck = ({ file, data }, context) => {
  checkPictures(context, lessonPictures(file, data));
  for (const audio of lessonAudio(file, data)) checkFile(context, audio.file, audio.pointer, audio.src);
};

/** The glossary's pictures. */
export const checkCourseAssets: Check = (context) => checkPictures(context, coursePictures(context.courseFile, context.course));

function checkPictures(context: BaseContext, pictures: readonly PictureRef[]): void {
  for (const { file, pointer, picture } of pictures) {
    if (picture.src !== undefined) checkFile(context, file, `${pointer}/src`, picture.src);
    if (picture.symbol !== undefined) checkSymbol(context, file, `${pointer}/symbol`, picture.symbol);
  }
}

function checkFile(context: BaseContext, file: SourceFile, pointer: string, src: string): void {
  const report = (code: Parameters<BaseContext['report']>[0]['code'], message: string, hint: string) =>
    context.report({ file, pointer, code, message, hint });

  // Paths must mean the same on every system and inside a zip: forward slashes, no escapes.
  if (/[\\\u0000]/.test(src) || /%[0-9a-f]{2}/i.test(src)) {
    report('asset/unsafe-path', `The path \`${printable(src)}\` has a backslash, a NUL or a \`%\` escape.`, 'Write the path with forward slashes and plain characters, such as `assets/plan.svg`.');
    return;
  }
  const normal = posix.normalize(src);
  if (posix.isAbsolute(src) || /^[a-z]:/i.test(src) || normal === '..' || normal.startsWith('../')) {
    report('asset/outside-course', `The path \`${src}\` leads outside the course folder.`, 'Copy the file into the course\'s `assets/` folder and write its path from the course folder, such as `assets/plan.svg`.');
    return;
  }
  if (!normal.startsWith('assets/')) {
    report('asset/outside-assets', `The path \`${src}\` is not inside \`assets/\`.`, 'Put pictures and sounds in the course\'s `assets/` folder, and write the path starting `assets/`.');
    return;
  }
  // A file inside a linked folder that leads out of the course is behind that link.
  const parts = normal.split('/');
  const escapingParent = parts.slice(1, -1).map((_, i) => parts.slice(0, i + 2).join('/')).concat('assets').find((dir) => context.input.assets.get(dir)?.escapes);
  const asset = escapingParent ? context.input.assets.get(escapingParent) : context.input.assets.get(normal);
  if (!asset) {
    const known = [...context.input.assets.keys()];
    const sameButCase = known.find((k) => k.toLowerCase() === normal.toLowerCase());
    const guess = sameButCase ?? suggest(normal, known);
    report(
      'asset/missing',
      `The file \`${src}\` does not exist.`,
      sameButCase
        ? `There is \`${sameButCase}\`: file names must match exactly, capital letters too.`
        : guess
          ? `Did you mean \`${guess}\`? Or add the file to \`${context.input.dir}/assets/\`.`
          : `Add the file to \`${context.input.dir}/assets/\`.`,
    );
    return;
  }
  if (asset.escapes) {
    report('asset/symlink-escape', `\`${src}\` is a link to a file outside the course.`, 'Copy the real file into `assets/` instead of linking to it.');
    return;
  }
  const limit = sizeLimitFor(normal);
  if (asset.size > limit || !asset.bytes) {
    report('asset/too-large', `\`${src}\` is ${megabytes(asset.size)}; the most for this kind of file is ${megabytes(limit)}.`, 'Make the picture smaller (about 600 pixels wide is plenty), or the recording shorter.');
    return;
  }
  const claimed = typeFromName(normal);
  const actual = sniffType(asset.bytes);
  if (actual !== claimed) {
    report(
      'asset/type-mismatch',
      actual === 'unknown'
        ? `\`${src}\` is named as ${claimed.toUpperCase()} but its contents are not ${claimed.toUpperCase()}.`
        : `\`${src}\` is named as ${claimed.toUpperCase()} but is really ${actual.toUpperCase()}.`,
      actual === 'unknown' ? 'Export the file again from your picture or sound program.' : `Rename it to end in \`.${actual === 'jpeg' ? 'jpg' : actual}\`, or save it again as ${claimed.toUpperCase()}.`,
    );
  }
}

function checkSymbol(context: BaseContext, file: SourceFile, pointer: string, symbol: string): void {
  const found = context.icons.resolve(symbol);
  const prefix = symbol.split(':')[0] ?? '';
  if (found === undefined) {
    context.report({
      file,
      pointer,
      code: 'asset/unknown-icon-set',
      message: `The icon set \`${prefix}\` is not installed.`,
      hint: `Install it with \`npm install @iconify-json/${prefix}\`, or use a symbol from an installed set such as \`healthicons\`.`,
    });
  } else if (found === null) {
    context.report({
      file,
      pointer,
      code: 'asset/unknown-symbol',
      message: `The icon set \`${prefix}\` has no symbol \`${symbol.slice(prefix.length + 1)}\`.`,
      hint: `Check the name in the icon set's list of symbols (package \`@iconify-json/${prefix}\`).`,
    });
  } else {
    context.symbols.set(symbol, found);
  }
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const printable = (s: string) => s.replace(/\u0000/g, '\\0');
