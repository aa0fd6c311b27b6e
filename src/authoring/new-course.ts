/**
 * `copack new <course-id> [--title "…"]`: makes `courses/<id>/` from the scaffold, with
 * `$schema` paths that lead to the schemas from where each file is, and maps the schemas in
 * `.vscode/settings.json`. Refuses an id the schema would refuse, or a folder already there.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { schemasDir } from '../load/read-course.js';
import { check } from '../pipeline.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { scaffoldCourse, titleFromId } from './scaffold.js';
import { copackSchemaMappings, updateVscodeSettings } from './vscode-settings.js';

export interface NewCourseRequest {
  id: string;
  title?: string;
}

/** What the command printed, or a usage problem (exit code 2) in one line. */
export type NewCourseResult = { usage: string } | { stdout: string; stderr: string };

/** The course title's limit in `course.schema.json`. */
const titleMaxLength = 80;

interface SlugRule {
  pattern: RegExp;
  maxLength: number;
}

/** The id rule, read from the schema itself so the two cannot drift apart. */
function slugRule(): SlugRule {
  const schema = JSON.parse(readFileSync(join(schemasDir, 'course.schema.json'), 'utf8')) as { $defs: { slug: { pattern: string; maxLength: number } } };
  return { pattern: new RegExp(schema.$defs.slug.pattern), maxLength: schema.$defs.slug.maxLength };
}

/** `My Course!` → `my-course`: what a trainer most likely meant, or `undefined`. */
export function suggestId(given: string): string | undefined {
  const slug = given
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug && slug !== given ? slug : undefined;
}

/** Checks the id and title; a message for the first problem, or `undefined`. */
export function checkNewCourseRequest(request: NewCourseRequest): string | undefined {
  const rule = slugRule();
  const id = request.id;
  if (!rule.pattern.test(id) || id.length > rule.maxLength) {
    const guess = suggestId(id);
    return (
      `\`${printable(id)}\` cannot be a course id: use small letters, digits and hyphens, starting with a letter (at most ${rule.maxLength}).` +
      (guess ? ` Try \`${guess}\`.` : '')
    );
  }
  if (request.title !== undefined) {
    const title = request.title.trim();
    if (title === '') return 'The `--title` is empty: give the course a name, such as `--title "Having your say"`.';
    // A title is one line: a line break or a control character would only confuse the LMS.
    if (/[\u0000-\u001f\u007f]/.test(title)) return 'The `--title` must be one line of plain text.';
    if (title.length > titleMaxLength) return `The \`--title\` has ${title.length} characters; a course title has at most ${titleMaxLength}.`;
  }
  return undefined;
}

/** Shows a value in a one-line message: control characters as `\u…`, at most 80 characters. */
function printable(value: string): string {
  const shown = value.replace(/[\u0000-\u001f\u007f`]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return shown.length > 80 ? `${shown.slice(0, 79)}…` : shown;
}

/** A title the easy-read checks accept, for when the one made from the id is not. */
export const fallbackTitle = 'My new course';

/** Errors the checks find in the new course's title (a word not common enough, say). */
function titleProblems(cwd: string, shownDir: string): Diagnostic[] {
  const { diagnostics } = check({ cwd, paths: [shownDir], lint: { infos: false } });
  return diagnostics.filter((d) => d.severity === 'error' && d.file === `${shownDir}/course.json` && d.pointer === '/title');
}

/** A relative path with forward slashes, as `$schema` and VS Code want it. */
const slashes = (path: string) => path.split(sep).join('/');

/**
 * The `schemas/` folder a new course should point at: the project's own `schemas/` when it
 * has copack's schemas (as this repository does), otherwise copack's (in `node_modules`).
 */
export function projectSchemasDir(cwd: string): string {
  const own = join(cwd, 'schemas');
  return existsSync(join(own, 'course.schema.json')) && existsSync(join(own, 'lesson.schema.json')) ? own : schemasDir;
}

export function newCourse(cwd: string, request: NewCourseRequest): NewCourseResult {
  const problem = checkNewCourseRequest(request);
  if (problem) return { usage: problem };
  const { id } = request;
  const coursesDir = join(cwd, 'courses');
  const courseDir = join(coursesDir, id);
  const shownDir = `courses/${id}`;
  if (existsSync(courseDir)) return { usage: `\`${shownDir}\` is already there: choose another id, or edit that course.` };

  const schemas = projectSchemasDir(cwd);
  const files = scaffoldCourse({
    id,
    title: request.title?.trim() || titleFromId(id),
    schemaFromCourse: slashes(relative(courseDir, join(schemas, 'course.schema.json'))),
    schemaFromLesson: slashes(relative(join(courseDir, 'lessons'), join(schemas, 'lesson.schema.json'))),
  });

  mkdirSync(coursesDir, { recursive: true });
  try {
    // Not recursive: fails if the folder appeared since the check, so nothing is overwritten.
    mkdirSync(courseDir);
  } catch {
    return { usage: `\`${shownDir}\` is already there: choose another id, or edit that course.` };
  }
  try {
    for (const file of files) {
      const path = join(courseDir, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text, { flag: 'wx' });
    }
  } catch (error) {
    rmSync(courseDir, { recursive: true, force: true });
    throw error;
  }

  const lines = [`Made ${shownDir}/:`, ...files.map((file) => `  ${shownDir}/${file.path}`), ''];
  let stderr = '';
  // The title is the one text not copack's own: the new course must build, so check it.
  const titleErrors = titleProblems(cwd, shownDir);
  if (titleErrors.length > 0 && request.title === undefined) {
    const coursePath = join(courseDir, 'course.json');
    const course = JSON.parse(readFileSync(coursePath, 'utf8')) as { title: string };
    lines.push(`The title \`${course.title}\` has words the easy-read checks do not accept, so the course is called \`${fallbackTitle}\` for now. Write its real title in course.json.`, '');
    writeFileSync(coursePath, `${JSON.stringify({ ...course, title: fallbackTitle }, null, 2)}\n`);
  } else if (titleErrors.length > 0) {
    stderr += `copack: the title has easy-read problems, so the course will not build until you change it in course.json:\n${titleErrors
      .map((d) => `  ${d.file}:${d.line}:${d.column}  ${d.code}  ${d.message}${d.hint ? `\n    hint: ${d.hint}` : ''}`)
      .join('\n')}\n`;
  }
  const schemasUrl = schemas.startsWith(resolve(cwd) + sep) ? `./${slashes(relative(cwd, schemas))}` : pathToFileURL(schemas).href;
  const mappings = copackSchemaMappings(schemasUrl);
  const settings = updateVscodeSettings(cwd, mappings);
  if (settings.status === 'written') lines.push('Added copack\'s schemas to .vscode/settings.json, so VS Code checks course files as you type.', '');
  if (settings.status === 'left-alone') {
    stderr =
      `copack: did not change .vscode/settings.json: ${settings.reason}. ` +
      `To have VS Code check course files, add this to it yourself:\n"json.schemas": ${JSON.stringify(mappings, null, 2)}\n`;
  }
  lines.push(
    'Next:',
    `  npx copack preview ${shownDir}   see the course in your browser as you write`,
    `  npx copack build ${shownDir}     make the site and the SCORM packages in out/${id}/`,
    '',
  );
  return { stdout: lines.join('\n'), stderr };
}
