import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { repoRoot } from './paths.js';
import { Random } from './random.js';
import { makePng, makeSvg } from './pictures.js';
import * as words from './content.js';
import { writeMarkdownSet, type Screen } from './markdown.js';

/** How big a course set to make. Screens are per lesson: points pages, 2 quiz questions and (see `maxReflections`) a reflection. */
export interface SetSize {
  courses: number;
  lessons: number;
  screens: number;
  seed: number;
}

/** What the generator made, for the runners. Paths are absolute. */
export interface CourseSet {
  size: SetSize;
  totalScreens: number;
  /** copack's project folder: `courses/` inside, `out/` written by builds. */
  copackDir: string;
  /** Eleventy's project folder: `src/` of Markdown, `_site/` written by builds. */
  eleventyDir: string;
  courseIds: string[];
  /** The lesson the incremental task edits: one point's text, at `pages[0].points[0].text`. */
  editLesson: string;
  /** Bytes and files of copack's sources (JSON and pictures) and of Eleventy's (Markdown, layout, pictures, CSS). */
  copackInput: { bytes: number; files: number };
  eleventyInput: { bytes: number; files: number };
}

const schemasDir = join(repoRoot, 'schemas');

interface Picture { src: string; alt: string }
type Json = Record<string, unknown>;

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
const pad = (n: number, width = 3) => String(n).padStart(width, '0');

/** Writes a course set (copack JSON and the same screens as Markdown) into `dir`, replacing it. */
export function generateCourseSet(dir: string, size: SetSize): CourseSet {
  if (size.screens < 4) throw new Error('Each lesson needs at least 4 screens: points, 2 quiz questions and a reflection.');
  rmSync(dir, { recursive: true, force: true });
  const copackDir = join(dir, 'copack');
  const eleventyDir = join(dir, 'eleventy');
  const random = new Random(size.seed);
  const copackInput = { bytes: 0, files: 0 };
  const eleventyInput = { bytes: 0, files: 0 };
  const write = (path: string, data: string | Uint8Array) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    const stats = path.startsWith(copackDir) ? copackInput : eleventyInput;
    stats.bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    stats.files += 1;
  };
  const writeJson = (path: string, value: Json, schema: string) => {
    const $schema = relative(dirname(path), join(schemasDir, schema)).split(sep).join('/');
    write(path, `${JSON.stringify({ $schema, ...value }, null, 2)}\n`);
  };

  const courseIds: string[] = [];
  const screens: Screen[] = [];
  for (let c = 0; c < size.courses; c++) {
    const courseRandom = random.fork(c);
    const title = words.courseTitles[c % words.courseTitles.length] as string;
    const id = `${slug(title)}-${pad(c + 1)}`;
    courseIds.push(id);
    const courseDir = join(copackDir, 'courses', id);
    const pictures = writePictures(courseRandom.fork(1), [courseDir, join(eleventyDir, 'src', id)], write);
    const team = makeTeam(courseRandom.fork(2));
    const lessons = Array.from({ length: size.lessons }, (_, l) =>
      makeLesson(courseRandom.fork(100 + l), l, size.screens, hasReflection(l, size.lessons), pictures, team),
    );
    const fullTitle = c < words.courseTitles.length ? title : `${title} ${Math.floor(c / words.courseTitles.length) + 1}`;
    writeJson(join(courseDir, 'course.json'), makeCourse(courseRandom.fork(3), id, fullTitle, lessons, pictures, team, c), 'course.schema.json');
    for (const lesson of lessons) {
      writeJson(join(courseDir, 'lessons', `${lesson.id as string}.json`), lesson, 'lesson.schema.json');
      screens.push(...lessonScreens(id, fullTitle, lesson));
    }
  }
  writeMarkdownSet(eleventyDir, screens, courseIds, write);
  const first = courseIds[Math.floor(courseIds.length / 2)] as string;
  return {
    size,
    totalScreens: size.courses * size.lessons * size.screens,
    copackDir,
    eleventyDir,
    courseIds,
    editLesson: join(copackDir, 'courses', first, 'lessons', `${lessonId(0)}.json`),
    copackInput,
    eleventyInput,
  };
}

