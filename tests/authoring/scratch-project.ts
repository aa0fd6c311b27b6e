/**
 * Scratch projects for the authoring tests: a temporary folder laid out like a trainer's
 * project (copack's `schemas/` copied in, or not), removed after the test that made it.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';

export interface ScratchProject {
  root: string;
  cleanup: () => void;
}

export function makeProject(options: { schemas?: boolean } = {}): ScratchProject {
  const root = mkdtempSync(join(tmpdir(), 'copack-authoring-'));
  if (options.schemas !== false) cpSync(join(repoRoot, 'schemas'), join(root, 'schemas'), { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** `project()` makes a fresh scratch project, removed after the test. */
export function useProjects(): (options?: { schemas?: boolean }) => ScratchProject {
  let made: ScratchProject[] = [];
  afterEach(() => {
    for (const project of made) project.cleanup();
    made = [];
  });
  return (options) => {
    const project = makeProject(options);
    made.push(project);
    return project;
  };
}
