/**
 * The `new` and `preview` commands as yargs command modules, so `cli.ts` only registers
 * them. Each prints its own output and reports its exit code through `done`; a usage problem
 * is one line on stderr and exit code 2, like every other copack command.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { newCourse } from './new-course.js';
import { defaultPreviewPort, PreviewUsageError, startPreview, type Preview } from './preview/preview.js';
import { isLoopbackHost } from './preview/server.js';
import { scormVersions } from './preview/test-lms.js';

/** The parts of the CLI's `Io` these commands use. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export type Done = (exitCode: number) => void;

const usage = (io: CommandIo, done: Done, message: string) => {
  io.stderr(`copack: ${message}\n`);
  done(2);
};

export function newCommand(io: CommandIo, done: Done): CommandModule {
  return {
    // Optional to yargs, so a missing id gets copack's own message rather than yargs's count.
    command: 'new [course-id]',
    describe: 'Start a new course in courses/<course-id>/, ready to build',
    builder: (y: Argv) =>
      y
        .positional('course-id', { describe: 'The new course\'s id: small letters, digits and hyphens', type: 'string' })
        .option('title', { describe: 'The course\'s title (default: made from the id)', type: 'string' })
        .example('$0 new having-your-say --title "Having your say"', 'Make courses/having-your-say/ with one lesson to start from'),
    handler: (argv) => {
      const id = argv['course-id'] ?? argv['courseId'];
      if (id === undefined || String(id) === '') return usage(io, done, 'Say the new course\'s id, such as `copack new my-course`.');
      const result = newCourse(io.cwd, {
        id: String(id),
        ...(argv['title'] !== undefined ? { title: String(argv['title']) } : {}),
      });
      if ('usage' in result) return usage(io, done, result.usage);
      io.stdout(result.stdout);
      if (result.stderr) io.stderr(result.stderr);
      done(0);
    },
  };
}

export interface PreviewRun {
  /** Resolves when the preview should stop (Ctrl+C). */
  stopped: Promise<void>;
}

/**
 * `preview [course]`: the course may be a folder or a course id in `courses/`. Runs until
 * `waitForStop` resolves (the CLI: SIGINT or SIGTERM), then removes its temporary folder.
 */
export function previewCommand(io: CommandIo, done: Done, waitForStop: () => Promise<void> = stopSignal): CommandModule {
  return {
    command: 'preview [course]',
    describe: 'Build a course, show it in your browser, and rebuild as you edit',
    builder: (y: Argv) =>
      y
        .positional('course', { describe: 'The course folder, or its id in courses/ (default: every course)', type: 'string' })
        .option('port', { describe: `The port to serve on (0: any free port)`, type: 'number', default: defaultPreviewPort })
        .option('host', { describe: 'Serve on this address instead of 127.0.0.1 (others on the network can then see it)', type: 'string' })
        .example('$0 preview courses/my-course', 'Preview one course at http://127.0.0.1:4173/')
        .example('$0 preview my-course --port 0', 'The same, on any free port'),
    handler: async (argv) => {
      const port = Number(argv['port']);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return usage(io, done, '`--port` takes a whole number from 0 to 65535.');
      const hostGiven = argv['host'] !== undefined;
      const host = hostGiven ? String(argv['host']) : '127.0.0.1';
      if (hostGiven && host.trim() === '') return usage(io, done, '`--host` needs an address, such as `127.0.0.1`.');
      const given = argv['course'] === undefined ? [] : [courseFolder(io.cwd, String(argv['course']))];
      let preview: Preview;
      try {
        preview = await startPreview({ cwd: io.cwd, paths: given, host, port, hostGiven, log: (line) => io.stdout(`${line}\n`) });
      } catch (error) {
        if (error instanceof PreviewUsageError) return usage(io, done, error.message);
        throw error;
      }
      if (!isLoopbackHost(host)) {
        io.stderr(`copack: warning: serving on \`${host}\`: anyone who can reach this computer on the network can see these courses. Use it only on a network you trust.\n`);
      }
      io.stdout(describePreview(preview));
      await waitForStop();
      io.stdout('Stopping the preview.\n');
      await preview.close();
      done(0);
    },
  };
}

/** `my-course` → `courses/my-course` when that is a course and `my-course` is not a folder here. */
function courseFolder(cwd: string, given: string): string {
  if (existsSync(resolve(cwd, given))) return given;
  return existsSync(join(cwd, 'courses', given, 'course.json')) ? `courses/${given}` : given;
}

export function describePreview(preview: Preview): string {
  const lines = [`Preview: ${preview.origin}/`];
  for (const course of preview.courses()) {
    lines.push(`  ${course.id}`, `    the course:  ${preview.origin}/${course.id}/site/`);
    lines.push(`    test LMS:    ${scormVersions.map((version) => `${preview.origin}/lms/${course.id}/${version}/`).join('  ')}`);
  }
  lines.push('Pages update by themselves when you save a course file. Press Ctrl+C to stop.', '');
  return lines.join('\n');
}

/** Resolves on the first SIGINT (Ctrl+C) or SIGTERM. */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
