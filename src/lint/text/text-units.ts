import type { Course, Lesson } from '../../model/course.js';
import type { PageData } from '../../model/course-data.js';
import type { SourceFile } from '../../model/source-file.js';
import { toPointer } from '../../model/source-file.js';
import { splitSentences, type Sentence } from './sentences.js';
import { tokenize } from './words.js';

/**
 * One piece of author text that people read: where it is written, what it is, and its
 * sentences and words. The linter reads every such text once and every rule shares it.
 */
export interface TextUnit {
  file: SourceFile;
  pointer: string;
  text: string;
  /** A heading (titles), a sentence or two, or a label (a list entry such as `Name badges`). */
  role: 'heading' | 'sentence' | 'label';
  /** Learners read it on a page; facilitators read it in the session plans. */
  audience: 'learner' | 'facilitator';
  /** Where it is, in words, for the report: `Page 3 "Ground rules", point 2`. */
  where: string;
  lesson?: Lesson;
  /** The index of the page in its lesson, for text on a page. */
  pageIndex?: number;
  /** A heading or label is one "sentence" as it is, never split. */
  sentences: Sentence[];
}

type Role = TextUnit['role'];

export function collectTextUnits(course: Course): TextUnit[] {
  const units: TextUnit[] = [];
  const add = (file: SourceFile, path: Array<string | number>, text: string | undefined, role: Role, where: string, extra: Partial<TextUnit> = {}) => {
    if (typeof text !== 'string' || text.trim() === '') return;
    units.push({ file, pointer: toPointer(path), text, role, audience: 'learner', where, sentences: sentencesOf(text, role), ...extra });
  };

  const data = course.data;
  const file = course.source;
  add(file, ['title'], data.title, 'heading', 'Course title');
  add(file, ['summary'], data.summary, 'sentence', 'Course summary');
  (data.glossary ?? []).forEach((entry, i) => add(file, ['glossary', i, 'meaning'], entry.meaning, 'sentence', `Word list: "${entry.term}"`));
  data.team.forEach((person, i) => {
    if (person.consentToBeNamed) add(file, ['team', i, 'about'], person.about, 'sentence', `Made together by: ${person.name}`);
  });

  for (const lesson of course.lessons) {
    const lessonFile = lesson.source;
    const inLesson = { lesson };
    add(lessonFile, ['title'], lesson.data.title, 'heading', 'Lesson title', inLesson);
    add(lessonFile, ['summary'], lesson.data.summary, 'sentence', 'Lesson summary', inLesson);
    lesson.data.pages.forEach((page, p) => {
      const onPage = (suffix: string) => `Page ${p + 1} "${page.title}"${suffix}`;
      const at = (...rest: Array<string | number>) => ['pages', p, ...rest];
      const extra = { lesson, pageIndex: p };
      add(lessonFile, at('title'), page.title, 'heading', onPage(', title'), extra);
      for (const [path, text, label] of pageTexts(page)) add(lessonFile, at(...path), text, 'sentence', onPage(label), extra);
    });
  }

  (data.sessions ?? []).forEach((session, s) => {
    const addSession = (path: Array<string | number>, text: string | undefined, role: Role, where: string) =>
      add(file, ['sessions', s, ...path], text, role, `Session "${session.title}": ${where}`, { audience: 'facilitator' });
    addSession(['title'], session.title, 'heading', 'title');
    addSession(['summary'], session.summary, 'sentence', 'summary');
    (session.groundRules ?? []).forEach((text, i) => addSession(['groundRules', i], text, 'sentence', `ground rule ${i + 1}`));
    (session.materials ?? []).forEach((text, i) => addSession(['materials', i], text, 'label', `thing you need ${i + 1}`));
    session.parts.forEach((part, k) => {
      const inPart = (what: string) => `part ${k + 1} "${part.title}", ${what}`;
      addSession(['parts', k, 'title'], part.title, 'heading', inPart('title'));
      addSession(['parts', k, 'activity'], part.activity, 'sentence', inPart('activity'));
      (part.materials ?? []).forEach((text, i) => addSession(['parts', k, 'materials', i], text, 'label', inPart(`thing you need ${i + 1}`)));
      addSession(['parts', k, 'notes'], part.notes, 'sentence', inPart('notes'));
    });
    (session.support ?? []).forEach((text, i) => addSession(['support', i], text, 'sentence', `support ${i + 1}`));
    (session.debrief ?? []).forEach((text, i) => addSession(['debrief', i], text, 'sentence', `debrief question ${i + 1}`));
  });
  return units;
}

/** The sentence texts on a page, with their path inside the page and a label for the report. */
function pageTexts(page: PageData): Array<[Array<string | number>, string | undefined, string]> {
  switch (page.kind) {
    case 'points':
    case 'summary':
      return page.points.map((point, i) => [['points', i, 'text'], point.text, `, point ${i + 1}`]);
    case 'reflection':
      return [[['prompt'], page.prompt, ', question'], ...(page.help ?? []).map((help, i): [Array<string | number>, string, string] => [['help', i], help, `, help ${i + 1}`])];
    case 'quiz':
      return page.questions.flatMap((question, q) => {
        const label = `, question ${q + 1}`;
        return [
          [['questions', q, 'question'], question.question, label],
          ...question.choices.flatMap((choice, c): Array<[Array<string | number>, string | undefined, string]> => [
            [['questions', q, 'choices', c, 'text'], choice.text, `${label}, answer ${c + 1}`],
            [['questions', q, 'choices', c, 'feedback'], choice.feedback, `${label}, answer ${c + 1} feedback`],
          ]),
          [['questions', q, 'feedback', 'correct'], question.feedback.correct, `${label}, feedback when right`],
          [['questions', q, 'feedback', 'tryAgain'], question.feedback.tryAgain, `${label}, feedback to try again`],
        ];
      });
  }
}

function sentencesOf(text: string, role: Role): Sentence[] {
  if (role === 'sentence') return splitSentences(text);
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return [{ text: text.slice(start, end), start, end, words: tokenize(text, start, end) }];
}

/** The texts of one page, in the order they are on it. */
export function unitsOnPage(units: readonly TextUnit[], lesson: Lesson, pageIndex: number): TextUnit[] {
  return units.filter((unit) => unit.lesson === lesson && unit.pageIndex === pageIndex);
}
