/**
 * Usage problems in one line a trainer can act on: yargs's terse messages ("Unknown argument:
 * frmat") become "`--frmat` is not an option of `copack validate`. Did you mean `--format`?",
 * and a missing `courses/` folder or a path that is not a course says what to do instead.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { suggest } from '../diagnostics/suggest.js';

export interface ParseContext {
  /** The arguments as given. */
  args: readonly string[];
  /** copack's commands, such as `build`, `lint`. */
  commands: readonly string[];
  /** The command being parsed when the problem was found, if any. */
  command: string | undefined;
  /** Long option names known where the problem was found, without dashes. */
  options: readonly string[];
}

const helpFor = (command: string | undefined) =>
  command ? `Run \`copack ${command} --help\` to see its options.` : 'Run `copack --help` to see the commands.';

/** The word the user typed as a command: the first argument that is not an option. */
const firstWord = (args: readonly string[]) => args.find((arg) => !arg.startsWith('-'));

/** How the user wrote an option yargs reports by name: `--frmat`, `-x` or `--no-frmat`. */
function asTyped(name: string, args: readonly string[]): string | undefined {
  for (const arg of args) {
    const bare = arg.split('=')[0]!;
    if (bare === `--${name}` || bare === `-${name}` || bare === `--no-${name}`) return bare;
    // Short flags run together, as in `-xy`.
    if (name.length === 1 && /^-[a-zA-Z]+$/.test(bare) && bare.includes(name)) return `-${name}`;
  }
  return undefined;
}

const camelToKebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Rewrites one of yargs's failure messages; anything not recognised passes through with the help pointer. */
export function friendlyUsage(message: string, context: ParseContext): string {
  const didYouMean = /^Did you mean (\S+)\?$/.exec(message);
  if (didYouMean) {
    const typed = firstWord(context.args) ?? '';
    return `\`${typed}\` is not a copack command. Did you mean \`copack ${didYouMean[1]}\`? ${helpFor(undefined)}`;
  }
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (unknown) {
    // yargs names each unknown option twice, as typed and in camelCase: keep one of each.
    const names = [...new Set(unknown[1]!.split(', ').map((name) => (/[A-Z]/.test(name) ? camelToKebab(name) : name)))];
    const first = names[0]!;
    const typedOption = asTyped(first, context.args);
    if (!typedOption && context.command === undefined && first === firstWord(context.args)) {
      const guess = suggest(first, context.commands);
      return (
        `\`${first}\` is not a copack command.` +
        (guess ? ` Did you mean \`copack ${guess}\`?` : ` The commands are ${listWords(context.commands)}.`) +
        ` ${helpFor(undefined)}`
      );
    }
    if (typedOption) {
      const candidates = context.options.filter((option) => option.length > 1);
      const bare = typedOption.replace(/^--?(no-)?/, '');
      const guess = suggest(bare, candidates);
      const where = context.command ? `of \`copack ${context.command}\`` : 'of copack';
      return `\`${typedOption}\` is not an option ${where}.${guess ? ` Did you mean \`--${guess}\`?` : ''} ${helpFor(context.command)}`;
    }
    return `\`${first}\` was not expected here. ${helpFor(context.command)}`;
  }
  const missing = /^Missing required arguments?: ([^\n]+)\n?([\s\S]*)$/.exec(message);
  if (missing) {
    const options = missing[1]!.split(', ').map((name) => `\`--${name}\``);
    const said = missing[2]!.trim().replace(/\s*\n\s*/g, ' ');
    return `${listWords(options, false)} ${options.length === 1 ? 'is' : 'are'} needed.${said ? ` ${said}` : ''} ${helpFor(context.command)}`;
  }
  const notEnough = /^Not enough non-option arguments/.test(message);
  if (notEnough && context.command) return `\`copack ${context.command}\` needs more than that. ${helpFor(context.command)}`;
  // One line: yargs joins a custom message to its own with a line break.
  const line = message.trim().replace(/\s*\n\s*/g, ' ');
  return `${line}${/[.?!]$/.test(line) ? '' : '.'} ${helpFor(context.command)}`;
}

/** `a`, `b` and `c`: each in backticks unless `quote` is false (the words have them already). */
const listWords = (words: readonly string[], quote = true) => {
  const shown = quote ? words.map((w) => `\`${w}\``) : [...words];
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
};

/**
 * Why the paths given hold no courses, in one line: no `courses/` folder here (the usual
 * first mistake: running copack from the wrong folder), a path that does not exist, a file,
 * or a folder without `course.json`.
 */
export function notCoursesMessage(cwd: string, given: readonly string[], notCourses: readonly string[]): string {
  if (given.length === 0 && notCourses.length === 1 && notCourses[0] === 'courses') {
    return existsSync(resolve(cwd, 'courses'))
      ? 'There are no courses in `courses/` yet: a course is a folder there with a course.json. Start one with `copack new my-course`.'
      : 'There is no `courses/` folder here. Run copack in your project folder, or start a course with `copack new my-course`.';
  }
  if (notCourses.length === 1) {
    const path = notCourses[0]!;
    const absolute = resolve(cwd, path);
    if (!existsSync(absolute)) return `\`${path}\` does not exist. Give a course folder, such as \`courses/my-course\`.`;
    if (!statSync(absolute).isDirectory()) return `\`${path}\` is a file, not a course: give the course's folder, such as \`courses/my-course\`.`;
    return `\`${path}\` is not a course: a course folder has a course.json.`;
  }
  return `${notCourses.map((p) => `\`${p}\``).join(', ')} are not courses: a course folder has a course.json.`;
}

/**
 * What a yargs parser knew when it failed: the command being parsed and its options. Read
 * through yargs's own (untyped) accessors, so the messages follow whatever `cli.ts` defines.
 */
export function parseContext(args: readonly string[], parser: unknown, usage: unknown): ParseContext {
  const options = safe(() => Object.keys((parser as { getOptions: () => { key: Record<string, unknown> } }).getOptions().key), [] as string[]);
  const context = safe(
    () => (parser as { getInternalMethods: () => { getContext: () => { commands: string[] } } }).getInternalMethods().getContext().commands,
    [] as string[],
  );
  const commands = safe(() => (usage as { getCommands: () => Array<[string, ...unknown[]]> }).getCommands().map((entry) => entry[0].split(' ')[0]!), [] as string[]);
  return { args, commands, command: context.length > 0 ? context.join(' ') : undefined, options };
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read() ?? fallback;
  } catch {
    return fallback;
  }
}
