import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChild, type Run } from './measure.js';
import type { CourseSet } from './generate.js';
import type { SiteInput } from './tasks.js';
import { sentences } from './content.js';

/** The level `src/package/write-zip.ts` gives archiver; the zlib task checks it by comparing sizes. */
export const copackZipLevel = 9;

export type TaskKey = 'cold' | 'incremental' | 'eleventy' | 'ssp' | 'copackPack' | 'zlib';
export type Runs = Record<TaskKey, Run[]>;

const log = (text: string) => process.stderr.write(text);

/** Every HTML file under `dir`. */
function countHtml(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) n++;
  return n;
}

export function sitesOf(set: CourseSet, outDir: string): SiteInput[] {
  return set.courseIds.map((id) => {
    const summary = JSON.parse(readFileSync(join(outDir, id, 'build-summary.json'), 'utf8')) as { title: string };
    return { id, title: summary.title, courseDir: join('courses', id), siteDir: join(outDir, id, 'site') };
  });
}

/**
 * The one text edit of (b): the first point of the first page of one lesson gets other words
 * (a different sentence each run), after a cold build of the text as agreed.
 */
export function editLesson(set: CourseSet, run: number): void {
  const lesson = JSON.parse(readFileSync(set.editLesson, 'utf8')) as { pages: Array<{ points?: Array<{ text: string }> }> };
  const point = lesson.pages[0]?.points?.[0];
  if (!point) throw new Error(`${set.editLesson} has no first point to edit`);
  const choices = sentences.filter((s) => s !== point.text);
  point.text = choices[(run * 7) % choices.length] as string;
  writeFileSync(set.editLesson, `${JSON.stringify(lesson, null, 2)}\n`);
}

/** A build that did not build everything cleanly would measure the wrong thing: stop. */
function expectClean(run: Run, set: CourseSet, what: string): void {
  if (run.errors !== 0 || run.built !== set.courseIds.length) {
    throw new Error(`${what}: ${String(run.errors)} errors, ${String(run.built)} of ${set.courseIds.length} courses built:\n${JSON.stringify(run.firstErrors, null, 2)}`);
  }
}

export async function coldBuild(set: CourseSet, options: { nodeFlags?: string[] } = {}): Promise<Run> {
  const outDir = join(set.copackDir, 'out');
  rmSync(outDir, { recursive: true, force: true });
  const run = await runChild('copack-build', { cwd: set.copackDir, outDir }, options);
  expectClean(run, set, 'cold build');
  return run;
}

export async function eleventyRender(set: CourseSet): Promise<Run> {
  const site = join(set.eleventyDir, '_site');
  rmSync(site, { recursive: true, force: true });
  const run = await runChild('eleventy', { dir: set.eleventyDir, courseIds: set.courseIds });
  const pages = countHtml(site);
  if (pages !== set.totalScreens) throw new Error(`Eleventy wrote ${pages} pages, not ${set.totalScreens}`);
  return run;
}

/**
 * Runs the tasks round by round (a, b, c, d, d, e in each round, `runs` rounds) rather than
 * task by task, so a change in the machine's load during the bench touches every task alike.
 */
export async function measureAll(set: CourseSet, runs: number, scratch: string): Promise<Runs> {
  const out: Runs = { cold: [], incremental: [], eleventy: [], ssp: [], copackPack: [], zlib: [] };
  const outDir = join(set.copackDir, 'out');
  const agreed = readFileSync(set.editLesson);
  for (let round = 0; round < runs; round++) {
    log(`  round ${round + 1}/${runs}: (a)`);
    // Every cold build is of the set as generated and agreed; (b) then changes one lesson.
    writeFileSync(set.editLesson, agreed);
    out.cold.push(await coldBuild(set));

    log(' (b)');
    editLesson(set, round);
    const incremental = await runChild('copack-build', { cwd: set.copackDir, outDir });
    expectClean(incremental, set, 'incremental build');
    out.incremental.push(incremental);

    log(' (c)');
    out.eleventy.push(await eleventyRender(set));

    log(' (d)');
    const sites = sitesOf(set, outDir);
    // simple-scorm-packager writes its manifest and schema files into the folder it packs: give it copies.
    const sspSource = join(scratch, 'ssp-sites');
    const sspOut = join(scratch, 'ssp-zips');
    rmSync(sspSource, { recursive: true, force: true });
    rmSync(sspOut, { recursive: true, force: true });
    const copies = sites.map((site) => ({ ...site, siteDir: join(sspSource, site.id) }));
    for (const [i, site] of sites.entries()) cpSync(site.siteDir, (copies[i] as SiteInput).siteDir, { recursive: true });
    out.ssp.push(await runChild('ssp', { sites: copies, outDir: sspOut }));
    const zips = readdirSync(sspOut).filter((name) => name.endsWith('.zip')).length;
    if (zips !== sites.length) throw new Error(`simple-scorm-packager wrote ${zips} zips, not ${sites.length}`);

    const packOut = join(scratch, 'copack-zips');
    rmSync(packOut, { recursive: true, force: true });
    mkdirSync(packOut, { recursive: true });
    out.copackPack.push(await runChild('copack-pack', { cwd: set.copackDir, sites, outDir: packOut }));

    log(' (e)');
    out.zlib.push(await runChild('zlib', { cwd: set.copackDir, sites, zipDir: packOut, level: copackZipLevel }));
    log('\n');
  }
  writeFileSync(set.editLesson, agreed);
  return out;
}
