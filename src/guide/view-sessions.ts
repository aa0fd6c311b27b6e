import type { Course } from '../model/course.js';
import type { SessionData, SessionPartData } from '../model/course-data.js';
import { noGlossary, toSegments, type Segment } from '../render/inline-text.js';
import { roleNames } from '../render/labels.js';
import { firstLessonPicture, glossaryPictureIn, type PagePictures } from './guide-pictures.js';
import type { GuideView, LeadsView, LinkView, PartView, SessionView, TextView } from './guide-view.js';
import {
  easyReadWords,
  easyTotal,
  getReady,
  leadsLabel,
  minutesWords,
  packWords,
  takesWords,
  partLesson,
  partMaterials,
  printHandout,
  sessionNumber,
  staffLeadTotal,
  staffTotal,
  staffWords,
  timeRange,
  type Leads,
} from './guide-words.js';
import { glossaryMatcher, wordsView } from './view-words.js';

export type GuideKind = 'easy-read' | 'staff';

/** Where each lesson's handout is, from a page in `guide/`. */
export const handoutHref = (lessonId: string) => `handouts/${lessonId}.html`;

/**
 * One of the two guides. Both show every session as a timeline with who leads each part;
 * the easy-read guide adds the course's pictures and explains its glossary words, the
 * staff guide adds the facilitators, the notes, the time each of them leads, and a checklist.
 */
export function guideView(course: Course, kind: GuideKind, pictures: PagePictures): GuideView {
  const easy = kind === 'easy-read';
  const glossary = easy ? glossaryMatcher(course.data.glossary ?? []) : noGlossary;
  const marked = new Set<string>();
  const sessions = (course.data.sessions ?? []).map((session, i) => {
    // Each session explains a word on its first use there: a session may be printed alone.
    const explained = new Set<string>();
    const view = sessionView(course, session, i, kind, pictures, (text) => toSegments(text, glossary, explained));
    for (const id of explained) marked.add(id);
    return view;
  });
  const words = easy ? wordsView(course, marked, pictures) : [];
  const w = easy ? easyReadWords : staffWords;
  return {
    heading: easy ? packWords.easyReadTitle : packWords.staffTitle,
    intro: w.intro,
    contentsHeading: w.contents,
    contents: sessions.map((s) => ({ href: `#${s.domId}`, title: `${s.number}: ${s.title}`, description: s.total })),
    sessions,
    labels: {
      materials: w.materials,
      groundRules: w.groundRules,
      plan: w.plan,
      support: w.support,
      debrief: w.debrief,
      debriefIntro: w.debriefIntro,
      lessons: w.lessons,
      words: easyReadWords.words,
      wordsIntro: easyReadWords.wordsIntro,
      facilitators: staffWords.facilitators,
      totals: staffWords.totals,
      notes: staffWords.notes,
      checklist: staffWords.checklist,
      before: staffWords.before,
      after: staffWords.after,
      partLesson,
      partMaterials,
    },
    words,
    hasWords: words.length > 0,
  };
}

function sessionView(
  course: Course,
  session: SessionData,
  index: number,
  kind: GuideKind,
  pictures: PagePictures,
  text: (text: string) => Segment[],
): SessionView {
  const easy = kind === 'easy-read';
  const w = easy ? easyReadWords : staffWords;
  const list = (items: readonly string[] | undefined): TextView[] => (items ?? []).map((item) => ({ segments: text(item) }));
  const glossary = course.data.glossary ?? [];
  const picture = (words: string) => (easy ? pictures.view(glossaryPictureIn(words, glossary)) : false);

  // In the order the page shows them: a glossary word is made bold where it is first read.
  const summary = { segments: text(session.summary) };
  const materials = list(session.materials);
  const groundRules = list(session.groundRules);
  let start = 0;
  const parts = session.parts.map((part) => {
    const view = partView(course, part, start, kind, pictures, text);
    start += part.minutes;
    return view;
  });
  const total = start;
  const support = list(session.support);
  const debrief = list(session.debrief);
  const lessons = (session.lessons ?? []).map((id) => lessonLink(course, id, true));
  const leadTotals = (['co-facilitator', 'staff', 'together'] as const)
    .map((leads) => ({ leads, minutes: sum(session.parts.filter((p) => p.leads === leads).map((p) => p.minutes)) }))
    .filter((t) => t.minutes > 0)
    .map((t) => staffLeadTotal(t.leads, t.minutes));
  return {
    domId: `session-${session.id}`,
    number: sessionNumber(index + 1, kind),
    title: session.title,
    summary,
    total: easy ? easyTotal(total) : staffTotal(total),
    facilitators: easy ? false : facilitatorsLine(course, session),
    leadTotals: easy ? [] : leadTotals,
    hasLeadTotals: !easy && leadTotals.length > 0,
    materials,
    hasMaterials: materials.length > 0,
    groundRules,
    hasGroundRules: groundRules.length > 0,
    groundRulesPicture: picture(w.groundRules),
    parts,
    upset: w.upset,
    hard: w.hard,
    support,
    supportFixed: w.supportFixed,
    debrief,
    hasDebrief: debrief.length > 0,
    debriefPicture: picture('debrief'),
    lessons,
    hasLessons: lessons.length > 0,
    checklist: easy ? false : checklist(course, session, text),
  };
}

