import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { planGuide } from '../../src/guide/plan-guide.js';
import { leadsLabel } from '../../src/guide/guide-words.js';
import { loadDefaultTheme } from '../../src/render/load-theme.js';
import { escapeHtml } from '../../src/render/render-site.js';
import { symbolDomId } from '../../src/render/pictures.js';
import type { Course } from '../../src/model/course.js';
import type { CourseData, SessionData } from '../../src/model/course-data.js';
import type { OutputFile } from '../../src/package/plan.js';
import { fixturesRoot, repoRoot } from '../helpers/fixtures.js';
import { makeHostileCourse } from '../helpers/hostile-course.js';
import { sampleId } from '../helpers/sample-copy.js';

const load = () => check({ cwd: repoRoot, paths: [`courses/${sampleId}`] }).courses[0] as Course;
const sample = load();
const theme = loadDefaultTheme();
const decoder = new TextDecoder();

const plan = (course: Course, draft = false) => planGuide(course, theme, { draft });
const fileMap = (files: OutputFile[]) => new Map(files.map((f) => [f.path, f.bytes]));
const html = (files: OutputFile[], path: string) => {
  const bytes = fileMap(files).get(path);
  if (!bytes) throw new Error(`no ${path} in ${files.map((f) => f.path).join(', ')}`);
  return decoder.decode(bytes);
};
/** What a reader sees: the page's words without tags, entities decoded, spaces collapsed. */
const textOf = (markup: string) =>
  markup
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<\/?(?:strong|a)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
/** Each row of the session plans, in order. */
const timelineRows = (markup: string) => markup.split('<li class="timeline-row">').slice(1).map((block) => textOf(block.split('</ol>')[0]!));
const withData = (course: Course, data: Partial<CourseData>): Course => ({ ...course, data: { ...course.data, ...data } });
const sessions = sample.data.sessions!;

