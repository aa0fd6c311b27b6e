/**
 * Finding the pack's rows in a printed PDF. Each row (a point with its picture, a row of a
 * session plan, a quiz question with its choices) is looked for, in page order, in the text
 * the PDF draws; a row whose first and last letters are drawn on different sheets was split.
 */
import type { Page } from 'playwright-core';
import type { PdfPage } from '../pdf-reader.js';

/** What must never be split between two sheets. */
export const rowSelector = '.point, .timeline-row, .question';

export interface PrintedRow {
  kind: string;
  text: string;
  /** The index of the row this one is inside (a point inside a question), or -1. */
  parent: number;
}

export interface RowCheck {
  /** Rows whose text is not in the PDF at all: the measurement could not see them. */
  missing: string[];
  split: string[];
}

/** Letters and digits only: spaces, list markers and punctuation differ between the page and the PDF. */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

/** The rows of the page as it prints: its text under print media, in document order. */
export async function printedRows(page: Page): Promise<PrintedRow[]> {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate((selector) => {
    const rows = Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((el) => el.getClientRects().length > 0);
    return rows.map((el) => {
      const kind = ['timeline-row', 'question', 'point'].find((c) => el.classList.contains(c)) ?? el.className;
      const outer = el.parentElement?.closest(selector);
      return { kind, text: el.innerText, parent: outer ? rows.indexOf(outer as HTMLElement) : -1 };
    });
  }, rowSelector);
}

/** The pack's `@page` margins in points (15mm at the top, 18mm at the bottom), where page numbers and the draft line print. */
export const pageMargins = { top: (15 / 25.4) * 72, bottom: (18 / 25.4) * 72 };

/** The text a sheet draws inside its margins: the page itself, without the lines repeated on every sheet. */
export function contentText(page: PdfPage, margins = pageMargins): string {
  return page.runs
    .filter((run) => run.y >= margins.bottom && run.y <= page.height - margins.top)
    .map((run) => run.text)
    .join('');
}

/**
 * Each row's letters must be drawn together on one sheet. A row that is split is either
 * drawn across a page break in one run, or (a grid row whose columns break apart) only its
 * first letters are together; both are reported with the sheet it starts on. `missing` is a
 * row whose first letters are nowhere: the PDF did not show it and nothing was measured.
 */
export function checkRows(rows: readonly PrintedRow[], pages: readonly PdfPage[]): RowCheck {
  const starts: number[] = [];
  let all = '';
  for (const page of pages) {
    starts.push(all.length);
    all += normalise(contentText(page));
  }
  const sheetOf = (at: number) => starts.findLastIndex((start) => start <= at) + 1;
  const found: Array<number | undefined> = [];
  // Where the next row inside each parent (-1: the page itself) is looked for from.
  const after = new Map<number, number>([[-1, 0]]);
  const result: RowCheck = { missing: [], split: [] };
  rows.forEach((row, i) => {
    const text = normalise(row.text);
    const label = `${row.kind} "${row.text.replace(/\s+/g, ' ').trim().slice(0, 70)}"`;
    const parentAt = row.parent >= 0 ? found[row.parent] : undefined;
    const from = after.get(row.parent) ?? parentAt ?? 0;
    const at = text === '' ? -1 : all.indexOf(text, from);
    if (at >= 0) {
      const end = at + text.length - 1;
      found[i] = at;
      after.set(row.parent, end + 1);
      if (sheetOf(at) !== sheetOf(end)) result.split.push(`${label} runs from sheet ${sheetOf(at)} to sheet ${sheetOf(end)}`);
      return;
    }
    // Not drawn in one piece: how many of its first letters are together, and where?
    let lo = 0;
    let hi = text.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (all.indexOf(text.slice(0, mid), from) >= 0) lo = mid;
      else hi = mid - 1;
    }
    if (lo < Math.min(8, text.length)) {
      result.missing.push(label);
      return;
    }
    const first = all.indexOf(text.slice(0, lo), from);
    found[i] = first;
    after.set(row.parent, first + 1);
    result.split.push(`${label} starts on sheet ${sheetOf(first)}, but only its first ${lo} of ${text.length} letters are drawn together`);
  });
  return result;
}
