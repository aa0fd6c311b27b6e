/*
 * The page's script: shows one screen at a time, keeps progress, answers and settings,
 * explains glossary words and reads text aloud. Without it every screen still shows, one
 * under another, and every link works. Progress goes through the LMS plugin (`Lms`), which
 * keeps it in the LMS, or in the browser when there is none.
 */
import type { InteractionReport, Lms } from '../../scorm/runtime/bridge.js';
import type { ClientData } from '../view-types.js';
import { cleanReflection, decodeProgress, emptyProgress, encodeProgress, type Progress } from './progress-codec.js';
import { setUpReadAloud } from './read-aloud.js';
import { setUpGlossary } from './glossary-dialog.js';

const all = <T extends Element>(selector: string, root: ParentNode = document) => Array.prototype.slice.call(root.querySelectorAll(selector)) as T[];

export function startSite(lms: Lms): void {
  const dataElement = document.getElementById('copack-data');
  if (!dataElement) return;
  const data = JSON.parse(dataElement.textContent || '{}') as ClientData;
  const root = document.documentElement;
  root.classList.add('js');

  const started = lms.start();
  const progress: Progress = (started.suspendData && decodeProgress(started.suspendData, data.layout)) || emptyProgress();
  let location = started.location || '#/';

  const screens = all<HTMLElement>('[data-screen]');
  const byHash: Record<string, HTMLElement> = {};
  screens.forEach((screen) => (byHash[screen.getAttribute('data-screen') || ''] = screen));
  const courseTitle = document.title;
  const questionCount = data.layout.questions.length;

  /** How the course stands against its completion rule, for the LMS. */
  function save(commit: boolean): void {
    const answered = data.layout.questions.filter((q) => progress.answers[q.key] !== undefined).length;
    const right = data.layout.questions.filter((q) => isRight(q.key, progress.answers[q.key])).length;
    const score = questionCount > 0 ? Math.round((100 * right) / questionCount) : null;
    const allSeen = data.layout.screens.every((hash) => progress.visited[hash]);
    const allAnswered = answered === questionCount;
    const { rule, passMark } = data.completion;
    const judged = rule === 'pass-mark' && allAnswered && score !== null && passMark !== null ? score >= passMark : null;
    const completed = rule === 'all-pages' ? allSeen : rule === 'all-quizzes' ? allAnswered : judged === true;
    // With a pass mark the LMS judges success from any score it gets (1.2 masteryscore, 2004
    // minNormalizedMeasure): send one only once every question is answered, and one under the
    // mark only when the course asks for fails to be reported.
    const holdBack = rule === 'pass-mark' && (judged === null || (judged === false && !data.completion.reportFailed));
    lms.report(
      { location, suspendData: encodeProgress(progress, data.layout), completed, score: holdBack ? null : score, passed: holdBack ? null : judged },
      commit,
    );
  }

  function isRight(key: string, choiceId: string | undefined): boolean {
    if (choiceId === undefined) return false;
    const button = document.querySelector(`[data-question="${key}"] [data-choice="${choiceId}"]`);
    return button !== null && button.getAttribute('data-correct') === 'true';
  }

  // ---- Screens -------------------------------------------------------------------------
  function show(hash: string, moveFocus: boolean): void {
    const target = byHash[hash] || byHash['#/'];
    if (!target) return;
    screens.forEach((screen) => (screen.hidden = screen !== target));
    const heading = target.querySelector('h1');
    document.title = (heading ? `${heading.textContent} - ` : '') + courseTitle;
    location = target.getAttribute('data-screen') || '#/';
    progress.visited[location] = true;
    refreshTicks();
    if (location === '#/finish') showScore();
    if (moveFocus && heading) heading.focus();
    window.scrollTo(0, 0);
    save(true);
  }

  window.addEventListener('hashchange', () => {
    // Other anchors, such as the skip link or a word in the word list, are not screens.
    if (window.location.hash.indexOf('#/') === 0 || window.location.hash === '') show(window.location.hash || '#/', true);
  });

  function refreshTicks(): void {
    data.lessons.forEach((lesson) => {
      const tick = document.querySelector<HTMLElement>(`[data-lesson-done="${lesson.id}"]`);
      if (tick) tick.hidden = !lesson.screens.every((hash) => progress.visited[hash]);
    });
  }

  // ---- Settings ------------------------------------------------------------------------
  const settings: Record<string, { key: 'contrast' | 'textSize'; className: string }> = {
    contrast: { key: 'contrast', className: 'high-contrast' },
    'text-size': { key: 'textSize', className: 'large-text' },
  };
  function applySettings(): void {
    for (const name of Object.keys(settings)) {
      const setting = settings[name]!;
      root.classList.toggle(setting.className, progress.settings[setting.key]);
      document.querySelector(`[data-setting="${name}"]`)?.setAttribute('aria-pressed', String(progress.settings[setting.key]));
    }
  }
  document.addEventListener('click', (event) => {
    const setting = settings[(event.target as Element).closest('[data-setting]')?.getAttribute('data-setting') ?? ''];
    if (!setting) return;
    progress.settings[setting.key] = !progress.settings[setting.key];
    applySettings();
    save(false);
  });

  // ---- Quizzes -------------------------------------------------------------------------
  function choose(button: HTMLElement, record: boolean): void {
    const question = button.closest<HTMLElement>('[data-question]');
    if (!question) return;
    const key = question.getAttribute('data-question') || '';
    const right = button.getAttribute('data-correct') === 'true';
    const choices = all<HTMLElement>('.choice', question);
    for (const choice of choices) {
      choice.setAttribute('aria-pressed', String(choice === button));
      choice.classList.remove('is-right', 'is-wrong');
    }
    button.classList.add(right ? 'is-right' : 'is-wrong');
    const feedback = question.querySelector<HTMLElement>('.feedback');
    if (feedback) {
      feedback.textContent = button.getAttribute('data-feedback') || feedback.getAttribute(right ? 'data-correct-text' : 'data-try-again-text') || '';
      feedback.className = `feedback ${right ? 'feedback-right' : 'feedback-wrong'}`;
    }
    if (!record) return;
    if (!(key in progress.firstTry)) progress.firstTry[key] = right;
    progress.answers[key] = button.getAttribute('data-choice') || '';
    const at = (choice: HTMLElement) => ({ id: choice.getAttribute('data-choice') || '', index: choices.indexOf(choice) });
    const answer: InteractionReport = {
      id: `q-${key.replace(/\//g, '-')}`,
      description: question.querySelector('.question-text')?.textContent ?? '',
      response: at(button),
      correct: choices.filter((c) => c.getAttribute('data-correct') === 'true').map(at),
      result: right,
    };
    lms.interaction(answer);
    save(true);
  }
  document.addEventListener('click', (event) => {
    const choice = (event.target as Element).closest<HTMLElement>('button.choice');
    if (choice) choose(choice, true);
  });

  function showScore(): void {
    const score = document.querySelector<HTMLElement>('[data-score]');
    if (!score || questionCount === 0) return;
    const right = data.layout.questions.filter((q) => isRight(q.key, progress.answers[q.key])).length;
    score.textContent = `You got ${right} of ${questionCount} questions right.`;
    score.hidden = false;
  }

  // ---- Reflections ---------------------------------------------------------------------
  for (const box of all<HTMLTextAreaElement>('textarea[data-reflection]')) {
    const key = box.getAttribute('data-reflection') || '';
    box.value = progress.reflections[key] || '';
    let timer = 0;
    const keep = () => {
      progress.reflections[key] = cleanReflection(box.value);
      save(false);
    };
    box.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(keep, 400);
    });
    box.addEventListener('blur', keep);
  }

  // ---- Start ---------------------------------------------------------------------------
  for (const question of all<HTMLElement>('[data-question]')) {
    const picked = progress.answers[question.getAttribute('data-question') || ''];
    const button = picked ? question.querySelector<HTMLElement>(`[data-choice="${picked}"]`) : null;
    if (button) choose(button, false);
  }
  setUpGlossary();
  setUpReadAloud(root.lang);
  applySettings();
  if (started.learnerName) greet(started.learnerName);
  // A bookmark in the address wins; otherwise resume where the learner was.
  show(window.location.hash.indexOf('#/') === 0 ? window.location.hash : location, false);
}

/** The LMS knows the learner's name ("Taylor, Sam" in SCORM): greet them on the home screen. */
function greet(name: string): void {
  const parts = name.split(',').map((p) => p.trim()).filter(Boolean);
  const first = parts.length > 1 ? parts[1] : parts[0];
  const home = document.querySelector('[data-screen="#/"] h1');
  if (!first || !home) return;
  const hello = document.createElement('p');
  hello.className = 'greeting';
  hello.textContent = `Hello ${first}.`;
  home.insertAdjacentElement('afterend', hello);
}
