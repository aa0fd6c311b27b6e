import type { DiagnosticCode } from './codes.js';

/** How serious a diagnostic is. Config spells `warning` as `warn`, like ESLint. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem found in a course. Diagnostics are data: every stage reports them into a
 * sink and carries on, so one run shows every problem of every course at once.
 */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** Path from the working folder, with forward slashes. */
  file: string;
  /** 1-based line and column of the offending value (UTF-16 columns, as editors count). */
  line: number;
  column: number;
  /** JSON pointer of the offending value in `file` ('' for the whole document). */
  pointer: string;
  /** One sentence; values in backticks. */
  message: string;
  /** How to fix it, when there is something useful to say. */
  hint?: string;
}

export type Report = (diagnostic: Diagnostic) => void;

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The one order diagnostics are shown in: file, line, column, code. Stable across runs. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.code, b.code) ||
    severityOrder[a.severity] - severityOrder[b.severity] ||
    compareStrings(a.message, b.message)
  );
}

/** Code-unit comparison, not locale comparison: the same order on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
