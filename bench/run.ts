/**
 * `npm run bench`: generates a synthetic easy-read course set, then measures copack against
 * Eleventy, simple-scorm-packager and raw zlib, each task in a fresh process, and prints the
 * table issue 7 asks for. See docs/performance.md.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { agreeAll } from './copack.js';
import { generateCourseSet, measureTree, type CourseSet, type SetSize } from './generate.js';
import { repoRoot } from './paths.js';
import { loadNow, machineInfo } from './machine.js';
import { median, summarise, type Run } from './measure.js';
import { formatProfile, summariseProfile } from './profile.js';
import { formatReport, labels, logSlope, ms, type Results, type ScalePoint, type Target } from './report.js';
import { coldBuild, eleventyRender, measureAll, type Runs, type TaskKey } from './scenario.js';

const usage = `npm run bench -- [options]

  --courses N       courses in the set (default 40)
  --lessons N       lessons per course (default 10)
  --screens N       screens per lesson, at least 4 (default 10)
  --runs N          runs of each task; the median is reported (default 5)
  --scale LIST      total screens for the scaling table, or "none" (default 1000,2000,4000,8000)
  --scale-runs N    runs at each scaling size (default 3)
  --no-profile      skip the CPU profile of the cold build
  --seed N          the generator's seed (default 7)
  --quick           a smoke run: 4 × 5 × 10 = 200 screens, 1 run, scaling at 100 and 200
  --keep            keep the generated sets and outputs in bench/.work/
  --out FILE        results as JSON (default bench/results/latest.json; quick.json with --quick);
                    the CPU profile goes beside it (latest.cpuprofile)
`;

const { values: flags } = parseArgs({
  options: {
    courses: { type: 'string' },
    lessons: { type: 'string' },
    screens: { type: 'string' },
    runs: { type: 'string' },
    scale: { type: 'string' },
    'scale-runs': { type: 'string' },
    'no-profile': { type: 'boolean', default: false },
    seed: { type: 'string' },
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  process.stdout.write(usage);
  process.exit(0);
}

const number = (value: string | undefined, fallback: number, min = 1) => {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`Expected a whole number of at least ${min}, not \`${value}\`.`);
  return n;
};
const quick = flags.quick;
const size: SetSize = {
  courses: number(flags.courses, quick ? 4 : 40),
  lessons: number(flags.lessons, quick ? 5 : 10),
  screens: number(flags.screens, 10, 4),
  seed: number(flags.seed, 7, 0),
};
const runs = number(flags.runs, quick ? 1 : 5);
const scaleRuns = number(flags['scale-runs'], quick ? 1 : 3);
const scaleSizes =
  (flags.scale ?? (quick ? '100,200' : '1000,2000,4000,8000')) === 'none'
    ? []
    : (flags.scale ?? (quick ? '100,200' : '1000,2000,4000,8000')).split(',').map((s) => number(s.trim(), 0));
const workDir = join(repoRoot, 'bench', '.work');
const resultsFile = resolve(flags.out ?? join(repoRoot, 'bench', 'results', quick ? 'quick.json' : 'latest.json'));
const log = (text: string) => process.stderr.write(`${text}\n`);

async function prepare(name: string, setSize: SetSize): Promise<CourseSet> {
  const set = generateCourseSet(join(workDir, name), setSize);
  await agreeAll(set.copackDir, set.courseIds);
  return { ...set, copackInput: measureTree(join(set.copackDir, 'courses')) };
}

const medianStages = (list: Run[]) => {
  const all = list.map((run) => (run.stages as Array<{ stage: string; ms: number }> | undefined) ?? []);
  const names = [...new Set(all.flat().map((s) => s.stage))];
  return names.map((stage) => ({ stage, ms: median(all.map((stages) => stages.find((s) => s.stage === stage)?.ms ?? 0)) }));
};

const machine = machineInfo();
const total = size.courses * size.lessons * size.screens;
log(`Generating ${size.courses} courses × ${size.lessons} lessons × ${size.screens} screens = ${total} screens …`);
const set = await prepare('main', size);
log(`Measuring, ${runs} round(s) of (a) to (e) …`);
const runsByTask: Runs = await measureAll(set, runs, join(workDir, 'scratch'));

const scaling: ScalePoint[] = [];
for (const screens of scaleSizes) {
  const courses = Math.max(1, Math.round(screens / (size.lessons * size.screens)));
  const actual = courses * size.lessons * size.screens;
  if (actual === total) {
    scaling.push({ screens: actual, courses, cold: summarise(runsByTask.cold), eleventy: summarise(runsByTask.eleventy) });
    continue;
  }
  log(`Scaling: ${actual} screens (${courses} courses), ${scaleRuns} run(s) of (a) and (c) …`);
  const scaled = await prepare(`scale-${actual}`, { ...size, courses });
  const cold: Run[] = [];
  const eleventy: Run[] = [];
  for (let i = 0; i < scaleRuns; i++) {
    cold.push(await coldBuild(scaled));
    eleventy.push(await eleventyRender(scaled));
  }
  scaling.push({ screens: actual, courses, cold: summarise(cold), eleventy: summarise(eleventy) });
  if (!flags.keep) rmSync(join(workDir, `scale-${actual}`), { recursive: true, force: true });
}
scaling.sort((a, b) => a.screens - b.screens);

let profile: Results['profile'];
if (!flags['no-profile']) {
  log('Profiling (a) with --cpu-prof …');
  const dir = join(workDir, 'profile');
  rmSync(dir, { recursive: true, force: true });
  await coldBuild(set, { nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  const found = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (found) {
    // Beside the results, named after them: a --quick run does not replace a full run's profile.
    const kept = resultsFile.replace(/(\.json)?$/, '.cpuprofile');
    mkdirSync(dirname(kept), { recursive: true });
    copyFileSync(join(dir, found), kept);
    profile = { file: relative(repoRoot, kept), summary: summariseProfile(kept) };
  }
}

const tasks = Object.fromEntries(
  (Object.keys(runsByTask) as TaskKey[]).map((key) => [key, { label: labels[key], summary: summarise(runsByTask[key]), runs: runsByTask[key] }]),
) as Results['tasks'];
const medianOf = (key: TaskKey, field: string) => median(runsByTask[key].map((run) => Number(run[field])));
const MB = 1024 * 1024;
const inputMB = medianOf('zlib', 'inputBytes') / MB;
const copackZipMs = medianOf('copackPack', 'zipMs');
const zlibMs = medianOf('zlib', 'deflateMs');
const zip = {
  inputMB,
  deflatedInputMB: medianOf('zlib', 'deflatedInput') / MB,
  copackZipMs,
  zlibMs,
  crcMs: medianOf('zlib', 'crcMs'),
  copackMBps: inputMB / (copackZipMs / 1000),
  zlibMBps: inputMB / (zlibMs / 1000),
  share: zlibMs / copackZipMs,
  sameOutputSize: runsByTask.zlib.every((run) => run.sameOutputSize === true),
};
const s = (key: TaskKey) => tasks[key].summary;
const ratios = {
  copackVsEleventyWall: s('cold').wallMs / s('eleventy').wallMs,
  copackVsEleventyWork: s('cold').workMs / s('eleventy').workMs,
  packagingWall: s('copackPack').wallMs / s('ssp').wallMs,
  packagingWork: s('copackPack').workMs / s('ssp').workMs,
};
const slope = (pick: (p: ScalePoint) => number) => logSlope(scaling.map((p) => [p.screens, pick(p)]));
const scalingResult = {
  points: scaling,
  coldSlope: slope((p) => p.cold.wallMs),
  coldWorkSlope: slope((p) => p.cold.workMs),
  eleventySlope: slope((p) => p.eleventy.wallMs),
  rssSlope: slope((p) => p.cold.maxRssMB),
};

const at4000 = total === 4000;
const status = (ok: boolean, measured = true): Target['status'] => (!measured ? 'not measured' : ok ? 'met' : 'not met');
const targets: Target[] = [
  {
    target: '(a) ≤ 0.5 × (c)',
    measured: `${ratios.copackVsEleventyWall.toFixed(2)}× wall, ${ratios.copackVsEleventyWork.toFixed(2)}× work`,
    status: status(ratios.copackVsEleventyWall <= 0.5),
  },
  {
    target: '(b) ≤ 150 ms wall at 4,000 screens',
    measured: `${ms(s('incremental').wallMs)} wall, ${ms(s('incremental').workMs)} work${at4000 ? '' : ` (at ${total} screens)`}`,
    status: status(s('incremental').wallMs <= 150, at4000),
  },
  {
    target: 'peak RSS ≤ 300 MB at 4,000 screens',
    measured: `${Math.round(s('cold').maxRssMB)} MB${at4000 ? '' : ` (at ${total} screens)`}`,
    status: status(s('cold').maxRssMB <= 300, at4000),
  },
  {
    target: 'peak RSS grows sub-linearly',
    measured: `slope ${scalingResult.rssSlope.toFixed(2)} over ${scaling.map((p) => p.screens).join(', ')} screens`,
    status: status(scalingResult.rssSlope < 1, scaling.length >= 2),
  },
  { target: 'zip stage ≥ 80% of zlib throughput', measured: `${(zip.share * 100).toFixed(0)}%`, status: status(zip.share >= 0.8) },
  {
    target: 'copack packaging faster than simple-scorm-packager',
    // Judged on work: the copack task's process also loads each course's model (untimed preparation).
    measured: `${ratios.packagingWork.toFixed(2)}× work`,
    status: status(ratios.packagingWork < 1),
  },
  {
    target: 'time linear in screens, 1,000 to 8,000',
    measured: `slope ${scalingResult.coldWorkSlope.toFixed(2)} (work), ${scalingResult.coldSlope.toFixed(2)} (wall)`,
    status: status(scalingResult.coldWorkSlope <= 1.1, scaling.length >= 2),
  },
];

machine.loadEnd = loadNow();
const results: Results = {
  machine,
  options: { ...size, runs, scaleRuns, scale: scaleSizes, quick, profile: !flags['no-profile'] },
  set: { courses: size.courses, lessons: size.lessons, screensPerLesson: size.screens, totalScreens: total, copackInput: set.copackInput,
    eleventyInput: set.eleventyInput,
    warnings: { cold: median(runsByTask.cold.map((run) => Number(run.warnings))), incremental: median(runsByTask.incremental.map((run) => Number(run.warnings))) },
    cachedIncremental: median(runsByTask.incremental.map((run) => Number(run.cached))),
  },
  tasks,
  stages: { cold: medianStages(runsByTask.cold), incremental: medianStages(runsByTask.incremental) },
  zip,
  ratios,
  scaling: scalingResult,
  targets,
  ...(profile ? { profile } : {}),
};
mkdirSync(join(resultsFile, '..'), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
if (!flags.keep) rmSync(workDir, { recursive: true, force: true });

process.stdout.write(`\n${formatReport(results)}\n`);
if (profile) process.stdout.write(`CPU profile of (a), kept in ${profile.file} (open it in Chrome DevTools):\n\n${formatProfile(profile.summary)}\n\n`);
process.stdout.write(`Results: ${relative(repoRoot, resultsFile)}\n`);