function partView(
  course: Course,
  part: SessionPartData,
  start: number,
  kind: GuideKind,
  pictures: PagePictures,
  text: (text: string) => Segment[],
): PartView {
  const easy = kind === 'easy-read';
  const activity = { segments: text(part.activity) };
  const materials = (part.materials ?? []).map((item) => ({ segments: text(item) }));
  const notes = !easy && part.notes ? { segments: text(part.notes) } : false;
  let picture: PartView['picture'] = false;
  if (easy) {
    const glossary = course.data.glossary ?? [];
    const lesson = course.lessons.find((l) => l.id === part.lesson)?.data;
    picture = pictures.view(glossaryPictureIn(part.title, glossary) ?? glossaryPictureIn(part.activity, glossary) ?? firstLessonPicture(lesson));
  }
  return {
    range: timeRange(start, start + part.minutes),
    length: easy ? takesWords(part.minutes) : minutesWords(part.minutes),
    title: part.title,
    activity,
    leads: leadsView(part.leads),
    materials,
    hasMaterials: materials.length > 0,
    lesson: part.lesson ? lessonLink(course, part.lesson, false) : false,
    notes,
    picture,
    showPicture: easy,
  };
}

export function leadsView(leads: Leads): LeadsView {
  return { kind: leads, label: leadsLabel[leads], isCoFacilitator: leads === 'co-facilitator', isStaff: leads === 'staff', isTogether: leads === 'together' };
}

/** A lesson's title linking to its handout; a lesson that did not load is named by its id, unlinked. */
function lessonLink(course: Course, id: string, withSummary: boolean): LinkView {
  const lesson = course.lessons.find((l) => l.id === id);
  if (!lesson) return { href: '', title: id, description: false };
  return { href: handoutHref(id), title: lesson.data.title, description: withSummary ? lesson.data.summary : false };
}

/** Named only with their consent; anyone else by their roles, so nobody is named by accident. */
function facilitatorsLine(course: Course, session: SessionData): string | false {
  const people = (session.facilitators ?? []).flatMap((id) => {
    const person = course.data.team.find((p) => p.id === id);
    if (!person) return [];
    const roles = person.roles.map((role) => roleNames[role]).join(', ');
    return [person.consentToBeNamed ? `${person.name} (${roles})` : `${roles} (not named)`];
  });
  return people.length > 0 ? people.join('; ') : false;
}

function checklist(course: Course, session: SessionData, text: (text: string) => Segment[]): { before: TextView[]; after: TextView[] } {
  const fixed = (items: string[]) => items.map((item) => ({ segments: [{ text: item, bold: false, term: false as const }] }));
  const lessonIds = [...new Set([...(session.lessons ?? []), ...session.parts.flatMap((p) => (p.lesson ? [p.lesson] : []))])];
  const handouts = lessonIds.flatMap((id) => {
    const lesson = course.lessons.find((l) => l.id === id);
    return lesson ? [{ segments: [{ text: `${printHandout} ${lesson.data.title}`, bold: false, term: false as const }] }] : [];
  });
  const materials = [...new Set([...(session.materials ?? []), ...session.parts.flatMap((p) => p.materials ?? [])])].map((item) => ({
    segments: [{ text: `${getReady} `, bold: false, term: false as const }, ...text(item)],
  }));
  return { before: [...fixed(staffWords.checklistBefore), ...handouts, ...materials], after: fixed(staffWords.checklistAfter) };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
