import type { Course, Lesson } from '../model/course.js';
import type { PageData, PointData } from '../model/course-data.js';
import { noGlossary, termId, toSegments, type GlossaryMatcher } from '../render/inline-text.js';
import type { PagePictures } from './guide-pictures.js';
import type { HandoutPageView, HandoutView, PictureRowView } from './guide-view.js';
import { handoutWords } from './guide-words.js';
import { glossaryMatcher, wordsView } from './view-words.js';

/**
 * A lesson as an easy-read handout for the group: every page in order, one point to a row
 * with its picture on the left; quiz questions with their choices and a box to tick, but no
 * answer marked; reflections with room to write or draw; and the glossary words it uses.
 */
export function handoutView(course: Course, lesson: Lesson, pictures: PagePictures): HandoutView {
  const glossary = glossaryMatcher(course.data.glossary ?? []);
  const marked = new Set<string>((lesson.data.words ?? []).map(termId));
  const pages = lesson.data.pages.map((page) => {
    // Like a screen, each page makes a glossary word bold on its first use there.
    const explained = new Set<string>();
    const view = pageView(page, glossary, explained, pictures);
    for (const id of explained) marked.add(id);
    return view;
  });
  const words = wordsView(course, marked, pictures);
  return {
    title: lesson.data.title,
    summary: { segments: toSegments(lesson.data.summary, noGlossary, new Set()) },
    boldNote: pages.length > 0 && words.length > 0 ? handoutWords.boldNote : false,
    pages,
    words,
    hasWords: words.length > 0,
    labels: { tick: handoutWords.tick, space: handoutWords.space, help: handoutWords.help, words: handoutWords.words, wordsIntro: handoutWords.wordsIntro },
  };
}

function pageView(page: PageData, glossary: GlossaryMatcher, explained: Set<string>, pictures: PagePictures): HandoutPageView {
  const view: HandoutPageView = { title: page.title, points: [], isPoints: false, questions: [], isQuiz: false, reflection: false };
  const row = (point: PointData): PictureRowView => ({ picture: pictures.view(point.picture), segments: toSegments(point.text, glossary, explained) });
  if (page.kind === 'points' || page.kind === 'summary') {
    view.isPoints = true;
    view.points = page.points.map(row);
  } else if (page.kind === 'quiz') {
    view.isQuiz = true;
    view.questions = page.questions.map((question, q) => ({
      count: page.questions.length > 1 ? handoutWords.question(q + 1, page.questions.length) : false,
      question: { picture: pictures.view(question.picture), segments: toSegments(question.question, glossary, explained) },
      // The choices only: which is right is for the group to talk about, not printed.
      choices: question.choices.map((choice) => ({ picture: pictures.view(choice.picture), segments: toSegments(choice.text, glossary, explained) })),
    }));
  } else {
    const prompt = { picture: pictures.view(page.picture), segments: toSegments(page.prompt, glossary, explained) };
    const help = (page.help ?? []).map((text) => ({ segments: toSegments(text, glossary, explained) }));
    view.reflection = { prompt, help, hasHelp: help.length > 0 };
  }
  return view;
}
