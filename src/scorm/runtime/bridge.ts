/**
 * What the page's script and the LMS plugin say to each other. The page knows the course
 * (screens, answers, what completes it); the plugin knows the LMS (where its API is, what
 * each SCORM version calls things, when to commit). With no LMS the same calls keep
 * progress in the browser, so the offline site and the packages run the same code.
 */

export interface LmsStart {
  /** Progress saved by an earlier session, in the page's compact form. */
  suspendData: string | null;
  /** The screen to resume at. */
  location: string | null;
  /** The learner's name as the LMS has it, or `null`. */
  learnerName: string | null;
  mode: 'scorm12' | 'scorm2004' | 'offline';
}

export interface ProgressReport {
  location: string;
  suspendData: string;
  /** The course's completion rule is met. */
  completed: boolean;
  /** Percent right, 0 to 100, or `null` when the course has no quiz. */
  score: number | null;
  /** `true` passed, `false` below the pass mark with every question answered, `null` not judged. */
  passed: boolean | null;
}

export interface InteractionReport {
  /** Unique within the course, stable across builds. */
  id: string;
  /** The question in words, for LMS reports (2004 only). */
  description: string;
  /** Chosen choice: its id and its position (SCORM 1.2 answers with single characters). */
  response: { id: string; index: number };
  correct: Array<{ id: string; index: number }>;
  result: boolean;
}

export interface Lms {
  start(): LmsStart;
  /** Keeps the progress; `commit` asks for it to reach the LMS now (on a screen change). */
  report(progress: ProgressReport, commit: boolean): void;
  interaction(answer: InteractionReport): void;
}