/** A pool of pictures per course, reused across its points as real courses do: 2 SVG to 1 PNG. Written for copack and for Eleventy alike. */
function writePictures(random: Random, dirs: readonly string[], write: (path: string, data: string | Uint8Array) => void): Picture[] {
  const subjects = random.sample(words.pictureSubjects, 24);
  return subjects.map((alt, i) => {
    const png = i % 3 === 2;
    const src = `assets/pictures/${pad(i + 1, 2)}-${slug(alt).slice(0, 24).replace(/-+$/, '')}.${png ? 'png' : 'svg'}`;
    const bytes = png ? makePng(random.fork(i)) : makeSvg(random.fork(i), alt);
    for (const dir of dirs) write(join(dir, src), bytes);
    return { src, alt };
  });
}

interface Team { expert: string; staff: string; members: Json[] }

function makeTeam(random: Random): Team {
  const [a, b, c] = random.sample(words.firstNames, 3) as [string, string, string];
  const surname = () => random.pick(words.lastNames);
  const members: Json[] = [
    { id: slug(a), name: `${a} ${surname()}`, roles: ['expert-by-experience', 'co-facilitator'], consentToBeNamed: true, about: 'I like helping people speak up.' },
    { id: slug(b), name: `${b} ${surname()}`, roles: ['staff', 'trainer'], consentToBeNamed: true },
    { id: slug(c), name: `${c} ${surname()}`, roles: ['speech-and-language-therapist', 'reviewer'], consentToBeNamed: true, about: 'I helped make the words clear.' },
    { id: 'group-member', name: 'Group member', roles: ['service-user', 'reviewer'], consentToBeNamed: false },
  ];
  return { expert: slug(a), staff: slug(b), members };
}

const lessonId = (l: number) => `lesson-${pad(l + 1, 2)}`;

function makeCourse(random: Random, id: string, title: string, lessons: Json[], pictures: Picture[], team: Team, index: number): Json {
  const lessonIds = lessons.map((lesson) => lesson.id as string);
  return {
    id,
    title,
    summary: `${random.pick(words.sentences)} ${random.pick(words.sentences)}`,
    language: 'en-GB',
    version: '1.0.0',
    keywords: ['easy read', 'co-production', 'benchmark'],
    lessons: lessonIds,
    glossary: words.glossaryWords.map((word, i) => ({
      ...word,
      ...(i % 2 === 0 ? { picture: pictures[i % pictures.length] } : {}),
    })),
    team: team.members,
    completion: index % 2 === 0 ? { rule: 'pass-mark', passMark: 80 } : { rule: 'all-pages' },
    sessions: [
      {
        id: 'session-1',
        title: 'Learning together',
        summary: 'We go through the first lessons as a group. We share ideas.',
        facilitators: [team.expert, team.staff],
        lessons: lessonIds.slice(0, 2),
        groundRules: ['We listen when someone is talking.', 'You can say pass.', 'What we share stays in the room.'],
        materials: ['Name badges', 'Big paper and pens'],
        parts: [
          { title: 'Welcome', minutes: 10, activity: 'Say hello. Each person says their name.', leads: 'together' },
          { title: 'The first lesson', minutes: 25, activity: 'Look at the lesson together on a big screen.', leads: 'staff', lesson: lessonIds[0] },
          { title: 'Talk about it', minutes: 20, activity: 'In pairs, people share 1 idea.', leads: 'co-facilitator' },
        ],
        support: ['There is a quiet room next door.'],
        debrief: ['What went well today?', 'How do we both feel?'],
      },
    ],
  };
}

/**
 * SCORM 1.2 keeps 4,096 characters of saved progress, and a reflection can take 503 of them,
 * so copack refuses (`build/suspend-data-too-large`) a course that could need more: at most 7
 * reflections fit beside 100 screens. Lessons get one each, spread evenly, up to that; the
 * others have one more points page instead, so every lesson still has the same screens.
 */
export const maxReflections = 7;
const hasReflection = (lesson: number, lessons: number) =>
  lessons <= maxReflections || Math.floor(((lesson + 1) * maxReflections) / lessons) > Math.floor((lesson * maxReflections) / lessons);

