import type { Course } from '../model/course.js';
import { createGlossaryMatcher, termId, toSegments, type GlossaryMatcher } from './inline-text.js';
import { pictureView, symbolDomId } from './pictures.js';
import { roleNames, unnamedPeople } from './labels.js';
import { lessonScreens, specialScreen } from './view-screens.js';
import type { ClientData, GlossaryEntryView, ScreenView, SiteView } from './view-types.js';
import type { Layout } from './client/progress-codec.js';
import type { CourseAgreement } from '../coproduction/agreement.js';
import { agreedLine } from '../coproduction/agreement-record.js';

export const routes = { home: '#/', glossary: '#/glossary', credits: '#/made-together', finish: '#/finish' } as const;

/**
 * The whole site of a course as data for the templates. Pure: the same course always gives
 * the same view, with no clock, randomness or disk. With `agreement`, the site says who
 * agreed each lesson, and marks itself a draft until every lesson is agreed.
 */
export function toSiteView(course: Course, agreement?: CourseAgreement): SiteView {
  const { data } = course;
  const glossary = createGlossaryMatcher(data.glossary ?? []);
  const lessons = course.lessons.map((lesson) => ({ lesson, screens: lessonScreens(course, lesson, glossary) }));

  // Link the screens in one line: home, every lesson in order, then the finish screen.
  const learning = lessons.flatMap((l) => l.screens);
  learning.forEach((screen, i) => {
    const next = learning[i + 1];
    screen.nav.back = i === 0 ? routes.home : learning[i - 1]!.hash;
    screen.nav.next = next ? next.hash : routes.finish;
    screen.nav.nextLabel = !next ? 'Finish' : next.lessonId !== screen.lessonId ? 'Next lesson' : 'Next';
  });
  const startHref = learning[0]?.hash ?? routes.finish;

  const screens: ScreenView[] = [
    specialScreen(routes.home, data.title, { isHome: true, next: startHref, nextLabel: 'Start' }),
    ...learning,
    specialScreen(routes.glossary, 'Word list', { isGlossary: true, back: routes.home }),
    specialScreen(routes.credits, 'Made together by', { isCredits: true, back: routes.home }),
    specialScreen(routes.finish, 'You finished the course', { isFinish: true, back: learning.at(-1)?.hash ?? routes.home }),
  ];

  const named = data.team.filter((person) => person.consentToBeNamed);
  return {
    lang: data.language ?? 'en-GB',
    courseId: data.id,
    title: data.title,
    summary: data.summary,
    version: data.version,
    startHref,
    lessons: lessons.map(({ lesson, screens: own }) => ({
      id: lesson.id,
      title: lesson.data.title,
      summary: lesson.data.summary,
      href: own[0]?.hash ?? routes.home,
      screenCount: `${own.length} ${own.length === 1 ? 'page' : 'pages'}`,
    })),
    glossary: glossaryView(course, glossary),
    hasGlossary: (data.glossary ?? []).length > 0,
    people: named.map((person) => ({
      name: person.name,
      roles: person.roles.map((role) => roleNames[role]).join(', '),
      about: person.about ?? false,
    })),
    unnamed: unnamedPeople(data.team.length - named.length),
    draft: agreement !== undefined && !agreement.allAgreed,
    agreements: (agreement?.lessons ?? []).map((status) => ({
      title: status.lesson.data.title,
      line:
        status.state === 'agreed'
          ? agreedLine(data.team, status.approval.agreedBy, status.approval.date)
          : status.state === 'changed'
            ? 'Changed after it was agreed. It needs to be agreed again.'
            : 'Not agreed yet.',
    })),
    hasAgreements: (agreement?.lessons.length ?? 0) > 0,
    screens,
    symbols: [...course.symbols.values()]
      .map((symbol) => ({ id: symbolDomId(symbol.name), viewBox: symbol.viewBox, body: symbol.body }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    dataJson: scriptJson(clientData(course, lessons.map((l) => ({ id: l.lesson.id, screens: l.screens.map((s) => s.hash) })), layoutOf(learning))),
    hasQuiz: learning.some((screen) => screen.isQuestion),
  };
}

function glossaryView(course: Course, glossary: GlossaryMatcher): GlossaryEntryView[] {
  return [...(course.data.glossary ?? [])]
    .sort((a, b) => a.term.localeCompare(b.term, 'en'))
    .map((entry) => ({
      id: termId(entry.term),
      term: entry.term,
      // A meaning explains its own word, so that word is never a button inside it.
      segments: toSegments(entry.meaning, glossary, new Set([termId(entry.term)])),
      picture: pictureView(course, entry.picture),
      seeAlso: (entry.seeAlso ?? []).map((term) => ({ term, href: `#${termId(term)}` })),
      hasSeeAlso: (entry.seeAlso ?? []).length > 0,
    }));
}

/** The order of screens, questions and reflections that saved progress is written against. */
export function layoutOf(learning: readonly ScreenView[]): Layout {
  return {
    screens: learning.map((screen) => screen.hash),
    questions: learning.flatMap((screen) => (screen.question ? [{ key: screen.question.key, choices: screen.question.choices.map((c) => c.id) }] : [])),
    reflections: learning.flatMap((screen) => (screen.reflection ? [screen.reflection.key] : [])),
  };
}

/** The learning screens of a course, in order: what its layout is made from. */
export function courseLayout(course: Course): Layout {
  return layoutOf(toSiteView(course).screens.filter((screen) => screen.lessonId !== false));
}

/** What the page's script needs to know: the screens in order and how the course completes. */
function clientData(course: Course, lessons: Array<{ id: string; screens: string[] }>, layout: Layout): ClientData {
  const { completion } = course.data;
  return {
    course: course.id,
    version: course.data.version,
    lessons,
    layout,
    completion: { rule: completion.rule, passMark: completion.passMark ?? null, reportFailed: completion.reportFailed === true },
  };
}

/** JSON that cannot end its `<script>` element early, whatever the author wrote. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
