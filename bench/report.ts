import type { Machine } from './machine.js';
import type { Run, Summary } from './measure.js';
import type { ProfileSummary } from './profile.js';
import type { TaskKey } from './scenario.js';

export interface ScalePoint {
  screens: number;
  courses: number;
  cold: Summary;
  eleventy: Summary;
}

export interface ZipStage {
  inputMB: number;
  deflatedInputMB: number;
  copackZipMs: number;
  zlibMs: number;
  crcMs: number;
  copackMBps: number;
  zlibMBps: number;
  /** copack's zip-stage throughput as a share of zlib's. */
  share: number;
  /** zlib at copack's level made exactly the bytes copack's zips hold: the same work. */
  sameOutputSize: boolean;
}

export interface Target {
  target: string;
  measured: string;
  status: 'met' | 'not met' | 'not measured';
}

export interface Results {
  machine: Machine;
  options: Record<string, unknown>;
  set: {
    courses: number;
    lessons: number;
    screensPerLesson: number;
    totalScreens: number;
    copackInput: { bytes: number; files: number };
    eleventyInput: { bytes: number; files: number };
    /** Warnings of the cold build (errors stop the bench) and of the build after the edit. */
    warnings: { cold: number; incremental: number };
    /** Courses the build after the edit took from copack's cache. */
    cachedIncremental?: number;
  };
  tasks: Record<TaskKey, { label: string; summary: Summary; runs: Run[] }>;
  stages: { cold: Array<{ stage: string; ms: number }>; incremental: Array<{ stage: string; ms: number }> };
  zip: ZipStage;
  ratios: Record<string, number>;
  scaling: { points: ScalePoint[]; coldSlope: number; coldWorkSlope: number; eleventySlope: number; rssSlope: number };
  targets: Target[];
  profile?: { file: string; summary: ProfileSummary };
}

export const labels: Record<TaskKey, string> = {
  cold: '(a) copack build, cold, all targets, lint on',
  incremental: '(b) copack build, one lesson changed',
  eleventy: '(c) Eleventy 3 render, Markdown to HTML',
  ssp: '(d) simple-scorm-packager, SCORM 1.2 zips',
  copackPack: '(d) copack packaging, SCORM 1.2 zips',
  zlib: '(e) zlib deflateSync, the bytes copack deflates',
};

const int = (n: number) => Math.round(n).toLocaleString('en-GB');
export const ms = (n: number) => `${int(n)} ms`;
const times = (n: number) => `${n.toFixed(2)}×`;

/** Slope of log(y) against log(x): 1 is linear, under 1 sub-linear. */
export function logSlope(points: ReadonlyArray<[number, number]>): number {
  if (points.length < 2) return NaN;
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] as number) - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

