import type { Severity } from '../../diagnostics/diagnostic.js';
import { pointerSegments } from '../../model/source-file.js';
import type { LintFinding } from '../runner.js';
import { boldMarkup } from '../text/match.js';
import type { Sentence } from '../text/sentences.js';
import { escapeHtml, messageHtml } from './html.js';

/** Severity in words a reader who is not a developer can act on. */
export const severityWords: Record<Severity, string> = { error: 'Must change', warning: 'Should change', info: 'For information' };

/** Findings that share one piece of text, shown together: the text, its marks, its notes. */
export interface FindingGroup {
  where: string;
  /** The text the findings are in, when there is one. */
  text?: string;
  /** Parts of the text to show: the sentences with findings, or the whole text. */
  spans: Array<{ start: number; end: number }>;
  findings: LintFinding[];
}

/** Groups findings by the text they are in, keeping the order they come in. */
export function groupFindings(findings: readonly LintFinding[], fallbackWhere: (finding: LintFinding) => string): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const key = `${finding.diagnostic.file}#${finding.diagnostic.pointer}`;
    let group = groups.get(key);
    if (!group) {
      const text = finding.unit?.text ?? stringAt(finding);
      group = { where: finding.unit?.where ?? fallbackWhere(finding), ...(text !== undefined ? { text } : {}), spans: [], findings: [] };
      groups.set(key, group);
    }
    group.findings.push(finding);
  }
  for (const group of groups.values()) group.spans = spansToShow(group);
  return [...groups.values()];
}

/** The string a finding points into, such as a picture's alt text, when it is not a text unit. */
function stringAt(finding: LintFinding): string | undefined {
  let value: unknown = finding.file.value;
  for (const segment of pointerSegments(finding.diagnostic.pointer)) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[segment] : undefined;
  }
  return typeof value === 'string' ? value : undefined;
}

/** The sentences that have findings in them; the whole text when it is not split into sentences. */
function spansToShow(group: FindingGroup): Array<{ start: number; end: number }> {
  if (group.text === undefined) return [];
  const sentences: Sentence[] = group.findings[0]?.unit?.sentences ?? [];
  if (sentences.length === 0) return [{ start: 0, end: group.text.length }];
  const chosen = sentences.filter((s) => group.findings.some((f) => f.index < s.end && f.index + Math.max(f.length, 1) > s.start));
  return (chosen.length > 0 ? chosen : sentences).map((s) => ({ start: s.start, end: s.end }));
}

/**
 * The text of one span with each finding's words marked and numbered. A finding that covers
 * the whole span (a sentence that is too long) is numbered at its end, not marked, so the
 * marks stay on the words that need changing.
 */
export function markedSpan(text: string, span: { start: number; end: number }, numbered: ReadonlyArray<{ n: number; finding: LintFinding }>): string {
  const inSpan = numbered.filter(({ finding: f }) => f.index >= span.start && f.index <= span.end);
  const marks = inSpan.filter(({ finding: f }) => f.length > 0 && !(f.index <= span.start && f.index + f.length >= span.end));
  const cuts = new Set<number>([span.start, span.end]);
  for (const { finding: f } of marks) {
    cuts.add(Math.max(span.start, f.index));
    cuts.add(Math.min(span.end, f.index + f.length));
  }
  // `**` around a bold word is copack's markup, not words: leave it out of the text shown.
  const boldMarkers = boldMarkup(text).flatMap((b) => [b.index, b.index + b.length - 2]).filter((at) => at >= span.start && at + 2 <= span.end);
  for (const at of boldMarkers) {
    cuts.add(at);
    cuts.add(at + 2);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const isMarker = boldMarkers.includes(from) && to === from + 2;
    const covering = marks.filter(({ finding: f }) => f.index <= from && f.index + f.length >= to);
    const piece = isMarker ? '' : escapeHtml(text.slice(from, to));
    const worst = covering.some(({ finding }) => finding.diagnostic.severity === 'error') ? ' class="error"' : '';
    html += covering.length > 0 && piece !== '' ? `<mark${worst}>${piece}</mark>` : piece;
    const ending = marks.filter(({ finding: f }) => Math.min(span.end, f.index + f.length) === to);
    if (ending.length > 0) html += `<sup>${ending.map(({ n }) => n).join(',')}</sup>`;
  }
  const whole = inSpan.filter((entry) => !marks.includes(entry));
  if (whole.length > 0) html += ` <sup>${whole.map(({ n }) => n).join(',')}</sup>`;
  return html;
}

/** One finding's note: severity in words, message, hint, and where it is for the author. */
export function noteHtml(finding: LintFinding): string {
  const d = finding.diagnostic;
  return [
    `<span class="badge ${d.severity}">${severityWords[d.severity]}</span>`,
    messageHtml(d.message),
    d.hint ? `<span class="hint">${messageHtml(d.hint)}</span>` : '',
    `<span class="meta">${escapeHtml(d.code)} at ${escapeHtml(`${d.file}:${d.line}:${d.column}`)}</span>`,
  ].join(' ');
}

/** A group as HTML: the marked text on the left, the numbered notes beside it. */
export function groupHtml(group: FindingGroup, firstNumber: number): string {
  const numbered = group.findings.map((finding, i) => ({ n: firstNumber + i, finding }));
  const text =
    group.text === undefined
      ? ''
      : group.spans.map((span) => `<p class="text">${markedSpan(group.text!, span, numbered)}</p>`).join('\n');
  const notes = numbered.map(({ n, finding }) => `<li value="${n}">${noteHtml(finding)}</li>`).join('\n');
  return `<div class="finding">
<div><p class="where">${escapeHtml(group.where)}</p>
${text}</div>
<ol class="notes">
${notes}
</ol>
</div>`;
}
