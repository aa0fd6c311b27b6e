import { countDiagnostics } from '../../diagnostics/diagnostic.js';
import type { Course, Lesson } from '../../model/course.js';
import { rules, type RuleId } from '../registry.js';
import type { LintFinding, LintResult } from '../runner.js';
import { readabilityOf, type Readability } from '../text/readability.js';
import { anchor, escapeHtml, messageHtml } from './html.js';
import { groupFindings, groupHtml } from './report-findings.js';
import { reportCss } from './report-styles.js';

export interface ReportCourse {
  course: Course;
  result: LintResult;
}

/**
 * The easy-read report as one self-contained HTML page: for each course a summary, then
 * each lesson page by page, with each flagged sentence, its flagged words marked and the
 * hint beside it, and the page's readability figures. Written for the people who agree the
 * words (service users, speech and language therapists), so it never shows JSON. Pure:
 * the CLI writes it. Every piece of author text is escaped; the page has no scripts and
 * loads nothing.
 */
export function renderLintReport(courses: readonly ReportCourse[]): string {
  const title = courses.length === 1 ? `Easy-read report: ${courses[0]!.course.data.title}` : 'Easy-read report';
  const language = courses[0]?.course.data.language ?? 'en-GB';
  const toc = courses.length > 1 ? `<nav aria-label="Courses"><ul>${courses.map(({ course }) => `<li><a href="#${anchor('course', course.id)}">${escapeHtml(course.data.title)}</a></li>`).join('')}</ul></nav>` : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${reportCss}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p>copack checked every word learners read against easy-read guidance. Each box shows words that may be hard to read, with the words <mark>marked</mark>, and what to do beside them.</p>
<p><span class="badge error">Must change</span> breaks an easy-read rule. <span class="badge warning">Should change</span> is worth a look. <span class="badge info">For information</span> needs no change. Readability figures are a guide only: they count word and sentence lengths, not meaning.</p>
${toc}
</header>
<main>
${courses.map(courseSection).join('\n')}
</main>
</body>
</html>
`;
}

function courseSection({ course, result }: ReportCourse): string {
  const id = anchor('course', course.id);
  const sub = (...parts: Array<string | number>) => anchor('course', course.id, ...parts);
  const shown = result.findings.filter((f) => f.ruleId !== 'readability');
  const inCourseFile = shown.filter((f) => f.file === course.source);
  const learnerCourse = inCourseFile.filter((f) => f.unit?.audience !== 'facilitator');
  const sessions = inCourseFile.filter((f) => f.unit?.audience === 'facilitator');
  let number = 1;
  const section = (heading: string, sectionId: string, findings: readonly LintFinding[], intro = '') => {
    const groups = groupFindings(findings, (f) => whereInCourse(course, f.diagnostic.pointer));
    const html = groups.map((group) => {
      const out = groupHtml(group, number);
      number += group.findings.length;
      return out;
    });
    return `<h3 id="${sectionId}">${escapeHtml(heading)}</h3>\n${intro}${html.length > 0 ? html.join('\n') : '<p class="clean">Nothing to change.</p>'}`;
  };

  const parts = [
    `<section aria-labelledby="${id}">`,
    `<h2 id="${id}">${escapeHtml(course.data.title)}</h2>`,
    summaryTables(course, result),
    section('Course details', sub('details'), learnerCourse, '<p class="file">The course title, summary, word list and team.</p>\n'),
  ];
  course.lessons.forEach((lesson, l) => {
    const lessonId = sub('lesson', lesson.id);
    parts.push(`<h3 id="${lessonId}">Lesson ${l + 1}: ${escapeHtml(lesson.data.title)}</h3>`, `<p class="file">${escapeHtml(lesson.source.path)}</p>`);
    const own = shown.filter((f) => f.file === lesson.source);
    const pageOf = (f: LintFinding) => f.unit?.pageIndex ?? pageIndexIn(f.diagnostic.pointer);
    const lessonWide = own.filter((f) => pageOf(f) === undefined);
    if (lessonWide.length > 0) parts.push(section('The whole lesson', sub('lesson', lesson.id, 'whole'), lessonWide).replace('<h3', '<h4').replace('</h3>', '</h4>'));
    lesson.data.pages.forEach((page, p) => {
      const figures = readabilityOf(result.units.filter((u) => u.lesson === lesson && u.pageIndex === p));
      const pageFindings = own.filter((f) => pageOf(f) === p);
      const groups = groupFindings(pageFindings, (f) => whereInPage(f.diagnostic.pointer));
      parts.push(`<h4 id="${sub('lesson', lesson.id, 'page', p + 1)}">Page ${p + 1}: ${escapeHtml(page.title)}</h4>`);
      if (figures) parts.push(`<p class="figures">${figuresText(figures)}</p>`);
      if (groups.length === 0) parts.push('<p class="clean">Nothing to change on this page.</p>');
      for (const group of groups) {
        parts.push(groupHtml(group, number));
        number += group.findings.length;
      }
    });
  });
  if ((course.data.sessions ?? []).length > 0) {
    parts.push(section('Group session plans', sub('sessions'), sessions, '<p class="file">The plans facilitators use. Some checks, such as rare words, are for learners\' pages only.</p>\n'));
  }
  parts.push('</section>');
  return parts.join('\n');
}

function summaryTables(course: Course, result: LintResult): string {
  const counted = result.diagnostics.filter((d) => d.code !== 'lint/readability');
  const row = (label: string, file: string, extra: string) => {
    const { errors, warnings } = countDiagnostics(counted.filter((d) => d.file === file));
    return `<tr><th scope="row">${label}</th><td class="num">${errors}</td><td class="num">${warnings}</td>${extra}</tr>`;
  };
  const lessonRows = course.lessons.map((lesson, l) => {
    const ease = averageEase(result, lesson);
    return row(`<a href="#${anchor('course', course.id, 'lesson', lesson.id)}">Lesson ${l + 1}: ${escapeHtml(lesson.data.title)}</a>`, lesson.source.path, `<td class="num">${lesson.data.pages.length}</td><td class="num">${ease === undefined ? '–' : Math.round(ease)}</td>`);
  });
  const totals = countDiagnostics(counted);
  const byRule = new Map<string, { errors: number; warnings: number }>();
  for (const d of counted) {
    const entry = byRule.get(d.code) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') entry.errors++;
    else if (d.severity === 'warning') entry.warnings++;
    byRule.set(d.code, entry);
  }
  const ruleRows = [...byRule]
    .filter(([, n]) => n.errors + n.warnings > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, n]) => {
      const id = code.slice('lint/'.length);
      const description = id in rules ? rules[id as RuleId].meta.description : 'A problem with the check settings.';
      return `<tr><th scope="row">${escapeHtml(code)}</th><td>${messageHtml(description)}</td><td class="num">${n.errors}</td><td class="num">${n.warnings}</td></tr>`;
    });
  return `<h3 id="${anchor('course', course.id, 'summary')}">Summary</h3>
<p>${totals.errors} to change, ${totals.warnings} to look at, across ${course.lessons.length} lessons.</p>
<table>
<caption>Each part of the course</caption>
<thead><tr><th scope="col">Part</th><th scope="col" class="num">Must change</th><th scope="col" class="num">Should change</th><th scope="col" class="num">Pages</th><th scope="col" class="num">Reading ease</th></tr></thead>
<tbody>
${row('<a href="#' + anchor('course', course.id, 'details') + '">Course details and session plans</a>', course.source.path, '<td class="num">–</td><td class="num">–</td>')}
${lessonRows.join('\n')}
</tbody>
</table>
${ruleRows.length > 0 ? `<table>
<caption>Each check</caption>
<thead><tr><th scope="col">Check</th><th scope="col">What it looks for</th><th scope="col" class="num">Must change</th><th scope="col" class="num">Should change</th></tr></thead>
<tbody>
${ruleRows.join('\n')}
</tbody>
</table>` : '<p class="clean">Every check passed.</p>'}`;
}

function averageEase(result: LintResult, lesson: Lesson): number | undefined {
  return readabilityOf(result.units.filter((u) => u.lesson === lesson && u.pageIndex !== undefined))?.readingEase;
}

function figuresText(r: Readability): string {
  return [
    `Reading ease <strong>${Math.round(r.readingEase)}</strong> (over 80 is easy)`,
    `grade <strong>${r.grade.toFixed(1)}</strong>`,
    `<strong>${Math.round(r.longWords * 100)}%</strong> long words (3 or more syllables)`,
    `<strong>${r.wordsPerSentence.toFixed(1)}</strong> words a sentence`,
  ].join(' · ');
}

function pageIndexIn(pointer: string): number | undefined {
  const match = /^\/pages\/(\d+)(?:\/|$)/.exec(pointer);
  return match ? Number(match[1]) : undefined;
}

/** Where on a page a finding without text is: `Point 2`, `Point 3, picture description`. */
function whereInPage(pointer: string): string {
  const point = /\/points\/(\d+)/.exec(pointer);
  const question = /\/questions\/(\d+)/.exec(pointer);
  const choice = /\/choices\/(\d+)/.exec(pointer);
  const parts = [
    point ? `Point ${Number(point[1]) + 1}` : '',
    question ? `Question ${Number(question[1]) + 1}` : '',
    choice ? `answer ${Number(choice[1]) + 1}` : '',
    pointer.endsWith('/alt') ? 'picture description (alt text)' : '',
  ].filter((p) => p !== '');
  return parts.length > 0 ? parts.join(', ') : 'The whole page';
}

/** Where in `course.json` a finding without text is: a word list picture, say. */
function whereInCourse(course: Course, pointer: string): string {
  const entry = /^\/glossary\/(\d+)/.exec(pointer);
  const term = entry ? course.data.glossary?.[Number(entry[1])]?.term : undefined;
  if (term !== undefined) return `Word list: "${term}"${pointer.endsWith('/alt') ? ', picture description (alt text)' : ''}`;
  return 'The course';
}
