import type { CourseData, LessonData, PictureData } from './course-data.js';
import type { SourceFile } from './source-file.js';
import { toPointer } from './source-file.js';

export interface PictureRef {
  file: SourceFile;
  pointer: string;
  picture: PictureData;
}

export interface AudioRef {
  file: SourceFile;
  pointer: string;
  src: string;
}

/** Every picture in a lesson, with where it is written. */
export function lessonPictures(file: SourceFile, lesson: LessonData): PictureRef[] {
  const refs: PictureRef[] = [];
  const add = (picture: PictureData | undefined, ...path: Array<string | number>) => {
    if (picture) refs.push({ file, pointer: toPointer(path), picture });
  };
  lesson.pages.forEach((page, p) => {
    if (page.kind === 'points' || page.kind === 'summary') {
      page.points.forEach((point, i) => add(point.picture, 'pages', p, 'points', i, 'picture'));
    } else if (page.kind === 'reflection') {
      add(page.picture, 'pages', p, 'picture');
    } else {
      page.questions.forEach((question, q) => {
        add(question.picture, 'pages', p, 'questions', q, 'picture');
        question.choices.forEach((choice, c) => add(choice.picture, 'pages', p, 'questions', q, 'choices', c, 'picture'));
      });
    }
  });
  return refs;
}

/** Every recorded sound in a lesson, with where it is written. */
export function lessonAudio(file: SourceFile, lesson: LessonData): AudioRef[] {
  const refs: AudioRef[] = [];
  lesson.pages.forEach((page, p) => {
    if (page.kind !== 'points' && page.kind !== 'summary') return;
    page.points.forEach((point, i) => {
      if (point.audio) refs.push({ file, pointer: toPointer(['pages', p, 'points', i, 'audio']), src: point.audio });
    });
  });
  return refs;
}

/** Every picture in `course.json` (the glossary's). */
export function coursePictures(file: SourceFile, course: CourseData): PictureRef[] {
  return (course.glossary ?? []).flatMap((entry, i) =>
    entry.picture ? [{ file, pointer: toPointer(['glossary', i, 'picture']), picture: entry.picture }] : [],
  );
}
