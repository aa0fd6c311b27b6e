import type { Course } from '../model/course.js';
import type { SeverityName } from '../model/course-data.js';
import type { SourceFile } from '../model/source-file.js';
import type { Glossary } from './text/glossary.js';
import type { TextUnit } from './text/text-units.js';

/** A severity as config spells it, like ESLint: `warn`, not `warning`. */
export type { SeverityName };

/** The guidance a rule's threshold comes from, as docs/rules.md cites it. */
export type GuidanceSource =
  | 'dh-2010'
  | 'mencap'
  | 'inclusion-europe'
  | 'people-first'
  | 'coga'
  | 'wcag-2.2'
  | 'gov-uk';

/** What a rule is, for people: docs/rules.md and `copack lint --help` are made from it. */
export interface RuleMeta<Options extends object = object> {
  /** One line: what the rule finds. */
  description: string;
  /** Why it matters, in a few sentences, with the guidance it comes from. */
  rationale: string;
  source: readonly GuidanceSource[];
  defaultSeverity: Exclude<SeverityName, 'off'>;
  /** JSON Schema (2020-12) of the options object, checked with copack's one ajv instance. */
  optionsSchema: Record<string, unknown>;
  defaultOptions: Readonly<Options>;
  /**
   * Whether the rule also reads the group session plans (the facilitator's guide). Rules
   * about words a learner meets alone on a screen (rare words, passive voice, readability)
   * leave the facilitator's text to the people who run the group.
   */
  facilitatorText: boolean;
  /** Figures for people to weigh, never a gate: shown as `info` whatever the settings say. */
  informational?: boolean;
  /** One example of text the rule reports, and the same text made easy. */
  example?: { bad: string; good: string };
}

/**
 * Where a rule found a problem. `index` and `length` are in the decoded string at
 * `pointer`; the runner turns them into a line and column in the file.
 */
export interface Problem {
  file: SourceFile;
  pointer: string;
  index?: number;
  length?: number;
  /** One sentence, values in backticks. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /**
   * A softer finding of the same rule (a sentence of 13 to 15 words, when over 15 is the
   * limit): the runner shows it one step below the rule's severity.
   */
  advisory?: boolean;
}

export interface LintContext<Options extends object = object> {
  readonly course: Course;
  /** The rule's options: its defaults with the user's options over them. Frozen. */
  readonly options: Readonly<Options>;
  /** The texts this rule reads: learner text, plus the facilitator's if the rule asks for it. */
  readonly texts: readonly TextUnit[];
  readonly glossary: Glossary;
  /** Synonym groups from config: the first word of each group is the one to use. */
  readonly synonyms: ReadonlyArray<readonly string[]>;
  /** Whether another rule is switched on, so two rules do not report the same word. */
  isEnabled(ruleId: string): boolean;
  report(problem: Problem): void;
}

/** A rule is one file: an id, what it is for, and a check that only reports. */
export interface Rule<Options extends object = object> {
  readonly id: string;
  readonly meta: RuleMeta<Options>;
  check(course: Course, context: LintContext<Options>): void;
}

/** Lets a file declare a rule with its own options type and still sit in the registry. */
export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
