import type { Check, LessonCheck } from '../context.js';
import { toPointer } from '../../model/source-file.js';

/** A lesson's id names its file, so a renamed file cannot silently become another lesson. */
export const checkLessonId: LessonCheck = (lesson, { report }) => {
  if (lesson.data.id === lesson.id) return;
  report({
    file: lesson.file,
    pointer: '/id',
    code: 'ref/lesson-id-mismatch',
    message: `The lesson id \`${lesson.data.id}\` is not the same as its file name \`${lesson.id}.json\`.`,
    hint: `Change \`id\` to \`${lesson.id}\`, or rename the file to \`${lesson.data.id}.json\`.`,
  });
};

/** The course's id names its folder; every listed lesson has a file; every lesson file is listed. */
export const checkCourseIdentity: Check = ({ input, courseFile, course, report }) => {
  if (course.id !== input.folderName) {
    report({
      file: courseFile,
      pointer: '/id',
      code: 'ref/course-id-mismatch',
      message: `The course id \`${course.id}\` is not the same as its folder name \`${input.folderName}\`.`,
      hint: `Change \`id\` to \`${input.folderName}\`, or rename the folder to \`${course.id}\`.`,
    });
  }
  const listed = new Set(course.lessons);
  course.lessons.forEach((id, index) => {
    if (!input.lessonFileNames.has(id)) {
      report({
        file: courseFile,
        pointer: toPointer(['lessons', index]),
        code: 'ref/missing-lesson',
        message: `The lesson \`${id}\` is listed, but there is no file \`lessons/${id}.json\`.`,
        hint: `Create \`${input.dir}/lessons/${id}.json\`, or remove \`${id}\` from \`lessons\`.`,
      });
    }
  });
  for (const [id, file] of input.lessons) {
    if (!listed.has(id)) {
      report({
        file,
        pointer: '',
        code: 'ref/unlisted-lesson',
        severity: 'warning',
        message: `The lesson file \`${id}.json\` is not listed in \`course.json\`, so learners will not see it.`,
        hint: `Add \`"${id}"\` to \`lessons\` in \`course.json\`, or delete the file.`,
      });
    }
  }
};
