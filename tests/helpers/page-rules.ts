/**
 * Design §4's page rules, measured in the browser on what is rendered now: the shown screen,
 * the site header and any open dialog. `measurePageRules` runs inside the page (it is passed
 * to `page.evaluate`), so it must not use anything from outside its own body.
 */
import type { Page } from 'playwright-core';

export interface PageRuleLimits {
  /** 16pt: easy-read guidance's smallest body text. */
  minFontPx: number;
  minLineHeight: number;
  maxLineChars: number;
  minPicturePx: number;
  minTargetPx: number;
  fontFamily: string;
}

export const pageRuleLimits: PageRuleLimits = {
  minFontPx: 21.3,
  minLineHeight: 1.5,
  maxLineChars: 60,
  minPicturePx: 96,
  minTargetPx: 44,
  fontFamily: 'Atkinson Hyperlegible',
};

export interface RuleProblem {
  rule: string;
  target: string;
  detail: string;
}

export interface MeasureOptions {
  limits: PageRuleLimits;
  /** Font, line height, alignment, hyphens, italics, underlines, font family. */
  styles: boolean;
  /** Pictures beside text, characters per line, target sizes. */
  layout: boolean;
  /** Horizontal scroll, boxes that hide their content, text outside the viewport. */
  overflow: boolean;
  /** Measure only what is in an open dialog (the screens are measured on their own). */
  dialogOnly?: boolean;
}

