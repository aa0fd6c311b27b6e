/**
 * Progress for long builds ("Building 3 of 40: course-id") on stderr, one line rewritten in
 * place, only for a person at a terminal: quiet when stderr is not a terminal or `CI` is set,
 * so logs and `--format json` stay clean. And the summary a build ends with.
 */
import type { BuildOptions } from '../pipeline.js';

export type BuildProgressEvent = Parameters<NonNullable<BuildOptions['onProgress']>>[0];

export interface ProgressTarget {
  write: (text: string) => void;
  /** Is the stream progress goes to (stderr) a terminal? */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export interface BuildProgress {
  /** For `build({ onProgress })`; `undefined` when progress is quiet. */
  onProgress: ((event: BuildProgressEvent) => void) | undefined;
  /** Before the build: says it is reading and checking. */
  start: () => void;
  /** After the build: clears the progress line, so the results print on a clean line. */
  done: () => void;
}

/** `CI=true`, `CI=1`, any value but empty, `0` or `false`: CI services set it. */
export const isCi = (env: NodeJS.ProcessEnv) => {
  const value = env['CI'];
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
};

export const progressWanted = (target: ProgressTarget) => target.isTTY && !isCi(target.env);

/** Erase the line and go back to its start (ECMA-48 EL 2 after CR). */
const clearLine = '\r\u001b[2K';

export function createBuildProgress(target: ProgressTarget): BuildProgress {
  if (!progressWanted(target)) return { onProgress: undefined, start: () => undefined, done: () => undefined };
  let shown = false;
  const show = (text: string) => {
    // Cut to the terminal's usual width: a wrapped line cannot be rewritten in place.
    target.write(`${clearLine}${text.length > 79 ? `${text.slice(0, 78)}…` : text}`);
    shown = true;
  };
  return {
    onProgress: (event) => show(`Building ${event.index} of ${event.total}: ${event.courseId}`),
    start: () => show('Reading and checking the courses…'),
    done: () => {
      if (shown) target.write(clearLine);
      shown = false;
    },
  };
}

export interface BuildSummary {
  /** Courses whose output is in the output folder now: built, or kept because nothing changed. */
  ready: number;
  /** Of those, the ones kept as they were (the build cache). */
  upToDate: number;
  /** Course folders found. */
  courses: number;
  errors: number;
  warnings: number;
  /** The output folder as the user gave it, such as `out`. */
  outDir: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line: `Done: 38 of 40 courses ready in out/ (30 built, 8 up to date, 2 not built: they have errors); 5 errors, 12 warnings.` */
export function formatBuildSummary(summary: BuildSummary): string {
  const notBuilt = summary.courses - summary.ready;
  const built = summary.ready - summary.upToDate;
  const folder = summary.outDir.endsWith('/') ? summary.outDir : `${summary.outDir}/`;
  const parts = [
    ...(built > 0 ? [`${built} built`] : []),
    ...(summary.upToDate > 0 ? [`${summary.upToDate} up to date`] : []),
    ...(notBuilt > 0 ? [`${notBuilt} not built: ${notBuilt === 1 ? 'it has' : 'they have'} errors`] : []),
  ];
  return `Done: ${summary.ready} of ${plural(summary.courses, 'course')} ready in ${folder} (${parts.join(', ')}); ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}.\n`;
}
