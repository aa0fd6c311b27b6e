import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem, arch } from 'node:os';
import { repoRoot } from './paths.js';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  date: string;
  commit: string;
  /** Files changed since the commit, when the bench ran (others may be editing). */
  uncommitted: number;
  /** 1-minute load average at the start and at the end: above 0 means others were using the CPUs too. */
  loadStart: number;
  loadEnd?: number;
}

const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

export function machineInfo(): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    date: new Date().toISOString(),
    commit: git('rev-parse', '--short=12', 'HEAD') || 'unknown',
    uncommitted: git('status', '--porcelain').split('\n').filter(Boolean).length,
    loadStart: loadavg()[0] ?? 0,
  };
}

export const loadNow = () => loadavg()[0] ?? 0;
