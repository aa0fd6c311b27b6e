/**
 * A learner going through a course in a frame: screen by screen with Next, answering every
 * question and writing in every reflection box. Used by the SCORM tests in any frame layout.
 */
import type { Frame } from 'playwright-core';

/** The screen shown in the content now. */
export async function shownScreen(content: Frame): Promise<string> {
  return content.evaluate(() => {
    const shown = Array.from(document.querySelectorAll('section[data-screen]:not([hidden])'));
    if (shown.length !== 1) throw new Error(`${shown.length} screens are shown at once`);
    return shown[0]!.getAttribute('data-screen')!;
  });
}

/** The learner-visible screens in order, from the page's own data (`layout.screens`). */
export async function courseScreens(content: Frame): Promise<string[]> {
  return content.evaluate(() => (JSON.parse(document.getElementById('copack-data')!.textContent!) as { layout: { screens: string[] } }).layout.screens);
}

export interface ClickThrough {
  /** Every screen shown, in order, from the first to the finish screen. */
  visited: string[];
  /** Question key → the choice ids clicked, in order. */
  answers: Record<string, string[]>;
  /** Reflection key → the text typed. */
  reflections: Record<string, string>;
}

export const reflectionText = (key: string) => `My words for ${key}: I listen and I take turns.`;

/**
 * Goes through the whole course with Next, as a learner does: on each quiz screen chooses an
 * answer (the first question wrong and then right, every other question right at once), on
 * each reflection screen types some words, and stops on the screen with no Next (the finish).
 * `stopAt` ends the walk early, on that screen.
 *
 * Answers and reflections use Playwright's real mouse and keyboard. Next is activated inside
 * the page (the link's own click, so the same hash change and screen change as a learner's
 * click) in the same round trip that reads the following screen: a real click costs 100-200 ms
 * under load, and the walk has some 80 screens. The site's own browser tests click Next for real.
 */
export async function clickThrough(content: Frame, options: { stopAt?: string; maxScreens?: number } = {}): Promise<ClickThrough> {
  const result: ClickThrough = { visited: [], answers: {}, reflections: {} };
  let firstQuestion = true;
  let screen = await describeScreen(content, false);
  for (let step = 0; step < (options.maxScreens ?? 200); step++) {
    result.visited.push(screen.hash);
    if (screen.hash === options.stopAt) return result;
    const shown = content.locator(`section[data-screen="${screen.hash}"]`);
    for (const question of screen.questions) {
      const choice = (id: string) => shown.locator(`[data-question="${question.key}"] button.choice[data-choice="${id}"]`);
      const clicks = firstQuestion ? [question.wrong, question.right] : [question.right];
      firstQuestion = false;
      for (const id of clicks) {
        await choice(id).click();
        await choice(id).and(content.locator('[aria-pressed="true"]')).waitFor();
      }
      result.answers[question.key] = clicks;
    }
    for (const key of screen.reflections) {
      result.reflections[key] = reflectionText(key);
      await shown.locator(`textarea[data-reflection="${key}"]`).fill(result.reflections[key]);
    }
    if (screen.next === null) return result;
    const from = screen.hash;
    screen = await withTimeout(describeScreen(content, true), 5_000, `Next on ${from} to show ${screen.next}`);
  }
  throw new Error(`The course did not reach a screen without Next in ${options.maxScreens ?? 200} screens`);
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface ScreenFacts {
  hash: string;
  /** Each question: its key, its first wrong choice and its first right one. */
  questions: Array<{ key: string; wrong: string; right: string }>;
  reflections: string[];
  /** Where Next goes, or `null` on the last screen. */
  next: string | null;
}

/** What is on the screen shown now, after activating its Next link and waiting for the next screen if `next`. */
async function describeScreen(content: Frame, next: boolean): Promise<ScreenFacts> {
  return content.evaluate(async (goNext) => {
    const shownScreen = () => {
      const shown = Array.from(document.querySelectorAll('section[data-screen]:not([hidden])'));
      if (shown.length !== 1) throw new Error(`${shown.length} screens are shown at once`);
      return shown[0]!;
    };
    if (goNext) {
      const link = shownScreen().querySelector<HTMLElement>('[data-nav="next"]')!;
      const target = link.getAttribute('href');
      const arrived = () => document.querySelector('section[data-screen]:not([hidden])')?.getAttribute('data-screen') === target;
      // Focus first, as a pointer does: a reflection box loses focus, and saves, before the screen changes.
      link.focus();
      link.click();
      // The screen changes on `hashchange`, a task later. Watched without timers, so this
      // works under a paused fake clock too.
      if (!arrived()) {
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (!arrived()) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
        });
      }
    }
    const screen = shownScreen();
    const choice = (question: Element, correct: string) => question.querySelector(`button.choice[data-correct="${correct}"]`)?.getAttribute('data-choice') ?? '';
    return {
      hash: screen.getAttribute('data-screen')!,
      questions: Array.from(screen.querySelectorAll('[data-question]'), (q) => ({ key: q.getAttribute('data-question')!, wrong: choice(q, 'false'), right: choice(q, 'true') })),
      reflections: Array.from(screen.querySelectorAll('textarea[data-reflection]'), (box) => box.getAttribute('data-reflection')!),
      next: screen.querySelector('[data-nav="next"]')?.getAttribute('href') ?? null,
    };
  }, next);
}