describe('planGuide', () => {
  it('plans only files under guide/: a front page, both guides, a handout per lesson, the stylesheet, the font and the pictures used', () => {
    const files = plan(sample);
    const paths = files.map((f) => f.path);
    expect(paths.every((p) => p.startsWith('guide/') && !p.includes('..') && !p.includes('\\'))).toBe(true);
    expect(paths).toEqual([...paths].sort());
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(
      [
        'guide/assets/ground-rules.svg',
        'guide/assets/made-together.svg',
        'guide/easy-read.html',
        ...theme.fonts.map((font) => `guide/${font.path}`),
        'guide/guide.css',
        ...sample.lessons.map((lesson) => `guide/handouts/${lesson.id}.html`),
        'guide/index.html',
        'guide/staff.html',
      ].sort(),
    );
    // Pictures are the course's own bytes; the font is the site's.
    expect(fileMap(files).get('guide/assets/ground-rules.svg')).toEqual(sample.assets.get('assets/ground-rules.svg')!.bytes);
  });

  it('gives the same bytes every time, from a fresh load of the course too', () => {
    const first = plan(sample, true);
    const again = plan(load(), true);
    expect(again.map((f) => f.path)).toEqual(first.map((f) => f.path));
    again.forEach((file, i) => expect(Buffer.from(file.bytes).equals(Buffer.from(first[i]!.bytes)), file.path).toBe(true));
  });

  it('shows every session part in the staff guide, in order, with its minutes, time range and who leads', () => {
    const rows = timelineRows(html(plan(sample), 'guide/staff.html'));
    const parts = sessions.flatMap((session) => {
      let start = 0;
      return session.parts.map((part) => ({ part, start: (start += part.minutes) - part.minutes }));
    });
    expect(rows).toHaveLength(parts.length);
    parts.forEach(({ part, start }, i) => {
      const row = rows[i]!;
      expect(row).toContain(part.title);
      expect(row).toContain(`${start}–${start + part.minutes} minutes`);
      expect(row).toContain(`${part.minutes} minutes`);
      expect(row).toContain(leadsLabel[part.leads]);
      expect(row).toContain(part.activity);
      if (part.notes) expect(row).toContain(part.notes);
      for (const item of part.materials ?? []) expect(row).toContain(item);
      if (part.lesson) expect(row).toContain(sample.lessons.find((l) => l.id === part.lesson)!.data.title);
    });
  });

  it('shows who leads with words and a picture, and a class for each kind, not colour alone', () => {
    const page = html(plan(sample), 'guide/easy-read.html');
    for (const leads of ['co-facilitator', 'staff', 'together'] as const) {
      const badge = new RegExp(`<p class="leads leads-${leads}"><svg class="leads-icon" aria-hidden="true"[^>]*>.*?</svg><span>${leadsLabel[leads]}</span></p>`);
      expect(page).toMatch(badge);
    }
  });

  it('gives the easy-read guide the same plan, without the staff notes', () => {
    const page = html(plan(sample), 'guide/easy-read.html');
    const rows = timelineRows(page);
    const parts = sessions.flatMap((s) => s.parts);
    expect(rows).toHaveLength(parts.length);
    parts.forEach((part, i) => {
      expect(rows[i]).toContain(part.title);
      expect(rows[i]).toContain(`It takes ${part.minutes} minutes.`);
      expect(rows[i]).toContain(leadsLabel[part.leads]);
      if (part.notes) expect(rows[i]).not.toContain(part.notes);
    });
  });

  it('gives each session its ground rules, support, debrief, lessons and what to do if someone gets upset, in both guides', () => {
    for (const path of ['guide/easy-read.html', 'guide/staff.html']) {
      const text = textOf(html(plan(sample), path));
      for (const session of sessions) {
        for (const line of [...session.groundRules!, ...session.support!, ...session.debrief!, ...session.materials!]) expect(text, path).toContain(line);
        for (const id of session.lessons!) expect(text, path).toContain(sample.lessons.find((l) => l.id === id)!.data.title);
      }
      expect(text.split('If someone gets upset').length - 1, path).toBe(sessions.length);
      expect(text.split('If the group gets hard').length - 1, path).toBe(sessions.length);
    }
  });

  it('adds totals, the facilitators and a checklist to the staff guide only', () => {
    const staff = textOf(html(plan(sample), 'guide/staff.html'));
    const easy = textOf(html(plan(sample), 'guide/easy-read.html'));
    expect(staff).toContain('110 minutes in all (1 hour and 50 minutes).');
    expect(staff).toContain('Co-facilitator leads: 45 minutes');
    expect(staff).toContain('Usually run by: Sam Okafor (Expert by experience, Co-facilitator); Priya Shah (Staff, Trainer, Facilitator)');
    expect(staff).toContain('Checklist');
    expect(staff).toContain('Print the lesson sheet: Ground rules and boundaries');
    expect(easy).toContain('The group takes 1 hour and 50 minutes.');
    expect(easy).not.toContain('Usually run by');
    expect(easy).not.toContain('Checklist');
  });

  it('names a facilitator only with their consent, and otherwise gives their role', () => {
    const hidden = sample.data.team.find((person) => !person.consentToBeNamed)!;
    const course = withData(sample, { sessions: [{ ...sessions[0]!, facilitators: ['sam', hidden.id] }] });
    const staff = textOf(html(plan(course), 'guide/staff.html'));
    expect(staff).toContain('Usually run by: Sam Okafor (Expert by experience, Co-facilitator); Person who uses services, Reviewer (not named)');
    for (const path of plan(course).map((f) => f.path).filter((p) => p.endsWith('.html'))) expect(html(plan(course), path)).not.toContain(hidden.name);
  });

  it('marks every page a draft, on screen and in print, when the build is a draft, and none when it is not', () => {
    const draft = plan(sample, true);
    const agreed = plan(sample, false);
    const pages = draft.filter((f) => f.path.endsWith('.html')).map((f) => f.path);
    expect(pages.length).toBe(3 + sample.lessons.length);
    for (const path of pages) {
      const page = html(draft, path);
      // At the top: right after the skip link, before the header.
      expect(page).toMatch(/<body>\n<a class="skip-link"[^\n]*\n<p class="draft-banner"><strong>Draft: not agreed yet\.<\/strong> The people who use services have not agreed all the lessons yet\.<\/p>\n<header/);
      expect(html(agreed, path)).not.toContain('Draft');
    }
    expect(html(draft, 'guide/guide.css')).toMatch(/@top-left \{\s*content: "Draft: not agreed yet\."/);
    expect(html(agreed, 'guide/guide.css')).not.toContain('Draft');
  });

  it('keeps a course with no sessions to a front page that says so, and the handouts', () => {
    const course = withData(sample, { sessions: undefined });
    const files = plan(course);
    const paths = files.map((f) => f.path);
    expect(paths).not.toContain('guide/easy-read.html');
    expect(paths).not.toContain('guide/staff.html');
    for (const lesson of sample.lessons) expect(paths).toContain(`guide/handouts/${lesson.id}.html`);
    const front = html(files, 'guide/index.html');
    expect(textOf(front)).toContain('There are no session plans for this course yet.');
    expect(front).not.toContain('easy-read.html');
    expect(front).not.toContain('staff.html');
    expect(plan(withData(sample, { sessions: [] })).map((f) => f.path)).toEqual(paths);
  });

  it('links the front page to both guides and every handout, and every page back to it', () => {
    const files = plan(sample);
    const front = html(files, 'guide/index.html');
    for (const href of ['easy-read.html', 'staff.html', ...sample.lessons.map((l) => `handouts/${l.id}.html`)]) expect(front).toContain(`href="${href}"`);
    expect(html(files, 'guide/staff.html')).toContain('href="index.html"');
    expect(html(files, `guide/handouts/${sample.lessons[0]!.id}.html`)).toContain('href="../index.html"');
    expect(html(files, `guide/handouts/${sample.lessons[0]!.id}.html`)).toContain('href="../guide.css"');
  });

  it('asks no server for anything: every address in the pages and the stylesheet is inside the pack', () => {
    const files = plan(sample);
    const paths = new Set(files.map((f) => f.path));
    for (const file of files.filter((f) => f.path.endsWith('.html'))) {
      const dir = file.path.slice(0, file.path.lastIndexOf('/'));
      const page = decoder.decode(file.bytes);
      for (const [, ref] of page.matchAll(/(?:src|href)="([^"#]+)(?:#[^"]*)?"/g)) {
        expect(ref, file.path).not.toMatch(/^[a-z]+:|^\/\//i);
        const target = new URL(ref!, `file:///${dir}/`).pathname.slice(1);
        expect(paths.has(target), `${file.path} → ${ref}`).toBe(true);
      }
    }
    const css = html(files, 'guide/guide.css');
    for (const [, ref] of css.matchAll(/url\(['"]?([^'")]+)/g)) expect(paths.has(`guide/${ref}`), ref).toBe(true);
  });

  it('prints each lesson as a handout: every point with its picture, questions with their choices but no answer, room to write, and the words used', () => {
    const lesson = sample.lessons.find((l) => l.data.pages.some((p) => p.kind === 'quiz') && l.data.pages.some((p) => p.kind === 'reflection'))!;
    const page = html(plan(sample), `guide/handouts/${lesson.id}.html`);
    const text = textOf(page);
    for (const p of lesson.data.pages) {
      expect(text).toContain(p.title);
      if (p.kind === 'points' || p.kind === 'summary') for (const point of p.points) expect(text).toContain(point.text.replace(/\*\*/g, ''));
      if (p.kind === 'reflection') expect(text).toContain(p.prompt.replace(/\*\*/g, ''));
      if (p.kind === 'quiz') {
        for (const q of p.questions) {
          expect(text).toContain(q.question.replace(/\*\*/g, ''));
          for (const choice of q.choices) expect(text).toContain(choice.text);
          for (const feedback of [q.feedback.correct, q.feedback.tryAgain]) expect(text).not.toContain(feedback);
        }
      }
    }
    expect(page).not.toMatch(/correct/i);
    expect(page).toContain('<div class="write-space"></div>');
    expect(page.split('<li class="handout-choice"><span class="tick-box" aria-hidden="true"></span>').length - 1).toBe(
      lesson.data.pages.flatMap((p) => (p.kind === 'quiz' ? p.questions.flatMap((q) => q.choices) : [])).length,
    );
    // The glossary words of the lesson, with their meanings, in the list at the end.
    const words = page.slice(page.indexOf('<section class="words"'));
    for (const term of lesson.data.words ?? []) {
      const entry = sample.data.glossary!.find((e) => e.term === term)!;
      expect(textOf(words)).toContain(`${entry.term} ${entry.meaning}`);
    }
    // Every symbol a page shows is in that page's own sprite.
    for (const [, id] of page.matchAll(/<use href="#([^"]+)">/g)) expect(page).toContain(`<symbol id="${id}"`);
    expect(page).toContain(symbolDomId(lesson.data.pages.flatMap((p) => (p.kind === 'points' ? p.points : [])).find((pt) => pt.picture?.symbol)!.picture!.symbol!));
  });

  it('handles a course with a lesson that has no quiz, reflection or glossary words', () => {
    const [minimal] = check({ cwd: fixturesRoot, paths: ['valid/minimal'] }).courses as [Course];
    const files = plan(minimal, true);
    expect(files.some((f) => f.path === 'guide/index.html')).toBe(true);
    for (const lesson of minimal.lessons) expect(html(files, `guide/handouts/${lesson.id}.html`)).toContain(escapeHtml(lesson.data.title));
  });
});

describe('planGuide with hostile text', () => {
  const hostile = makeHostileCourse();
  const [course] = check({ cwd: hostile.root, paths: [`courses/${sampleId}`] }).courses as [Course];
  const files = plan(course, true);
  hostile.cleanup();

  it('loaded the hostile course with its sessions', () => {
    expect(course.data.sessions?.length).toBeGreaterThan(0);
    expect(hostile.planted.filter((p) => p.pointer.startsWith('/sessions/')).length).toBeGreaterThan(20);
  });

  it('prints author text only as text: no planted tag, script or handler survives as markup', () => {
    for (const file of files.filter((f) => f.path.endsWith('.html'))) {
      const page = decoder.decode(file.bytes);
      expect(page, file.path).not.toMatch(/<script|<img src=x|<svg onload|onerror=alert\(1\)>|<\/title><\/textarea>/i);
      expect(page.match(/<title>/g)?.length, file.path).toBe(1);
    }
  });

  it('shows every planted session text in the staff guide, escaped, so it reads as written', () => {
    const staff = html(files, 'guide/staff.html');
    const team = new Map(course.data.team.map((p) => [p.id, p]));
    const shown = hostile.planted.filter((p) => p.pointer.startsWith('/sessions/'));
    for (const planted of shown) expect(staff, planted.pointer).toContain(escapeHtml(planted.text));
    // Names in session plans come from the team, named only with consent.
    for (const session of course.data.sessions as SessionData[]) {
      for (const id of session.facilitators ?? []) if (team.get(id)?.consentToBeNamed) expect(staff).toContain(escapeHtml(team.get(id)!.name));
    }
  });
});
