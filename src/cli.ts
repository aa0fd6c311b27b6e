import yargs, { type Argv } from 'yargs';
import { allTargets, build, check, type Target } from './pipeline.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { countDiagnostics } from './diagnostics/diagnostic.js';
import { formatDiagnostics, type FormatName } from './diagnostics/format.js';
import { copackVersion } from './version.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseRuleFlags, RuleFlagError } from './lint/config.js';
import type { SeverityName } from './lint/types.js';
import { renderLintReport } from './lint/report/render-report.js';
import { approveCommand, statusCommand, today, type CommandResult } from './coproduction/commands.js';
import { StageTimer, formatTimings } from './stage-timer.js';
import { performance } from 'node:perf_hooks';
import { newCommand, previewCommand } from './authoring/commands.js';
import { createBuildProgress, formatBuildSummary } from './authoring/progress.js';
import { friendlyUsage, notCoursesMessage, parseContext } from './authoring/friendly-usage.js';

/** Where the CLI writes, and what it knows of its terminal: injectable so tests run it in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** Is stderr a terminal? Build progress goes there. Default: `isTTY`. */
  stderrIsTTY?: boolean;
}

/** Exit codes, as ESLint has them: 0 clean, 1 problems in the courses, 2 usage or internal failure. */
export const exitCodes = { ok: 0, problems: 1, usage: 2 } as const;

class UsageError extends Error {}

interface CommonArgs {
  paths: string[];
  format: FormatName;
  'max-warnings': number;
  out: string;
  debug: boolean;
  rule: string[];
  report?: string;
}

/** `--target site,scorm12`: known names only, each once, in the order given. */
function parseTargets(value: string): Target[] {
  const names = String(value).split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(allTargets as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new UsageError(`\`--target\` takes ${allTargets.join(', ')}; not \`${unknown.join(', ') || value}\`.`);
  }
  return [...new Set(names)] as Target[];
}

