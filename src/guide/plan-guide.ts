import Mustache from 'mustache';
import type { Course } from '../model/course.js';
import type { OutputFile } from '../package/plan.js';
import { escapeHtml } from '../render/render-site.js';
import type { ThemeFiles } from '../render/theme-files.js';
import { PagePictures } from './guide-pictures.js';
import { loadGuideTemplates, type GuideTemplates } from './guide-templates.js';
import type { FrontView, GuidePageView } from './guide-view.js';
import { draftBanner, durationWords, packWords, sessionNumber } from './guide-words.js';
import { handoutView } from './view-handout.js';
import { guideView, handoutHref } from './view-sessions.js';

export interface GuideOptions {
  /** A draft build: every page and every printed sheet says the lessons are not all agreed. */
  draft: boolean;
  /** The pack's templates and styles; loaded from copack's own files when not given. */
  templates?: GuideTemplates;
}

const encoder = new TextEncoder();

/**
 * The facilitator pack of a course, as files under `guide/`: a front page, the easy-read
 * guide for co-facilitators and the fuller guide for staff (when the course has session
 * plans), a print handout for each lesson, one stylesheet, the font and the pictures the
 * pages show. Every page works from disk and asks no server for anything. Pure: the same
 * course, theme and options give the same bytes, sorted by path.
 */
export function planGuide(course: Course, theme: ThemeFiles, options: GuideOptions): OutputFile[] {
  const pack = options.templates ?? loadGuideTemplates();
  // The site's own picture template (or the course's replacement), so pictures look the same.
  const partials: Record<string, string> = { ...pack.templates, picture: course.theme.templates['picture'] ?? theme.templates['picture'] ?? '' };
  const pages = guidePages(course, options.draft);
  const files: OutputFile[] = pages.map(({ path, view }) => ({
    path,
    bytes: encoder.encode(Mustache.render(pack.templates['guide-page'], view, partials, { escape: escapeHtml })),
  }));
  files.push({ path: 'guide/guide.css', bytes: encoder.encode(guideCss(course, theme, pack, options.draft)) });
  for (const font of theme.fonts) files.push({ path: `guide/${font.path}`, bytes: font.bytes });
  for (const path of [...new Set(pages.flatMap((page) => page.assets))]) {
    const bytes = course.assets.get(path)?.bytes;
    if (bytes) files.push({ path: `guide/${path}`, bytes });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** One page of the pack before it is rendered: where it goes, what it shows, the files it shows. */
export interface GuidePage {
  path: string;
  view: GuidePageView;
  /** The course's files under `assets/` the page shows, from the course folder. */
  assets: string[];
}

/** Every page of the pack as data: the front page, the two guides (with sessions), a handout per lesson. */
export function guidePages(course: Course, draft: boolean): GuidePage[] {
  const pages: GuidePage[] = [];
  const courseTitle = course.data.title;
  const page = (path: string, make: (pictures: PagePictures) => Pick<GuidePageView, 'title' | 'pageKind' | 'htmlClass' | 'front' | 'guide' | 'handout'>) => {
    const base = path.split('/').length > 2 ? '../' : '';
    const pictures = new PagePictures(course, base);
    const body = make(pictures);
    const view: GuidePageView = {
      ...body,
      lang: course.data.language ?? 'en-GB',
      courseTitle,
      base,
      draft: draft ? draftBanner : false,
      home: body.front ? false : { href: `${base}index.html`, title: packWords.home, description: false },
      skip: packWords.skip,
      symbols: pictures.sprite(),
    };
    pages.push({ path, view, assets: [...pictures.files].sort() });
  };

  page('guide/index.html', () => ({
    title: `${packWords.packTitle}: ${courseTitle}`,
    pageKind: packWords.packTitle,
    htmlClass: 'easy-read',
    front: frontView(course),
    guide: false,
    handout: false,
  }));
  if ((course.data.sessions ?? []).length > 0) {
    page('guide/easy-read.html', (pictures) => ({
      title: `${packWords.easyReadTitle}: ${courseTitle}`,
      pageKind: packWords.easyReadTitle,
      htmlClass: 'easy-read',
      front: false,
      guide: guideView(course, 'easy-read', pictures),
      handout: false,
    }));
    page('guide/staff.html', (pictures) => ({
      title: `${packWords.staffTitle}: ${courseTitle}`,
      pageKind: packWords.staffTitle,
      htmlClass: 'staff',
      front: false,
      guide: guideView(course, 'staff', pictures),
      handout: false,
    }));
  }
  for (const lesson of course.lessons) {
    page(`guide/${handoutHref(lesson.id)}`, (pictures) => ({
      title: `${lesson.data.title}: ${packWords.handoutLabel}`,
      pageKind: `${packWords.handoutLabel}: ${lesson.data.title}`,
      htmlClass: 'easy-read',
      front: false,
      guide: false,
      handout: handoutView(course, lesson, pictures),
    }));
  }
  return pages;
}

/** The site's stylesheet (the course's own, if it has one), then the pack's additions. */
function guideCss(course: Course, theme: ThemeFiles, pack: GuideTemplates, draft: boolean): string {
  const parts = [course.theme.css ?? theme.css];
  if (course.theme.customCss) parts.push(`/* The course's own additions: theme/custom.css */\n${course.theme.customCss}`);
  parts.push(pack.css);
  if (draft) parts.push(draftPrintCss);
  return `${parts.map((part) => part.replace(/\s+$/, '')).join('\n')}\n`;
}

/** On paper, a draft says so at the top of every sheet, not only the first. */
const draftPrintCss = `
/* A draft build: every printed sheet says so at its top. */
@page {
  @top-left {
    content: ${JSON.stringify(draftBanner.title)};
    font-family: 'Atkinson Hyperlegible', Arial, Helvetica, sans-serif;
    font-size: 16pt;
    font-weight: 700;
    color: #1b1b1b;
  }
}`;

function frontView(course: Course): FrontView {
  const sessions = course.data.sessions ?? [];
  const hasSessions = sessions.length > 0;
  return {
    heading: packWords.packTitle,
    intro: packWords.frontIntro,
    noSessions: hasSessions ? false : packWords.noSessions,
    guides: hasSessions
      ? [
          { href: 'easy-read.html', title: packWords.easyReadTitle, description: packWords.easyReadDescription },
          { href: 'staff.html', title: packWords.staffTitle, description: packWords.staffDescription },
        ]
      : [],
    hasGuides: hasSessions,
    sessions: sessions.map((session, i) => ({
      href: '',
      title: `${sessionNumber(i + 1)}: ${session.title}`,
      description: durationWords(session.parts.reduce((sum, part) => sum + part.minutes, 0)),
    })),
    handouts: course.lessons.map((lesson) => ({ href: handoutHref(lesson.id), title: lesson.data.title, description: lesson.data.summary })),
    labels: { guides: packWords.guidesTitle, sessions: packWords.sessionsTitle, handouts: packWords.handoutsTitle, handoutsIntro: packWords.handoutsIntro },
  };
}
