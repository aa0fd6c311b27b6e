/*
 * The site's script: shows one screen at a time, remembers progress, answers and settings,
 * explains glossary words and reads text aloud. A classic script with no dependencies, so
 * it runs from file:// and inside any LMS frame. Without it, every screen still shows, one
 * under another, and every link works.
 */
(function () {
  interface CourseData {
    course: string;
    version: string;
    lessons: Array<{ id: string; screens: string[] }>;
    completion: { rule: string; passMark: number | null };
  }
  interface Progress {
    visited: Record<string, true>;
    /** Question key → the choice the learner picked last. */
    answers: Record<string, string>;
    /** Question key → whether the learner's first answer was right. */
    firstTry: Record<string, boolean>;
    reflections: Record<string, string>;
    settings: { contrast: boolean; textSize: boolean };
    last: string;
  }

  const dataElement = document.getElementById('copack-data');
  if (!dataElement) return;
  const data = JSON.parse(dataElement.textContent || '{}') as CourseData;
  const storageKey = 'copack:' + data.course;
  const root = document.documentElement;
  root.classList.add('js');

  const emptyProgress = (): Progress => ({ visited: {}, answers: {}, firstTry: {}, reflections: {}, settings: { contrast: false, textSize: false }, last: '' });

  /** Progress lives in localStorage when the browser allows it, else only for this visit. */
  function load(): Progress {
    try {
      const saved = JSON.parse(window.localStorage.getItem(storageKey) || 'null') as Partial<Progress> | null;
      return Object.assign(emptyProgress(), saved || {});
    } catch (_error) {
      return emptyProgress();
    }
  }
  const progress = load();
  function save(): void {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(progress));
    } catch (_error) {
      // Private browsing or a full store: progress is kept for this visit only.
    }
  }

  const screens = Array.prototype.slice.call(document.querySelectorAll('[data-screen]')) as HTMLElement[];
  const byHash: Record<string, HTMLElement> = {};
  screens.forEach((screen) => (byHash[screen.getAttribute('data-screen') || ''] = screen));
  const courseTitle = document.title;

  // ---- Screens -------------------------------------------------------------------------
  function show(hash: string, moveFocus: boolean): void {
    const target = byHash[hash] || byHash['#/'];
    if (!target) return;
    screens.forEach((screen) => (screen.hidden = screen !== target));
    const heading = target.querySelector('h1');
    document.title = (heading ? heading.textContent + ' - ' : '') + courseTitle;
    const route = target.getAttribute('data-screen') || '#/';
    progress.visited[route] = true;
    progress.last = route;
    save();
    refreshTicks();
    if (route === '#/finish') showScore();
    if (moveFocus && heading) heading.focus();
    window.scrollTo(0, 0);
  }

  window.addEventListener('hashchange', () => {
    // Other anchors, such as the skip link or a glossary word, are not screens.
    if (location.hash.indexOf('#/') === 0 || location.hash === '') show(location.hash || '#/', true);
  });

  function refreshTicks(): void {
    data.lessons.forEach((lesson) => {
      const done = lesson.screens.every((hash) => progress.visited[hash]);
      const tick = document.querySelector('[data-lesson-done="' + lesson.id + '"]') as HTMLElement | null;
      if (tick) tick.hidden = !done;
    });
  }

  // ---- Settings ------------------------------------------------------------------------
  const settingClass: Record<string, { key: 'contrast' | 'textSize'; className: string }> = {
    contrast: { key: 'contrast', className: 'high-contrast' },
    'text-size': { key: 'textSize', className: 'large-text' },
  };
  function applySettings(): void {
    Object.keys(settingClass).forEach((name) => {
      const setting = settingClass[name]!;
      const on = progress.settings[setting.key];
      root.classList.toggle(setting.className, on);
      const button = document.querySelector('[data-setting="' + name + '"]');
      if (button) button.setAttribute('aria-pressed', String(on));
    });
  }
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('[data-setting]');
    if (!button) return;
    const setting = settingClass[button.getAttribute('data-setting') || ''];
    if (!setting) return;
    progress.settings[setting.key] = !progress.settings[setting.key];
    applySettings();
    save();
  });

  // ---- Glossary ------------------------------------------------------------------------
  const dialog = document.getElementById('glossary-dialog') as HTMLDialogElement | null;
  let opener: HTMLElement | null = null;
  document.addEventListener('click', (event) => {
    const term = (event.target as Element).closest('button.term') as HTMLElement | null;
    if (!term || !dialog) return;
    const entry = document.getElementById(term.getAttribute('data-term') || '');
    if (!entry) return;
    const title = dialog.querySelector('.dialog-term');
    const body = dialog.querySelector('.dialog-body');
    const word = entry.querySelector('.glossary-term');
    if (title) title.textContent = word ? word.textContent : term.textContent;
    if (body) {
      body.textContent = '';
      const picture = entry.querySelector('.point-picture');
      const meaning = entry.querySelector('.glossary-meaning');
      if (picture) body.appendChild(picture.cloneNode(true));
      if (meaning) {
        const copy = document.createElement('p');
        copy.className = 'dialog-meaning';
        copy.textContent = meaning.textContent;
        body.appendChild(copy);
      }
    }
    opener = term;
    dialog.showModal();
    const close = dialog.querySelector('[data-close]') as HTMLElement | null;
    if (close) close.focus();
  });
  if (dialog) {
    dialog.addEventListener('click', (event) => {
      if ((event.target as Element).closest('[data-close]') || event.target === dialog) dialog.close();
    });
    dialog.addEventListener('close', () => {
      if (opener) opener.focus();
      opener = null;
    });
  }

  // ---- Quizzes -------------------------------------------------------------------------
  function choose(button: HTMLElement, record: boolean): void {
    const question = button.closest('[data-question]') as HTMLElement | null;
    if (!question) return;
    const key = question.getAttribute('data-question') || '';
    const right = button.getAttribute('data-correct') === 'true';
    Array.prototype.forEach.call(question.querySelectorAll('.choice'), (choice: HTMLElement) => {
      choice.setAttribute('aria-pressed', String(choice === button));
      choice.classList.remove('is-right', 'is-wrong');
    });
    button.classList.add(right ? 'is-right' : 'is-wrong');
    const feedback = question.querySelector('.feedback') as HTMLElement | null;
    if (feedback) {
      const own = button.getAttribute('data-feedback');
      const general = feedback.getAttribute(right ? 'data-correct-text' : 'data-try-again-text') || '';
      feedback.textContent = own || general;
      feedback.className = 'feedback ' + (right ? 'feedback-right' : 'feedback-wrong');
    }
    if (record) {
      if (!(key in progress.firstTry)) progress.firstTry[key] = right;
      progress.answers[key] = button.getAttribute('data-choice') || '';
      save();
    }
  }
  document.addEventListener('click', (event) => {
    const choice = (event.target as Element).closest('button.choice') as HTMLElement | null;
    if (choice) choose(choice, true);
  });

  function showScore(): void {
    const score = document.querySelector('[data-score]') as HTMLElement | null;
    const questions = document.querySelectorAll('[data-question]').length;
    if (!score || questions === 0) return;
    const right = Object.keys(progress.firstTry).filter((key) => progress.firstTry[key]).length;
    score.textContent = 'You got ' + right + ' of ' + questions + ' questions right first time.';
    score.hidden = false;
  }

  // ---- Reflections ---------------------------------------------------------------------
  Array.prototype.forEach.call(document.querySelectorAll('textarea[data-reflection]'), (box: HTMLTextAreaElement) => {
    const key = box.getAttribute('data-reflection') || '';
    box.value = progress.reflections[key] || '';
    let timer = 0;
    const keep = () => {
      progress.reflections[key] = box.value;
      save();
    };
    box.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(keep, 400);
    });
    box.addEventListener('blur', keep);
  });

  // ---- Read aloud ----------------------------------------------------------------------
  if ('speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function') {
    Array.prototype.forEach.call(document.querySelectorAll('.read-aloud'), (button: HTMLElement) => (button.hidden = false));
    document.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('.read-aloud') as HTMLElement | null;
      if (!button) return;
      const screen = button.closest('[data-screen]');
      const text = button.classList.contains('read-page') && screen
        ? Array.prototype.map.call(screen.querySelectorAll('h1, .point-text, .choice-text'), (el: Element) => el.textContent).join('. ')
        : button.getAttribute('data-speak') || '';
      window.speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = root.lang;
      utterance.rate = 0.9;
      window.speechSynthesis.speak(utterance);
    });
  }

  // ---- Start ---------------------------------------------------------------------------
  Array.prototype.forEach.call(document.querySelectorAll('[data-question]'), (question: HTMLElement) => {
    const picked = progress.answers[question.getAttribute('data-question') || ''];
    const button = picked ? (question.querySelector('[data-choice="' + picked + '"]') as HTMLElement | null) : null;
    if (button) choose(button, false);
  });
  applySettings();
  show(location.hash.indexOf('#/') === 0 ? location.hash : '#/', false);
})();