function table(header: string[], rows: string[][], alignLeft = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < alignLeft ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i < alignLeft ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The report, as Markdown tables (readable in a terminal and pasted as is into docs/performance.md). */
export function formatReport(r: Results): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(
    `copack bench: ${r.set.courses} courses × ${r.set.lessons} lessons × ${r.set.screensPerLesson} screens = ${int(r.set.totalScreens)} screens; median of ${r.tasks.cold.summary.runs} runs, each in a fresh process.`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}; ${m.date}; commit ${m.commit}${m.uncommitted ? ` with ${m.uncommitted} files changed` : ''}; load average ${m.loadStart.toFixed(2)} at start, ${(m.loadEnd ?? NaN).toFixed(2)} at end.`,
    `The set: ${int(r.set.copackInput.files)} course files (${(r.set.copackInput.bytes / 2 ** 20).toFixed(1)} MB) for copack, ${int(r.set.eleventyInput.files)} for Eleventy; copack builds it with 0 errors and ${r.set.warnings.cold} warnings (${r.set.warnings.incremental} after the one-lesson edit)${r.set.cachedIncremental === undefined ? '' : `; after the edit it took ${r.set.cachedIncremental} of ${r.set.courses} courses from its cache`}.`,
    '',
  );
  out.push(
    table(
      ['task', 'wall (process)', 'work (in child)', 'peak RSS', 'wall min–max'],
      (Object.keys(labels) as TaskKey[]).map((key) => {
        const s = r.tasks[key].summary;
        return [labels[key], ms(s.wallMs), ms(s.workMs), `${int(s.maxRssMB)} MB`, `${int(s.wallMinMs)}–${int(s.wallMaxMs)}`];
      }),
    ),
    '',
  );
  const z = r.zip;
  out.push(
    table(
      ['ratio', 'wall (process)', 'work (in child)'],
      [
        ['(a) copack / (c) Eleventy', times(r.ratios.copackVsEleventyWall ?? NaN), times(r.ratios.copackVsEleventyWork ?? NaN)],
        ['(d) copack packaging / simple-scorm-packager', times(r.ratios.packagingWall ?? NaN), times(r.ratios.packagingWork ?? NaN)],
      ],
    ),
    '',
    "copack packaging's process also loads each course's model for the manifest (outside its timing), so compare packaging on work.",
    '',
    `Zip stage: ${z.inputMB.toFixed(1)} MB into SCORM 1.2 zips (${z.deflatedInputMB.toFixed(1)} MB deflated, the rest stored). copack's writeZip ${ms(z.copackZipMs)} = ${z.copackMBps.toFixed(1)} MB/s; zlib deflateSync ${ms(z.zlibMs)} = ${z.zlibMBps.toFixed(1)} MB/s (CRC-32 of every entry: ${ms(z.crcMs)} more). copack reaches ${(z.share * 100).toFixed(0)}% of zlib. Same compressed bytes: ${z.sameOutputSize ? 'yes' : 'NO'}.`,
    '',
  );
  if (r.stages.cold.length > 0) {
    const incremental = new Map(r.stages.incremental.map((s) => [s.stage, s.ms]));
    out.push(
      'Time per stage (copack build --timings, median):',
      '',
      table(['stage', '(a) cold', '(b) one lesson changed'], r.stages.cold.map((s) => [s.stage, ms(s.ms), ms(incremental.get(s.stage) ?? NaN)])),
      '',
    );
  }
  if (r.scaling.points.length > 0) {
    const p = r.scaling.points;
    out.push(
      'Scaling (median of each size):',
      '',
      table(
        ['screens', ...p.map((x) => int(x.screens))],
        [
          ['courses', ...p.map((x) => int(x.courses))],
          ['(a) copack cold, wall', ...p.map((x) => ms(x.cold.wallMs))],
          ['(a) work per 1,000 screens', ...p.map((x) => ms((x.cold.workMs * 1000) / x.screens))],
          ['(a) peak RSS', ...p.map((x) => `${int(x.cold.maxRssMB)} MB`)],
          ['(c) Eleventy, wall', ...p.map((x) => ms(x.eleventy.wallMs))],
          ['(c) work per 1,000 screens', ...p.map((x) => ms((x.eleventy.workMs * 1000) / x.screens))],
          ['(c) peak RSS', ...p.map((x) => `${int(x.eleventy.maxRssMB)} MB`)],
          ['(a) / (c), wall', ...p.map((x) => times(x.cold.wallMs / x.eleventy.wallMs))],
        ],
      ),
      '',
      `Growth (slope of log time or log RSS against log screens; 1 is linear): copack wall ${r.scaling.coldSlope.toFixed(2)}, copack work ${r.scaling.coldWorkSlope.toFixed(2)}, Eleventy wall ${r.scaling.eleventySlope.toFixed(2)}, copack peak RSS ${r.scaling.rssSlope.toFixed(2)}.`,
      '',
    );
  }
  out.push(table(['issue 7 target', 'measured', 'status'], r.targets.map((t) => [t.target, t.measured, t.status])), '');
  return out.join('\n');
}
