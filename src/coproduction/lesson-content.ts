import type { Course, Lesson } from '../model/course.js';
import type { GlossaryEntryData, LessonData, PageData } from '../model/course-data.js';
import { coursePictures, lessonAudio, lessonPictures } from '../model/walk.js';
import { createGlossaryMatcher, termId } from '../render/inline-text.js';
import { canonicalJson, sha256 } from './content-hash.js';

/**
 * What a lesson shows, as named parts with a hash each: the lesson's own fields, each page,
 * each point (by position), each question, and every picture, sound and glossary entry it
 * uses, by bytes. Agreeing a lesson records these, so `copack status` can later say which
 * parts changed; the lesson's hash is the hash of all of them together.
 *
 * Part names: `lesson/<field>`, `pages` (their order), `page/<id>`, `page/<id>/point/<n>`,
 * `page/<id>/question/<id>`, `picture/<path>`, `symbol/<name>`, `audio/<path>`,
 * `glossary/<term>`.
 */
export interface LessonContent {
  hash: string;
  parts: Record<string, string>;
}

export function lessonContent(course: Course, lesson: Lesson): LessonContent {
  const parts: Record<string, string> = {};
  const add = (name: string, value: unknown) => {
    parts[name] = sha256(canonicalJson(value));
  };
  const { pages, id: _id, ...fields } = lesson.data;
  for (const [field, value] of Object.entries(fields)) {
    if (field !== '$schema' && field !== 'lintIgnore') add(`lesson/${field}`, value);
  }
  add('pages', pages.map((page) => page.id));
  for (const page of pages) {
    add(`page/${page.id}`, pageOwnFields(page));
    if (page.kind === 'points' || page.kind === 'summary') {
      page.points.forEach((point, i) => add(`page/${page.id}/point/${i + 1}`, point));
    } else if (page.kind === 'quiz') {
      for (const question of page.questions) add(`page/${page.id}/question/${question.id}`, question);
    }
  }

  const glossary = glossaryUsed(course, lesson.data);
  for (const entry of glossary) add(`glossary/${entry.term}`, entry);
  const pictures = [
    ...lessonPictures(lesson.source, lesson.data).map((ref) => ref.picture),
    ...coursePictures(course.source, { ...course.data, glossary }).map((ref) => ref.picture),
  ];
  for (const picture of pictures) {
    if (picture.src !== undefined) parts[`picture/${picture.src}`] = fileHash(course, picture.src);
    if (picture.symbol !== undefined) {
      const symbol = course.symbols.get(picture.symbol);
      parts[`symbol/${picture.symbol}`] = sha256(symbol ? `${symbol.viewBox}\n${symbol.body}` : '');
    }
  }
  for (const ref of lessonAudio(lesson.source, lesson.data)) parts[`audio/${ref.src}`] = fileHash(course, ref.src);

  const sorted = Object.fromEntries(Object.entries(parts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { hash: sha256(canonicalJson(sorted)), parts: sorted };
}

/** A page without its points and questions, which are parts of their own; question order stays. */
function pageOwnFields(page: PageData): unknown {
  if (page.kind === 'points' || page.kind === 'summary') {
    const { points: _points, ...own } = page;
    return own;
  }
  if (page.kind === 'quiz') {
    const { questions, ...own } = page;
    return { ...own, questions: questions.map((question) => question.id) };
  }
  return page;
}

/** A missing file hashes as nothing, so adding it later counts as a change. */
function fileHash(course: Course, path: string): string {
  const bytes = course.assets.get(path)?.bytes;
  return sha256(bytes ?? '');
}

/**
 * The glossary entries a lesson's learners meet: its new words, and every glossary word
 * that appears in its text (where the pages show it as a button).
 */
export function glossaryUsed(course: Course, lesson: LessonData): GlossaryEntryData[] {
  const entries = course.data.glossary ?? [];
  const matcher = createGlossaryMatcher(entries);
  const used = new Set((lesson.words ?? []).map((word) => termId(word)));
  if (matcher.pattern) {
    for (const text of lessonTexts(lesson)) {
      for (const match of text.matchAll(matcher.pattern)) {
        const id = matcher.entryFor.get(match[0].replace(/\s+/g, ' ').toLowerCase());
        if (id) used.add(id);
      }
    }
  }
  return entries.filter((entry) => used.has(termId(entry.term)));
}

function lessonTexts(lesson: LessonData): string[] {
  const texts = [lesson.title, lesson.summary];
  for (const page of lesson.pages) {
    texts.push(page.title);
    if (page.kind === 'points' || page.kind === 'summary') texts.push(...page.points.map((point) => point.text));
    else if (page.kind === 'reflection') texts.push(page.prompt, ...(page.help ?? []));
    else {
      for (const question of page.questions) {
        texts.push(question.question, question.feedback.correct, question.feedback.tryAgain);
        for (const choice of question.choices) texts.push(choice.text, choice.feedback ?? '');
      }
    }
  }
  return texts;
}