/** Runs in the page. Returns every broken rule on what is shown now. */
export function measurePageRules(options: MeasureOptions): RuleProblem[] {
  const { limits } = options;
  const problems: RuleProblem[] = [];
  const doc = document;
  const screens = Array.from(doc.querySelectorAll<HTMLElement>('section.screen')).filter((s) => !s.hidden);
  const roots: Element[] = options.dialogOnly ? [] : [...screens];
  const header = doc.querySelector('.site-header');
  if (header && !options.dialogOnly) roots.unshift(header);
  doc.querySelectorAll('dialog[open]').forEach((d) => roots.push(d));
  if (screens.length !== 1) problems.push({ rule: 'one-screen', target: 'section.screen', detail: `${screens.length} screens are shown` });
  if (options.dialogOnly && roots.length === 0) problems.push({ rule: 'dialog', target: 'dialog', detail: 'no dialog is open' });

  const describe = (el: Element): string => {
    let name = el.tagName.toLowerCase();
    if (el.id) name += `#${el.id}`;
    name += Array.from(el.classList, (c) => `.${c}`).join('');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text ? `${name} "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"` : name;
  };
  const report = (rule: string, el: Element, detail: string) => problems.push({ rule, target: describe(el), detail });
  const style = (el: Element) => getComputedStyle(el);
  const rendered = (el: Element) => el.getClientRects().length > 0 && style(el).visibility !== 'hidden';

  /** Text for screen readers only (clipped to a pixel on purpose) is not seen, so not measured. */
  const screenReaderOnly = (el: Element): boolean => {
    for (let up: Element | null = el; up && up !== doc.body; up = up.parentElement) {
      const cs = style(up);
      const r = up.getBoundingClientRect();
      const clips = cs.overflow !== 'visible' || cs.clip !== 'auto' || cs.clipPath !== 'none';
      if (clips && (r.width <= 1 || r.height <= 1)) return true;
    }
    return false;
  };

  // Rendered text nodes: in a shown element, not in an svg symbol or a script.
  const textNodes: Text[] = [];
  for (const root of roots) {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const parent = text.parentElement;
      if (!parent || !text.data.trim() || parent.closest('script, style, template, svg, noscript')) continue;
      const range = doc.createRange();
      range.selectNodeContents(text);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
      if (rects.length > 0 && style(parent).visibility !== 'hidden' && !screenReaderOnly(parent)) textNodes.push(text);
    }
  }

  const lineTops = (text: Text): number[] => {
    const range = doc.createRange();
    range.selectNodeContents(text);
    const tops: number[] = [];
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width > 0 && !tops.some((t) => Math.abs(t - rect.top) < rect.height / 2)) tops.push(rect.top);
    }
    return tops;
  };

  if (options.styles) {
    const seen = new Set<Element>();
    for (const text of textNodes) {
      const el = text.parentElement!;
      if (seen.has(el)) continue;
      seen.add(el);
      const cs = style(el);
      const size = parseFloat(cs.fontSize);
      if (size < limits.minFontPx) report('font-size', el, `${cs.fontSize} < ${limits.minFontPx}px`);
      if (cs.lineHeight === 'normal') report('line-height', el, `line-height is normal (about 1.2), needs ${limits.minLineHeight}`);
      else if (parseFloat(cs.lineHeight) / size < limits.minLineHeight - 1e-6) report('line-height', el, `${cs.lineHeight} is ${(parseFloat(cs.lineHeight) / size).toFixed(2)} × ${cs.fontSize}`);
      const align = cs.textAlign;
      if (!['left', 'start', '-webkit-left'].includes(align) || (align === 'start' && cs.direction !== 'ltr')) {
        // A one-line label inside a button that fits its words looks the same either way.
        const control = el.closest('button, a.button, [role="button"], summary');
        if (align === 'justify' || !control || lineTops(text).length > 1) report('text-align', el, `text-align: ${align}`);
      }
      const hyphens = cs.hyphens || cs.getPropertyValue('-webkit-hyphens');
      if (hyphens === 'auto') report('hyphens', el, 'hyphens: auto');
      if (cs.fontStyle !== 'normal') report('font-style', el, `font-style: ${cs.fontStyle}`);
      const family = cs.fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
      if (family !== limits.fontFamily) report('font-family', el, `font-family: ${cs.fontFamily}`);
      // Decorations reach the text from any ancestor, so look up the whole chain.
      for (let up: Element | null = el; up; up = up.parentElement) {
        const line = style(up).textDecorationLine;
        if (line !== 'none' && !up.closest('a[href]')) {
          report('text-decoration', el, `text-decoration-line: ${line} on ${describe(up)}, which is not a link`);
          break;
        }
      }
    }
  }

  if (options.layout) {
    // Each point: picture on the left of its words, beside them, at least 96px wide.
    const graphicOf = (box: Element | null) => (box ? (box.matches('img, svg') ? box : box.querySelector('img, svg')) : null);
    const checkPicture = (owner: Element, picture: Element | null, words: Element[], what: string) => {
      const graphic = graphicOf(picture);
      if (!graphic || !rendered(graphic)) return report('picture', owner, `${what} has no picture shown`);
      if (words.length === 0) return report('picture', owner, `${what} has no words`);
      const p = graphic.getBoundingClientRect();
      const boxes = words.map((el) => el.getBoundingClientRect());
      const w = { left: Math.min(...boxes.map((b) => b.left)), top: Math.min(...boxes.map((b) => b.top)), bottom: Math.max(...boxes.map((b) => b.bottom)) };
      // The picture drawn is the content box: padding and borders around it are not picture.
      const gs = style(graphic);
      const drawn = p.width - ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce((sum, k) => sum + parseFloat(gs.getPropertyValue(k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))), 0);
      if (drawn < limits.minPicturePx - 0.01) report('picture-size', owner, `picture is drawn ${drawn.toFixed(1)}px wide (in a ${picture!.getBoundingClientRect().width.toFixed(1)}px box), needs ${limits.minPicturePx}px`);
      if (p.right > w.left + 0.5) report('picture-left', owner, `picture right edge ${p.right.toFixed(1)} is not left of the words at ${w.left.toFixed(1)}`);
      if (!(p.top < w.bottom && w.top < p.bottom)) report('picture-beside', owner, `picture (${p.top.toFixed(0)}–${p.bottom.toFixed(0)}) and words (${w.top.toFixed(0)}–${w.bottom.toFixed(0)}) do not overlap vertically`);
    };
    for (const root of roots) {
      root.querySelectorAll('.point').forEach((point) => {
        if (!rendered(point)) return;
        const picture = point.querySelector('.point-picture');
        // Glossary pictures are optional; a lesson's points always have one (design §2).
        if (!picture && !point.closest('.points')) return;
        // The words: the point's text, and the word it explains in a glossary entry.
        const words = Array.from(point.querySelectorAll('.point-text, .glossary-term'));
        checkPicture(point, picture, words, 'point');
      });
      root.querySelectorAll('button.choice').forEach((choice) => {
        const picture = choice.querySelector('.picture, img, svg[role="img"]');
        if (picture && rendered(choice)) checkPicture(choice, picture, Array.from(choice.querySelectorAll('.choice-text')), 'choice');
      });
    }

    // Characters per rendered line, per block: a line is the characters at one height.
    const blockOf = (el: Element): Element => {
      for (let up: Element | null = el; up; up = up.parentElement) {
        const display = style(up).display;
        if (!display.startsWith('inline') && display !== 'contents') return up;
      }
      return doc.body;
    };
    const lines = new Map<Element, Array<{ top: number; height: number; ch: string }>>();
    for (const text of textNodes) {
      const block = blockOf(text.parentElement!);
      const list = lines.get(block) ?? [];
      lines.set(block, list);
      const range = doc.createRange();
      const data = text.data;
      for (let i = 0; i < data.length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const rect = range.getClientRects()[0];
        if (rect && rect.height > 0) list.push({ top: rect.top, height: rect.height, ch: data[i]! });
      }
    }
    for (const [block, chars] of lines) {
      const rows: Array<{ top: number; height: number; text: string }> = [];
      for (const c of chars) {
        const row = rows.find((r) => Math.abs(r.top - c.top) < Math.min(r.height, c.height) / 2);
        if (row) row.text += c.ch;
        else rows.push({ top: c.top, height: c.height, text: c.ch });
      }
      for (const row of rows) {
        const line = row.text.replace(/\s+/g, ' ').trim();
        if ([...line].length > limits.maxLineChars) report('line-length', block, `${[...line].length} characters on one line: "${line}"`);
      }
    }

    // Targets: everything a learner can click or tab to, at least 44 × 44.
    const interactive = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"], audio[controls], video[controls]';
    for (const root of roots) {
      const candidates = [...(root.matches(interactive) ? [root] : []), ...Array.from(root.querySelectorAll(interactive))];
      for (const el of candidates) {
        if (!rendered(el)) continue;
        const r = el.getBoundingClientRect();
        // Off the page until focused, like a skip link: checked when it has focus.
        if (r.bottom + scrollY <= 0 || r.right + scrollX <= 0) continue;
        if (r.width < limits.minTargetPx - 0.01 || r.height < limits.minTargetPx - 0.01) report('target-size', el, `${r.width.toFixed(1)} × ${r.height.toFixed(1)}px`);
      }
    }
  }

  if (options.overflow) {
    const root = doc.documentElement;
    if (root.scrollWidth > root.clientWidth) report('horizontal-scroll', root, `the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
    for (const scope of roots) {
      for (const el of [scope, ...Array.from(scope.querySelectorAll('*'))]) {
        if (!rendered(el) || el.closest('svg') || screenReaderOnly(el)) continue;
        const cs = style(el);
        const hides = (v: string) => v === 'hidden' || v === 'clip';
        if (hides(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) report('clipped', el, `overflow-x: ${cs.overflowX}, content ${el.scrollWidth}px in ${el.clientWidth}px`);
        if (hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1) report('clipped', el, `overflow-y: ${cs.overflowY}, content ${el.scrollHeight}px in ${el.clientHeight}px`);
      }
    }
    const width = root.clientWidth;
    for (const text of textNodes) {
      const range = doc.createRange();
      range.selectNodeContents(text);
      const out = Array.from(range.getClientRects()).find((r) => r.width > 0 && (r.left + scrollX < -0.5 || r.right + scrollX > width + 0.5));
      if (out) report('text-outside', text.parentElement!, `text runs from ${(out.left + scrollX).toFixed(0)} to ${(out.right + scrollX).toFixed(0)} in a ${width}px page`);
    }
  }
  return problems;
}

/** WCAG 1.4.12 text spacing, as the W3C's own test bookmarklet sets it. */
export const textSpacingCss = `
*, *::before, *::after {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }
`;

export async function pageRuleProblems(page: Page, options: Partial<Omit<MeasureOptions, 'limits'>> & { limits?: PageRuleLimits } = {}): Promise<RuleProblem[]> {
  return page.evaluate(measurePageRules, {
    limits: options.limits ?? pageRuleLimits,
    styles: options.styles ?? true,
    layout: options.layout ?? true,
    overflow: options.overflow ?? true,
    dialogOnly: options.dialogOnly ?? false,
  });
}

export interface ScreenProblem extends RuleProblem {
  screen: string;
  mode: string;
}

/**
 * One line per kind of problem (rule, element, mode), with how many screens have it and the
 * first few in full: the same template breaks a rule on many screens at once.
 */
export function formatProblems(problems: readonly ScreenProblem[]): string {
  const groups = new Map<string, ScreenProblem[]>();
  for (const p of problems) {
    const element = p.target.replace(/ ".*$/s, '').replace(/#[^.]*/, '');
    const key = `${p.rule} at ${element} [${p.mode}]`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups]
    .map(([key, list]) => {
      const screens = new Set(list.map((p) => p.screen));
      const examples = list.slice(0, 3).map((p) => `    ${p.screen}: ${p.target}: ${p.detail}`);
      return `${key} on ${screens.size} screen(s), ${list.length} time(s):\n${examples.join('\n')}`;
    })
    .join('\n');
}
