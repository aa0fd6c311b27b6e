import type { Course, Lesson } from '../model/course.js';
import type { PageData, PointData } from '../model/course-data.js';
import { noGlossary, plainText, termId, toSegments, type GlossaryMatcher } from './inline-text.js';
import { pageCount, questionCount } from './labels.js';
import { pictureView } from './pictures.js';
import { reflectionMaxLength } from './client/progress-codec.js';
import type { PointView, ScreenView } from './view-types.js';

const blank: Omit<ScreenView, 'hash' | 'domId' | 'title'> = {
  lessonTitle: false,
  lessonId: false,
  count: false,
  nav: { back: false, next: false, nextLabel: 'Next' },
  isHome: false,
  isPoints: false,
  isQuestion: false,
  isReflection: false,
  isGlossary: false,
  isCredits: false,
  isFinish: false,
  points: [],
  question: false,
  reflection: false,
  newWords: [],
  hasNewWords: false,
};

/** The DOM id of a screen is its route without `#`: a plain link to it works even without the script. */
const domIdOf = (hash: string) => hash.slice(1);

export function specialScreen(
  hash: string,
  title: string,
  options: Partial<Pick<ScreenView, 'isHome' | 'isGlossary' | 'isCredits' | 'isFinish'>> & { back?: string; next?: string; nextLabel?: string },
): ScreenView {
  const { back = false, next = false, nextLabel = 'Next', ...flags } = options;
  return { ...blank, hash, domId: domIdOf(hash), title, nav: { back, next, nextLabel }, ...flags };
}

/** One screen per page, except quizzes: one screen per question, so each has its own address. */
export function lessonScreens(course: Course, lesson: Lesson, glossary: GlossaryMatcher): ScreenView[] {
  const screens: ScreenView[] = [];
  const base = (hash: string, title: string): ScreenView => ({
    ...blank,
    nav: { ...blank.nav },
    hash,
    domId: domIdOf(hash),
    title,
    lessonTitle: lesson.data.title,
    lessonId: lesson.id,
  });
  for (const page of lesson.data.pages) {
    // Each screen explains a glossary word once: its first use there becomes a button.
    if (page.kind === 'quiz') {
      page.questions.forEach((question, q) => {
        const explained = new Set<string>();
        const screen = base(`#/${lesson.id}/${page.id}/${question.id}`, page.title);
        screen.isQuestion = true;
        screen.question = {
          id: question.id,
          key: `${lesson.id}/${page.id}/${question.id}`,
          segments: toSegments(question.question, glossary, explained),
          speech: plainText(question.question),
          picture: pictureView(course, question.picture),
          choices: question.choices.map((choice) => ({
            id: choice.id,
            segments: toSegments(choice.text, noGlossary, explained),
            picture: pictureView(course, choice.picture),
            correct: choice.correct === true,
            feedback: choice.feedback ?? false,
          })),
          feedbackCorrect: question.feedback.correct,
          feedbackTryAgain: question.feedback.tryAgain,
          questionCount: page.questions.length > 1 ? questionCount(q + 1, page.questions.length) : false,
        };
        screens.push(screen);
      });
    } else {
      screens.push(pageScreen(course, lesson, page, glossary, base(`#/${lesson.id}/${page.id}`, page.title)));
    }
  }
  // New words are shown on the lesson's first screen.
  const words = (lesson.data.words ?? []).map((term) => ({ term, id: termId(term) }));
  if (screens[0] && words.length > 0) Object.assign(screens[0], { newWords: words, hasNewWords: true });
  screens.forEach((screen, i) => (screen.count = pageCount(i + 1, screens.length)));
  return screens;
}

function pageScreen(course: Course, lesson: Lesson, page: Exclude<PageData, { kind: 'quiz' }>, glossary: GlossaryMatcher, screen: ScreenView): ScreenView {
  const explained = new Set<string>();
  if (page.kind === 'reflection') {
    screen.isReflection = true;
    screen.reflection = {
      key: `${lesson.id}/${page.id}`,
      segments: toSegments(page.prompt, glossary, explained),
      speech: plainText(page.prompt),
      picture: pictureView(course, page.picture),
      help: (page.help ?? []).map((text) => ({ segments: toSegments(text, glossary, explained) })),
      hasHelp: (page.help ?? []).length > 0,
      maxLength: reflectionMaxLength,
      lengthNote: `You can write about ${Math.floor(reflectionMaxLength / 6)} words.`,
    };
  } else {
    screen.isPoints = true;
    screen.points = page.points.map((point) => pointView(course, point, glossary, explained));
  }
  return screen;
}

function pointView(course: Course, point: PointData, glossary: GlossaryMatcher, explained: Set<string>): PointView {
  return {
    segments: toSegments(point.text, glossary, explained),
    speech: plainText(point.text),
    picture: pictureView(course, point.picture),
    audio: point.audio ?? false,
  };
}