export async function main(args: readonly string[], io: Io): Promise<number> {
  let exitCode: number = exitCodes.ok;
  const useColor = io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';

  const report = (diagnostics: Diagnostic[], courseCount: number, argv: CommonArgs, notCourses: string[]): number => {
    if (notCourses.length > 0) {
      throw new UsageError(notCoursesMessage(io.cwd, argv.paths ?? [], notCourses));
    }
    if (courseCount === 0 && diagnostics.length === 0) {
      throw new UsageError('No courses found. Put each course in its own folder under courses/, with a course.json.');
    }
    io.stdout(formatDiagnostics(argv.format, diagnostics, { color: useColor, courseCount }));
    const { errors, warnings } = countDiagnostics(diagnostics);
    const maxWarnings = argv['max-warnings'];
    return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? exitCodes.problems : exitCodes.ok;
  };

  /** Prints a command's result; a usage problem becomes exit code 2 like any other. */
  const show = (result: CommandResult): number => {
    if ('usage' in result) {
      // The command was understood; what it was asked is not possible, and the lines say why.
      for (const line of result.usage.split('\n')) io.stderr(`copack: ${line}\n`);
      return exitCodes.usage;
    }
    io.stdout(result.stdout);
    if (result.diagnostics) io.stdout(formatDiagnostics('stylish', result.diagnostics, { color: useColor, courseCount: result.courseCount ?? 1 }));
    return result.exitCode;
  };

  const withCommon = (y: Argv) =>
    y
      .positional('paths', { describe: 'Course folders, or folders of courses', type: 'string', array: true, default: [] })
      .option('format', { describe: 'How to print problems', choices: ['stylish', 'json'] as const, default: 'stylish' as const })
      .option('max-warnings', { describe: 'Fail when there are more warnings than this (-1: never)', type: 'number', default: -1 });

  const withRules = (y: Argv) =>
    y.option('rule', { describe: 'Set an easy-read check\'s severity: id:off|info|warn|error (repeatable)', type: 'string', array: true, default: [] as string[] });

  const ruleFlags = (argv: CommonArgs): Record<string, SeverityName> => {
    try {
      return parseRuleFlags(argv.rule ?? []);
    } catch (error) {
      throw error instanceof RuleFlagError ? new UsageError(error.message) : error;
    }
  };

  const parser = yargs([...args])
    .scriptName('copack')
    .usage('$0 <command> [options]\n\nBuild co-produced easy-read courses into accessible pages and SCORM packages.')
    .command(
      'validate [paths..]',
      'Check courses against the course format and show every problem',
      (y) => withCommon(y).example('$0 validate', 'Check every course in courses/').example('$0 validate courses/my-course --format json', 'One course, problems as JSON'),
      (argv) => {
        const result = check({ cwd: io.cwd, paths: argv.paths as string[] });
        exitCode = report(result.diagnostics, result.checked, argv as unknown as CommonArgs, result.notCourses);
      },
    )
    .command(
      'lint [paths..]',
      'Check courses against the easy-read rules and show every finding',
      (y) =>
        withRules(withCommon(y))
          .option('report', { describe: 'Also write an HTML report for reviewers to this file', type: 'string' })
          .example('$0 lint', 'Check the easy-read rules of every course in courses/')
          .example('$0 lint courses/my-course --report out/lint-report.html', 'One course, with a report a speech and language therapist can read')
          .example('$0 lint --rule passive-voice:off --rule one-idea-per-sentence:error', 'Change how strict two checks are'),
      (argv) => {
        const common = argv as unknown as CommonArgs;
        const result = check({ cwd: io.cwd, paths: common.paths, lint: { rules: ruleFlags(common) } });
        exitCode = report(result.diagnostics, result.checked, common, result.notCourses);
        if (common.report) {
          const linted = result.courses.flatMap((course) => {
            const lintResult = result.lint.get(course.id);
            return lintResult ? [{ course, result: lintResult }] : [];
          });
          const target = resolve(io.cwd, common.report);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, renderLintReport(linted));
          if (common.format === 'stylish') io.stdout(`Wrote the report to ${common.report}\n`);
        }
      },
    )
    .command(
      'build [paths..]',
      'Check courses and build them into out/',
      (y) =>
        withRules(withCommon(y))
          .option('out', { describe: 'Where to write the built courses', type: 'string', default: 'out' })
          .option('target', {
            describe: 'What to make, comma-separated: site, scorm12, scorm2004, guide',
            type: 'string',
            default: allTargets.join(','),
            coerce: parseTargets,
          })
          .option('timings', { describe: 'Print the time each stage of the build took', type: 'boolean', default: false })
          .option('cache', { describe: 'Keep courses whose inputs have not changed since the last build (--no-cache: build all)', type: 'boolean', default: true })
          .option('release', {
            describe: 'Build for learners: fail unless service users agreed every lesson as it is now',
            type: 'boolean',
            default: false,
          })
          .example('$0 build --release', 'Build every course for release: every lesson must be agreed')
          .example('$0 build --target site,scorm2004', 'Only the offline site and the SCORM 2004 package')
          .example('$0 build', 'Build every course in courses/ into out/')
          .example('$0 build courses/my-course --max-warnings 0', 'Build one course; fail on any warning'),
      async (argv) => {
        const common = argv as unknown as CommonArgs;
        const timer = argv.timings === true ? new StageTimer() : undefined;
        const started = performance.now();
        const progress = createBuildProgress({ write: io.stderr, isTTY: io.stderrIsTTY ?? io.isTTY, env: io.env });
        progress.start();
        const result = await build({
          cwd: io.cwd,
          paths: common.paths,
          outDir: common.out,
          targets: argv.target as Target[],
          release: argv.release === true,
          cache: argv.cache !== false,
          lint: { infos: false, rules: ruleFlags(common) },
          ...(timer ? { timer } : {}),
          ...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
        }).finally(progress.done);
        exitCode = report(result.diagnostics, result.checked, common, result.notCourses);
        if (common.format === 'stylish') {
          for (const id of result.outputs.keys()) {
            const zips = result.packages.get(id) ?? [];
            const verb = result.cached.includes(id) ? 'Up to date' : 'Built';
            io.stdout(`${verb}: ${id} → ${common.out}/${id}/${zips.length > 0 ? ` (${zips.join(', ')})` : ''}\n`);
          }
          const counts = countDiagnostics(result.diagnostics);
          io.stdout(formatBuildSummary({ ready: result.outputs.size, upToDate: result.cached.length, courses: result.checked, errors: counts.errors, warnings: counts.warnings, outDir: common.out }));
        }
        // On stderr, so `--format json` output stays one JSON document.
        if (timer) io.stderr(formatTimings(timer.timings(), performance.now() - started));
      },
    )
    .command(
      'approve <course> [lessons..]',
      'Record that service users on the team agreed lessons as they are now',
      (y) =>
        y
          .positional('course', { describe: 'The course folder, or its id in courses/', type: 'string', demandOption: true })
          .positional('lessons', { describe: 'Lesson ids (default: every lesson)', type: 'string', array: true, default: [] })
          .option('by', { describe: 'Team ids of the people with lived experience who agreed', type: 'string', array: true, demandOption: 'Say who agreed, with --by and their team ids.' })
          .option('present', { describe: 'Team ids of staff who were there too', type: 'string', array: true, default: [] as string[] })
          .option('note', { describe: 'Anything the group wants recorded with the agreement', type: 'string' })
          .option('date', { describe: 'The day they agreed, YYYY-MM-DD (default: today)', type: 'string' })
          .example('$0 approve co-facilitator-training what-is-co-production --by sam dee --present priya', 'Sam and Dee agreed one lesson; Priya was there')
          .example('$0 approve courses/my-course --by sam --note "We changed the picture on page 2 first."', 'Sam agreed every lesson'),
      (argv) => {
        const request = {
          lessons: (argv.lessons as string[]).map(String),
          by: (argv.by ?? []).map(String),
          present: (argv.present ?? []).map(String),
          ...(argv.note !== undefined ? { note: String(argv.note) } : {}),
          date: argv.date !== undefined ? String(argv.date) : today(),
        };
        exitCode = show(approveCommand(io.cwd, String(argv.course), request));
      },
    )
    .command(
      'status [paths..]',
      'Show which lessons service users have agreed, and what changed since',
      (y) =>
        y
          .positional('paths', { describe: 'Course folders, or folders of courses', type: 'string', array: true, default: [] })
          .option('format', { describe: 'How to print the status', choices: ['stylish', 'json'] as const, default: 'stylish' as const })
          .example('$0 status', 'Every course in courses/'),
      (argv) => {
        exitCode = show(statusCommand(io.cwd, argv.paths as string[], argv.format));
      },
    )
    .command(newCommand(io, (code) => (exitCode = code)))
    .command(previewCommand(io, (code) => (exitCode = code)))
    .option('debug', { describe: 'Show the stack trace if copack itself fails', type: 'boolean', default: false })
    .demandCommand(1, 'Say what to do: copack new, copack preview, copack build, copack lint, copack validate, copack approve or copack status.')
    .recommendCommands()
    .strict()
    .help()
    .alias('h', 'help')
    .version(copackVersion)
    .wrap(Math.min(100, process.stdout.columns || 80))
    .exitProcess(false)
    .fail((message, error, usage) => {
      if (error && !(error instanceof UsageError)) throw error;
      // yargs's own messages ("Unknown argument: frmat") become one line with a suggestion.
      throw error ?? new UsageError(friendlyUsage(message ?? 'Bad usage.', parseContext(args, parser, usage)));
    });

  try {
    let helpOutput = '';
    await parser.parseAsync([...args], {}, (_error, _argv, output) => {
      helpOutput = output;
    });
    if (helpOutput) io.stdout(`${helpOutput}\n`);
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      // One line, with what to do; the stack only when asked for.
      io.stderr(`copack: ${error.message}\n${args.includes('--debug') ? `${error.stack ?? ''}\n` : ''}`);
      return exitCodes.usage;
    }
    const debug = args.includes('--debug');
    io.stderr(`copack: something went wrong inside copack: ${(error as Error).message}\n`);
    io.stderr(debug ? `${(error as Error).stack ?? ''}\n` : 'Run again with --debug to see the details, and report it to the copack team.\n');
    return exitCodes.usage;
  }
}
