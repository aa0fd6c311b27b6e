/** Moving through the site with the keyboard alone, checking that focus can always be seen. */
import type { Page } from 'playwright-core';

export interface FocusState {
  /** A short description of the focused element. */
  what: string;
  matches: boolean;
  /** `:focus-visible` applies and draws an outline (or a ring of box-shadow). */
  visible: boolean;
  detail: string;
}

/** Describes the focused element and whether it matches `selector` and shows its focus. */
export async function focusState(page: Page, selector: string): Promise<FocusState> {
  return page.evaluate((sel) => {
    const el = document.activeElement;
    if (!el || el === document.body) return { what: 'nothing (body)', matches: false, visible: false, detail: 'no element has focus' };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const ring = cs.boxShadow !== 'none';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return {
      what: `${el.tagName.toLowerCase()}${Array.from(el.classList, (c) => `.${c}`).join('')}${text ? ` "${text}"` : ''}`,
      matches: el.matches(sel),
      visible: el.matches(':focus-visible') && (outline || ring),
      detail: `focus-visible: ${el.matches(':focus-visible')}, outline: ${cs.outlineStyle} ${cs.outlineWidth}, box-shadow: ${cs.boxShadow}`,
    };
  }, selector);
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`. Every element that
 * takes focus on the way must show it; those that do not are added to `unseen`.
 */
export async function tabTo(page: Page, selector: string, unseen: string[], options: { back?: boolean; max?: number } = {}): Promise<FocusState> {
  const key = options.back ? 'Shift+Tab' : 'Tab';
  const passed: string[] = [];
  for (let i = 0; i < (options.max ?? 80); i++) {
    await page.keyboard.press(key);
    const state = await focusState(page, selector);
    passed.push(state.what);
    if (state.what !== 'nothing (body)' && !state.visible) unseen.push(`${state.what} (${state.detail})`);
    if (state.matches) return state;
  }
  throw new Error(`${key} never reached ${selector}; focus went through:\n  ${passed.join('\n  ')}`);
}

/** What has focus: which screen's heading, if it is one. */
export async function focusedHeading(page: Page): Promise<{ screen: string | null; tag: string; title: string }> {
  return page.evaluate(() => {
    const el = document.activeElement!;
    return { screen: el.closest('section.screen')?.getAttribute('data-screen') ?? null, tag: el.tagName.toLowerCase(), title: document.title };
  });
}