function makeLesson(random: Random, index: number, screens: number, reflection: boolean, pictures: Picture[], team: Team): Json {
  const title = words.lessonTitles[(index + random.int(0, 3)) % words.lessonTitles.length] as string;
  const pages: Json[] = [];
  const titles = random.sample(words.pageTitles.slice(1), screens);
  for (let p = 0; p < screens - (reflection ? 3 : 2); p++) {
    const pageTitle = p === 0 ? 'Welcome to this lesson' : (titles[p % titles.length] as string);
    const count = random.int(2, 4);
    const texts = random.sample(words.sentences, count * 2);
    const points = Array.from({ length: count }, (_, i) => {
      const two = random.next() < 0.3;
      const text = two ? `${texts[i * 2]} ${texts[i * 2 + 1]}` : (texts[i * 2] as string);
      return { text: boldGlossaryWord(random, text), picture: random.pick(pictures) };
    });
    pages.push({ id: `${slug(pageTitle)}-${p + 1}`, kind: 'points', title: pageTitle, points });
  }
  const chosen = random.sample(words.questions, 2);
  pages.push({
    id: 'check-what-you-know',
    kind: 'quiz',
    title: 'Check what you know',
    questions: chosen.map((q) => ({
      id: q.id,
      question: q.question,
      picture: random.pick(pictures),
      choices: random
        .sample([{ text: q.right, correct: true }, ...q.wrong.map((text) => ({ text, correct: false }))], 1 + q.wrong.length)
        .map((choice, i) => ({ id: `choice-${i + 1}`, text: choice.text, picture: random.pick(pictures), ...(choice.correct ? { correct: true } : {}) })),
      feedback: { correct: q.correct, tryAgain: q.tryAgain },
    })),
  });
  if (reflection) {
    const chosenReflection = random.pick(words.reflections);
    pages.push({ id: 'think-about-it', kind: 'reflection', title: 'Think about it', prompt: chosenReflection.prompt, picture: random.pick(pictures), help: chosenReflection.help });
  }
  return {
    id: lessonId(index),
    title,
    summary: `${random.pick(words.sentences)} ${random.pick(words.sentences)}`,
    authors: [team.expert, team.staff],
    words: random.sample(words.glossaryWords, 2).map((word) => word.term),
    pages,
  };
}

/** Bolds a glossary word in about a fifth of the points: the one inline markup there is. */
function boldGlossaryWord(random: Random, text: string): string {
  if (random.next() > 0.2) return text;
  const word = words.glossaryWords.find((w) => text.toLowerCase().includes(w.term));
  if (!word) return text;
  const at = text.toLowerCase().indexOf(word.term);
  return `${text.slice(0, at)}**${text.slice(at, at + word.term.length)}**${text.slice(at + word.term.length)}`;
}

/** The lesson's screens as copack shows them: each points page, each quiz question, the reflection. */
function lessonScreens(courseId: string, courseTitle: string, lesson: Json): Screen[] {
  const base = { course: courseId, courseTitle, lesson: lesson.id as string, lessonTitle: lesson.title as string };
  const out: Screen[] = [];
  for (const page of lesson.pages as Json[]) {
    if (page.kind === 'points') {
      out.push({ ...base, slug: page.id as string, title: page.title as string, kind: 'points', points: page.points as Screen['points'] });
    } else if (page.kind === 'quiz') {
      for (const q of page.questions as Json[]) {
        out.push({
          ...base,
          slug: `${page.id as string}-${q.id as string}`,
          title: page.title as string,
          kind: 'question',
          points: [{ text: q.question as string, picture: q.picture as Picture }],
          choices: q.choices as Screen['points'],
        });
      }
    } else {
      out.push({
        ...base,
        slug: page.id as string,
        title: page.title as string,
        kind: 'reflection',
        points: [{ text: page.prompt as string, picture: page.picture as Picture }],
        help: page.help as string[],
      });
    }
  }
  return out;
}

/** Bytes and files under `dir`: the set's inputs once `approvals.json` files are written too. */
export function measureTree(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    // `parentPath` from Node 20.12; `path` before it.
    bytes += statSync(join(entry.parentPath ?? entry.path, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}
