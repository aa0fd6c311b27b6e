/** axe-core in the page: injected once per document, run on the whole document per screen. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result, RunOptions } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA as the issue asks, plus the AAA contrast rule: easy-read wants at least 7:1. */
export const axeOptions: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  // An explicit `enabled` wins over `runOnly` tags (axe's ruleShouldRun), so this adds the rule.
  rules: { 'color-contrast-enhanced': { enabled: true } },
  resultTypes: ['violations'],
};

export interface AxeFinding {
  rule: string;
  impact: string;
  screen: string;
  targets: string[];
  summary: string;
}

/** Injects axe if this document does not have it yet. */
export async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!present) await page.addScriptTag({ content: axeSource });
}

/** What `axeInPage` sends back: only what a failure message needs, so walks stay light. */
export interface AxeSummary {
  ran: string[];
  violations: Array<Pick<Result, 'id' | 'impact' | 'help'> & { nodes: Array<{ target: unknown[]; impact?: string | null; failureSummary?: string }> }>;
}

/** Runs in the page (installed with `installInPage`): axe on the whole document. */
export async function axeInPage(options: RunOptions): Promise<AxeSummary> {
  const axe = (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe;
  const results = await axe.run(document, options);
  return {
    ran: [...results.violations, ...results.passes, ...results.incomplete, ...results.inapplicable].map((r) => r.id),
    violations: results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target as unknown[], impact: n.impact, failureSummary: n.failureSummary })),
    })),
  };
}

/** Turns one screen's summary into findings labelled with the screen. */
export function summaryFindings(summary: AxeSummary, screen: string): AxeFinding[] {
  return summary.violations.flatMap((violation) => toFindings(violation as Result, screen));
}

/** Runs axe on the whole document and returns its violations, labelled with `screen`. */
export async function runAxe(page: Page, screen: string): Promise<{ findings: AxeFinding[]; ran: string[] }> {
  await injectAxe(page);
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<AxeResults> } }).axe.run(document, options),
    axeOptions as unknown as Record<string, unknown>,
  );
  const ran = [...results.violations, ...results.passes, ...results.incomplete, ...results.inapplicable].map((r) => r.id);
  return { findings: results.violations.flatMap((violation: Result) => toFindings(violation, screen)), ran };
}

function toFindings(violation: Result, screen: string): AxeFinding[] {
  return violation.nodes.map((node) => ({
    rule: violation.id,
    impact: node.impact ?? violation.impact ?? 'unknown',
    screen,
    targets: (node.target as unknown[]).map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))),
    summary: (node.failureSummary ?? violation.help).replace(/\s+/g, ' ').trim(),
  }));
}

/** One line per finding: rule, screen, target and why. */
export function formatFindings(findings: readonly AxeFinding[]): string {
  return findings.map((f) => `${f.rule} (${f.impact}) on ${f.screen} at ${f.targets.join(', ')}: ${f.summary}`).join('\n');
}
