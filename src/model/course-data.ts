/**
 * The authored JSON, as typed data. These types mirror schemas/*.schema.json, which are
 * the contract; a value only takes one of these types after it has passed its schema.
 */

export interface PictureData {
  src?: string;
  symbol?: string;
  alt: string;
}

export type LintIgnore = Record<string, string>;

export interface PointData {
  text: string;
  picture?: PictureData;
  audio?: string;
  lintIgnore?: LintIgnore;
}

interface PageBase {
  id: string;
  title: string;
  lintIgnore?: LintIgnore;
}

export interface PointsPageData extends PageBase {
  kind: 'points';
  points: PointData[];
}

export interface SummaryPageData extends PageBase {
  kind: 'summary';
  points: PointData[];
}

export interface ReflectionPageData extends PageBase {
  kind: 'reflection';
  prompt: string;
  picture?: PictureData;
  help?: string[];
}

export interface ChoiceData {
  id: string;
  text: string;
  picture?: PictureData;
  correct?: boolean;
  feedback?: string;
}

export interface QuestionData {
  id: string;
  question: string;
  picture?: PictureData;
  choices: ChoiceData[];
  feedback: { correct: string; tryAgain: string };
}

export interface QuizPageData extends PageBase {
  kind: 'quiz';
  questions: QuestionData[];
}

export type PageData = PointsPageData | SummaryPageData | ReflectionPageData | QuizPageData;

export interface LessonData {
  $schema?: string;
  id: string;
  title: string;
  summary: string;
  authors?: string[];
  words?: string[];
  pages: PageData[];
  lintIgnore?: LintIgnore;
}

export interface GlossaryEntryData {
  term: string;
  meaning: string;
  forms?: string[];
  picture?: PictureData;
  seeAlso?: string[];
}

export const livedExperienceRoles = ['expert-by-experience', 'service-user', 'co-facilitator', 'peer-supporter', 'carer'] as const;

export type Role =
  | (typeof livedExperienceRoles)[number]
  | 'staff'
  | 'facilitator'
  | 'trainer'
  | 'speech-and-language-therapist'
  | 'clinician'
  | 'illustrator'
  | 'reviewer';

export interface PersonData {
  id: string;
  name: string;
  roles: Role[];
  consentToBeNamed: boolean;
  about?: string;
}

export interface CompletionData {
  rule: 'all-pages' | 'all-quizzes' | 'pass-mark';
  passMark?: number;
  reportFailed?: boolean;
}

export interface SessionPartData {
  title: string;
  minutes: number;
  activity: string;
  leads: 'co-facilitator' | 'staff' | 'together';
  lesson?: string;
  materials?: string[];
  notes?: string;
}

export interface SessionData {
  id: string;
  title: string;
  summary: string;
  facilitators?: string[];
  lessons?: string[];
  groundRules?: string[];
  materials?: string[];
  parts: SessionPartData[];
  support?: string[];
  debrief?: string[];
}

export type SeverityName = 'off' | 'info' | 'warn' | 'error';
export type RuleSetting = SeverityName | [SeverityName, Record<string, unknown>?];

export interface LintConfigData {
  rules?: Record<string, RuleSetting>;
  /** Groups of words for one thing; the first is the word to use. */
  synonyms?: string[][];
}

/** `copack.config.json`: settings for every course in the project. */
export interface ProjectConfigData {
  $schema?: string;
  lint?: LintConfigData;
}

export interface CourseData {
  $schema?: string;
  id: string;
  title: string;
  summary: string;
  language?: string;
  version: string;
  keywords?: string[];
  lessons: string[];
  glossary?: GlossaryEntryData[];
  team: PersonData[];
  completion: CompletionData;
  sessions?: SessionData[];
  lint?: LintConfigData;
}

export interface ApprovalData {
  lesson: string;
  hash: string;
  parts?: Record<string, string>;
  agreedBy: string[];
  present?: string[];
  date: string;
  note?: string;
}

export interface ApprovalsData {
  $schema?: string;
  course: string;
  approvals: ApprovalData[];
}
