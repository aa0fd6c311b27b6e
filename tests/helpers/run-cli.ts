import { main, type Io } from '../../src/cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as a user would from `cwd`, capturing what it prints. */
export async function runCli(args: string[], cwd: string, options: Partial<Io> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    isTTY: false,
    env: {},
    ...options,
  });
  return { code, stdout, stderr };
}
