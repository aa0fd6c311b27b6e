import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.js';
import type * as Pipeline from '../src/pipeline.js';
import type * as Commands from '../src/coproduction/commands.js';
import type * as PlanPackage from '../src/scorm/plan-package.js';
import type * as LoadSchemas from '../src/scorm/load-schemas.js';
import type * as WriteZip from '../src/package/write-zip.js';

/**
 * copack as `npm run compile` built it, in `dist/`: the bench measures what users run, and
 * copack finds its templates, schemas and client script from there. Types come from `src/`.
 */
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(repoRoot, 'dist', path)).href)) as T;

export const loadPipeline = () => load<typeof Pipeline>('pipeline.js');
export const loadCommands = () => load<typeof Commands>('coproduction/commands.js');

export async function loadPackaging() {
  const [plan, schemas, zip] = await Promise.all([
    load<typeof PlanPackage>('scorm/plan-package.js'),
    load<typeof LoadSchemas>('scorm/load-schemas.js'),
    load<typeof WriteZip>('package/write-zip.js'),
  ]);
  return { planPackage: plan.planPackage, packageName: plan.packageName, loadSchemaFiles: schemas.loadSchemaFiles, writeZip: zip.writeZip };
}

/**
 * Records that each course's service user and expert by experience agreed every lesson, with
 * copack's own `approve` command, as a finished course would have it. Builds then have no
 * "not agreed" warnings, and the edited lesson shows as changed, as in real use.
 */
export async function agreeAll(copackDir: string, courseIds: readonly string[]): Promise<void> {
  const { approveCommand } = await loadCommands();
  for (const id of courseIds) {
    const course = JSON.parse(readFileSync(join(copackDir, 'courses', id, 'course.json'), 'utf8')) as {
      team: Array<{ id: string; roles: string[] }>;
    };
    const by = course.team.filter((p) => p.roles.some((r) => r === 'expert-by-experience' || r === 'service-user')).map((p) => p.id);
    const present = course.team.filter((p) => p.roles.includes('staff')).map((p) => p.id);
    const result = approveCommand(copackDir, join('courses', id), { lessons: [], by, present, date: '2026-01-15' });
    if ('usage' in result || result.exitCode !== 0) {
      const detail = 'usage' in result ? result.usage : `${result.stdout}${JSON.stringify(result.diagnostics?.slice(0, 5), null, 2)}`;
      throw new Error(`The generated course \`${id}\` could not be agreed:\n${detail}`);
    }
  }
}
