import type { Diagnostic, Severity } from './diagnostic.js';
import { countDiagnostics } from './diagnostic.js';

export type FormatName = 'stylish' | 'json';

export interface FormatOptions {
  /** Colour only when writing to a terminal. */
  color: boolean;
  courseCount: number;
}

const ansi = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const palette = { red: ansi('31'), yellow: ansi('33'), cyan: ansi('36'), dim: ansi('2'), bold: ansi('1'), green: ansi('32') };
const plain = (text: string) => text;

const severityColour: Record<Severity, keyof typeof palette> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** Compiler-style lines: `file:line:col  severity  code  message`, the hint underneath, then a summary. */
export function formatStylish(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const paint = (colour: keyof typeof palette) => (options.color ? palette[colour] : plain);
  const lines: string[] = [];
  for (const d of diagnostics) {
    lines.push(`${paint('bold')(`${d.file}:${d.line}:${d.column}`)}  ${paint(severityColour[d.severity])(d.severity)}  ${paint('dim')(d.code)}  ${d.message}`);
    if (d.hint) lines.push(`    ${paint('dim')(`hint: ${d.hint}`)}`);
  }
  const { errors, warnings, infos } = countDiagnostics(diagnostics);
  const courses = `${options.courseCount} ${options.courseCount === 1 ? 'course' : 'courses'}`;
  if (diagnostics.length > 0) lines.push('');
  if (errors + warnings + infos === 0) {
    lines.push(paint('green')(`✔ ${courses} checked: no problems.`));
  } else {
    const parts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos > 0 ? [plural(infos, 'note')] : [])];
    lines.push(paint(errors > 0 ? 'red' : 'yellow')(`${errors > 0 ? '✖' : '⚠'} ${courses} checked: ${parts.join(', ')}.`));
  }
  return `${lines.join('\n')}\n`;
}

/** The same diagnostics as data, for editors and CI. */
export function formatJson(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const counts = countDiagnostics(diagnostics);
  return `${JSON.stringify({ courses: options.courseCount, ...counts, diagnostics }, null, 2)}\n`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatDiagnostics(format: FormatName, diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  return format === 'json' ? formatJson(diagnostics, options) : formatStylish(diagnostics, options);
}
