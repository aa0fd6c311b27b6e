/**
 * The files of a new course (`copack new`), as data: one lesson with a page of each kind, a
 * picture of its own in `assets/`, and a team with a service-user co-author. Pure: the caller
 * says where the schemas are and writes the files.
 *
 * The words are themselves easy-read (the new course builds with no lint warnings) and they
 * tell the author what each part is for, so the first preview teaches the format.
 */
import type { CourseData, LessonData } from '../model/course-data.js';

export interface ScaffoldFile {
  /** Path inside the course folder, forward slashes. */
  path: string;
  text: string;
}

export interface ScaffoldRequest {
  id: string;
  title: string;
  /** Relative `$schema` paths from `course.json` and from a lesson file. */
  schemaFromCourse: string;
  schemaFromLesson: string;
}

export const firstLessonId = 'first-lesson';
export const pictureFile = 'assets/hello.svg';

/** `my-first-course` → `My first course`: a title to start from when none is given. */
export function titleFromId(id: string): string {
  const words = id.split('-').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** JSON as copack's own files are written: two spaces, a newline at the end. */
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function scaffoldCourse(request: ScaffoldRequest): ScaffoldFile[] {
  const course: CourseData = {
    $schema: request.schemaFromCourse,
    id: request.id,
    title: request.title,
    summary: 'This is a new course. Write here what the course is about.',
    language: 'en-GB',
    version: '0.1.0',
    lessons: [firstLessonId],
    glossary: [
      {
        term: 'easy read',
        meaning: 'Words and pictures that are easy to understand.',
        picture: { symbol: 'healthicons:i-note-action', alt: 'A notepad and a pencil' },
      },
    ],
    team: [
      { id: 'trainer', name: 'Your name', roles: ['trainer'], consentToBeNamed: true },
      // A placeholder for the people with lived experience who write the course too: only
      // they can agree a lesson (`copack approve --by service-user`). Not named until they say yes.
      { id: 'service-user', name: 'Group member', roles: ['service-user'], consentToBeNamed: false },
    ],
    completion: { rule: 'all-pages' },
  };

  const lesson: LessonData = {
    $schema: request.schemaFromLesson,
    id: firstLessonId,
    title: 'Your first lesson',
    summary: 'This lesson shows each kind of page. Change the words to make it your own.',
    authors: ['trainer', 'service-user'],
    words: ['easy read'],
    pages: [
      {
        id: 'welcome',
        kind: 'points',
        title: 'Welcome',
        points: [
          { text: 'Each page has a title and a few points.', picture: { src: pictureFile, alt: 'A person waving hello' } },
          { text: 'Write each point in easy read.', picture: { symbol: 'healthicons:i-note-action', alt: 'A notepad and a pencil' } },
          { text: 'Put 1 idea in each point.', picture: { symbol: 'healthicons:ok', alt: 'A hand with the thumb up' } },
          { text: 'Write the course with the people who use your service.', picture: { symbol: 'healthicons:group-discussion-meeting', alt: '2 people talking together' } },
        ],
      },
      {
        id: 'check-what-you-know',
        kind: 'quiz',
        title: 'Check what you know',
        questions: [
          {
            id: 'ideas-in-a-point',
            question: 'How many ideas go in each point?',
            picture: { symbol: 'healthicons:question-circle', alt: 'A question mark' },
            choices: [
              { id: 'one', text: '1 idea.', picture: { symbol: 'healthicons:ok', alt: 'A hand with the thumb up' }, correct: true },
              {
                id: 'lots',
                text: 'Lots of ideas.',
                picture: { symbol: 'healthicons:sad', alt: 'A sad face' },
                feedback: 'Lots of ideas make a point hard to read.',
              },
            ],
            feedback: { correct: 'Yes. 1 idea in each point is easy to read.', tryAgain: 'Not quite. Look at the first page again.' },
          },
        ],
      },
      {
        id: 'your-ideas',
        kind: 'reflection',
        title: 'Think about it',
        prompt: 'What would you like your course to teach?',
        picture: { symbol: 'healthicons:communication', alt: 'A speech bubble' },
        help: ['Think about the people who will read it.', 'Ask them what they want to learn.'],
      },
      {
        id: 'what-we-learned',
        kind: 'summary',
        title: 'What we learned',
        points: [
          { text: 'Each page has a title and a few points.', picture: { src: pictureFile, alt: 'A person waving hello' } },
          { text: 'Put 1 idea in each point.', picture: { symbol: 'healthicons:ok', alt: 'A hand with the thumb up' } },
        ],
      },
    ],
  };

  return [
    { path: 'course.json', text: json(course) },
    { path: `lessons/${firstLessonId}.json`, text: json(lesson) },
    { path: pictureFile, text: helloSvg },
    { path: 'CREDITS.md', text: credits },
  ];
}

/** A person waving: copack's own drawing, dark on white (contrast well over 7:1), CC0. */
const helloSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="200" height="200" role="img" aria-labelledby="hello-title">
  <title id="hello-title">A person waving hello</title>
  <rect x="0" y="0" width="200" height="200" rx="16" fill="#ffffff"/>
  <g fill="#1b1b1b">
    <circle cx="100" cy="50" r="24"/>
    <rect x="72" y="82" width="56" height="72" rx="20"/>
    <rect x="80" y="140" width="18" height="52" rx="9"/>
    <rect x="102" y="140" width="18" height="52" rx="9"/>
    <rect x="50" y="88" width="16" height="60" rx="8"/>
    <rect x="132" y="30" width="16" height="66" rx="8" transform="rotate(20 140 63)"/>
    <circle cx="154" cy="30" r="12"/>
  </g>
</svg>
`;

const credits = `# Credits

- \`${pictureFile}\`: drawn for copack's new-course template. Free to use (CC0).

Write here where each picture you add came from, and its licence.
`;
