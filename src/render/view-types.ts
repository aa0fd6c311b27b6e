import type { Segment } from './inline-text.js';
import type { Layout } from './client/progress-codec.js';

/**
 * The view model: everything the templates may print, and nothing else. A contract test
 * walks every template tag against a real view, so a template cannot name a missing field.
 * Fields that are absent are `false`, never `undefined`, so mustache never looks them up
 * in an outer context by accident.
 */

export interface PictureView {
  alt: string;
  /** `site/`-relative file for an `<img>`, or `false` for a symbol. */
  src: string | false;
  /** The sprite symbol's element id for an inline `<svg><use>`, or `false` for a file. */
  symbol: string | false;
  viewBox: string;
}

export interface PointView {
  segments: Segment[];
  /** The words without markup, for read-aloud. */
  speech: string;
  picture: PictureView | false;
  audio: string | false;
}

export interface ChoiceView {
  id: string;
  segments: Segment[];
  picture: PictureView | false;
  correct: boolean;
  /** Feedback for this choice, or `false` to use the question's. */
  feedback: string | false;
}

export interface QuestionView {
  id: string;
  key: string;
  segments: Segment[];
  speech: string;
  picture: PictureView | false;
  choices: ChoiceView[];
  feedbackCorrect: string;
  feedbackTryAgain: string;
  /** "Question 1 of 3" when a quiz page has more than one question. */
  questionCount: string | false;
}

export interface ReflectionView {
  key: string;
  segments: Segment[];
  speech: string;
  picture: PictureView | false;
  help: Array<{ segments: Segment[] }>;
  hasHelp: boolean;
  /** Most characters the box takes: saved progress must fit SCORM 1.2's limit. */
  maxLength: number;
  /** The same limit in words a learner can use. */
  lengthNote: string;
}

export interface LessonLinkView {
  id: string;
  title: string;
  summary: string;
  href: string;
  screenCount: string;
}

export interface GlossaryEntryView {
  id: string;
  term: string;
  segments: Segment[];
  picture: PictureView | false;
  seeAlso: Array<{ term: string; href: string }>;
  hasSeeAlso: boolean;
}

export interface PersonView {
  name: string;
  roles: string;
  about: string | false;
}

export interface NavView {
  back: string | false;
  next: string | false;
  nextLabel: string;
}

export interface ScreenView {
  /** The route, such as `#/ground-rules/welcome`; also the section's id without `#`. */
  hash: string;
  domId: string;
  title: string;
  /** The lesson's title above the heading, or `false` outside lessons. */
  lessonTitle: string | false;
  lessonId: string | false;
  /** "Page 3 of 8", or `false` outside lessons. */
  count: string | false;
  nav: NavView;
  isHome: boolean;
  isPoints: boolean;
  isQuestion: boolean;
  isReflection: boolean;
  isGlossary: boolean;
  isCredits: boolean;
  isFinish: boolean;
  points: PointView[];
  question: QuestionView | false;
  reflection: ReflectionView | false;
  newWords: Array<{ term: string; id: string }>;
  hasNewWords: boolean;
}

export interface SiteView {
  lang: string;
  courseId: string;
  title: string;
  summary: string;
  version: string;
  /** Start or resume: the first screen of the first lesson. */
  startHref: string;
  lessons: LessonLinkView[];
  glossary: GlossaryEntryView[];
  hasGlossary: boolean;
  people: PersonView[];
  /** "and 1 more person who did not want to be named", or `false`. */
  unnamed: string | false;
  /** Not every lesson is agreed yet: every screen says "Draft: not agreed yet". */
  draft: boolean;
  /** For the "Made together by" screen: who agreed each lesson, and when. */
  agreements: Array<{ title: string; line: string }>;
  hasAgreements: boolean;
  screens: ScreenView[];
  symbols: Array<{ id: string; viewBox: string; body: string }>;
  /** JSON for the client script, already safe to place inside `<script>`. */
  dataJson: string;
  hasQuiz: boolean;
}

/** The JSON the page's script reads from `#copack-data`. */
export interface ClientData {
  course: string;
  version: string;
  lessons: Array<{ id: string; screens: string[] }>;
  layout: Layout;
  completion: { rule: 'all-pages' | 'all-quizzes' | 'pass-mark'; passMark: number | null; reportFailed: boolean };
}
