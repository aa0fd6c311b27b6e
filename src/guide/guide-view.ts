import type { Segment } from '../render/inline-text.js';
import type { PictureView } from '../render/view-types.js';
import type { Leads } from './guide-words.js';

/**
 * The facilitator pack's view model: everything its templates may print. As in the site's,
 * absent fields are `false` (never `undefined`), so mustache never finds a field of the same
 * name in an outer context by accident; a contract test walks every tag against real views.
 */

/** Author text ready to print: runs of words, bold and glossary words marked. */
export interface TextView {
  segments: Segment[];
}

export interface LinkView {
  href: string;
  title: string;
  description: string | false;
}

/** A row with a picture on the left and words on the right; the picture space stays when there is none. */
export interface PictureRowView {
  picture: PictureView | false;
  segments: Segment[];
}

export interface LeadsView {
  kind: Leads;
  label: string;
  isCoFacilitator: boolean;
  isStaff: boolean;
  isTogether: boolean;
}

export interface PartView {
  range: string;
  length: string;
  title: string;
  activity: TextView;
  leads: LeadsView;
  materials: TextView[];
  hasMaterials: boolean;
  lesson: LinkView | false;
  /** Staff guide only. */
  notes: TextView | false;
  /** Easy-read guide only: a picture from the course. */
  picture: PictureView | false;
  showPicture: boolean;
}

export interface AdviceView {
  heading: string;
  points: string[];
}

export interface SessionView {
  domId: string;
  number: string;
  title: string;
  summary: TextView;
  total: string;
  /** Staff guide: who usually runs it, named only with their consent. */
  facilitators: string | false;
  leadTotals: string[];
  hasLeadTotals: boolean;
  materials: TextView[];
  hasMaterials: boolean;
  groundRules: TextView[];
  hasGroundRules: boolean;
  groundRulesPicture: PictureView | false;
  parts: PartView[];
  upset: AdviceView;
  hard: AdviceView;
  support: TextView[];
  supportFixed: string;
  debrief: TextView[];
  hasDebrief: boolean;
  debriefPicture: PictureView | false;
  lessons: LinkView[];
  hasLessons: boolean;
  /** Staff guide only. */
  checklist: { before: TextView[]; after: TextView[] } | false;
}

export interface WordView {
  domId: string;
  term: string;
  picture: PictureView | false;
  meaning: TextView;
}

export interface GuideView {
  heading: string;
  intro: string[];
  contentsHeading: string;
  contents: LinkView[];
  sessions: SessionView[];
  labels: Record<string, string>;
  words: WordView[];
  hasWords: boolean;
}

export interface QuestionView {
  count: string | false;
  question: PictureRowView;
  choices: PictureRowView[];
}

export interface HandoutPageView {
  title: string;
  points: PictureRowView[];
  isPoints: boolean;
  questions: QuestionView[];
  isQuiz: boolean;
  reflection: { prompt: PictureRowView; help: TextView[]; hasHelp: boolean } | false;
}

export interface HandoutView {
  title: string;
  summary: TextView;
  boldNote: string | false;
  pages: HandoutPageView[];
  words: WordView[];
  hasWords: boolean;
  labels: Record<string, string>;
}

export interface FrontView {
  heading: string;
  intro: string[];
  noSessions: string | false;
  guides: LinkView[];
  hasGuides: boolean;
  sessions: LinkView[];
  handouts: LinkView[];
  labels: Record<string, string>;
}

export interface SymbolView {
  id: string;
  viewBox: string;
  body: string;
}

/** One HTML page of the pack: the frame every page shares, and one of the three bodies. */
export interface GuidePageView {
  lang: string;
  title: string;
  courseTitle: string;
  pageKind: string;
  htmlClass: string;
  /** `''` or `'../'`: where the pack's folder is from this page. */
  base: string;
  draft: { title: string; sentence: string } | false;
  home: LinkView | false;
  skip: string;
  front: FrontView | false;
  guide: GuideView | false;
  handout: HandoutView | false;
  symbols: SymbolView[];
}
