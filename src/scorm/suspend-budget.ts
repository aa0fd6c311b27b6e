import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Course } from '../model/course.js';
import { locate } from '../model/source-file.js';
import { reflectionMaxLength, worstCaseLength } from '../render/client/progress-codec.js';
import { courseLayout } from '../render/view-model.js';
import { scorm12 } from './constants.js';

/**
 * SCORM 1.2 keeps at most 4,096 characters of saved progress (RTE 1.2 §3.4.2). The build
 * works out the most this course could ever need (every screen seen, every question
 * answered, every reflection full) and stops a 1.2 package that might not fit, because an
 * LMS that cuts saved progress short loses a learner's work without a word.
 */
export function checkSuspendBudget(course: Course): Diagnostic[] {
  const layout = courseLayout(course);
  const worst = worstCaseLength(layout);
  if (worst <= scorm12.suspendDataLimit) return [];
  const perReflection = 2 * reflectionMaxLength + 3;
  return [
    {
      code: 'build/suspend-data-too-large',
      severity: 'error',
      file: course.source.path,
      ...locate(course.source, '/lessons'),
      pointer: '/lessons',
      message: `Saved progress for this course could reach ${worst} characters, more than the ${scorm12.suspendDataLimit} SCORM 1.2 keeps.`,
      hint: `The course has ${layout.reflections.length} reflection pages (each can take ${perReflection} characters) and ${layout.screens.length} screens. Use fewer reflection pages, split the course in two, or build only SCORM 2004 with \`--target site,scorm2004\`.`,
    },
  ];
}
