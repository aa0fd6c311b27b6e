import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import type { Course } from '../model/course.js';
import type { LintIgnore } from '../model/course-data.js';
import type { SourceFile } from '../model/source-file.js';
import { locate, toPointer } from '../model/source-file.js';
import { isRuleId, rules } from './registry.js';

/** One `lintIgnore` entry: a rule switched off for a lesson, a page or a point, and why. */
export interface Suppression {
  file: SourceFile;
  /** The pointer of the lesson (''), page or point it covers: everything inside it. */
  scope: string;
  ruleId: string;
  reason: string;
  /** Where the entry is written. */
  pointer: string;
  /** Set by the runner when the entry switched off a finding. */
  used: boolean;
}

export function collectSuppressions(course: Course): Suppression[] {
  const found: Suppression[] = [];
  const add = (file: SourceFile, scope: Array<string | number>, ignore: LintIgnore | undefined) => {
    for (const [ruleId, reason] of Object.entries(ignore ?? {})) {
      found.push({ file, scope: toPointer(scope), ruleId, reason, pointer: toPointer([...scope, 'lintIgnore', ruleId]), used: false });
    }
  };
  for (const lesson of course.lessons) {
    add(lesson.source, [], lesson.data.lintIgnore);
    lesson.data.pages.forEach((page, p) => {
      add(lesson.source, ['pages', p], page.lintIgnore);
      if (page.kind === 'points' || page.kind === 'summary') {
        page.points.forEach((point, i) => add(lesson.source, ['pages', p, 'points', i], point.lintIgnore));
      }
    });
  }
  return found;
}

/** Words that say a reason will come later, not what the reason is. */
const placeholders = new Set(['todo', 'tbc', 'tbd', 'n/a', 'na', 'none', 'fix', 'fixme', 'ignore', 'ok', 'okay', 'yes', 'x', 'because', 'reason', 'fine']);

/** A reason is written when it has at least two words and is not a placeholder. */
export function isWrittenReason(reason: string): boolean {
  const words = reason.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  return words.length >= 2 && !placeholders.has(reason.trim().toLowerCase());
}

/**
 * Problems with the suppressions themselves: a rule that does not exist, a missing or
 * empty reason (a suppression must say why, so a reviewer can agree with it), and, for
 * rules that are on, a suppression that switched nothing off (the text changed since).
 */
export function suppressionDiagnostics(suppressions: readonly Suppression[], isEnabled: (id: string) => boolean): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const s of suppressions) {
    const at = (pointer: string, key: boolean) => ({ file: s.file.path, ...locate(s.file, pointer, { key }), pointer });
    if (!isRuleId(s.ruleId)) {
      const guess = suggest(s.ruleId, Object.keys(rules));
      diagnostics.push({
        code: 'lint/unknown-rule',
        severity: 'error',
        ...at(s.pointer, true),
        message: `\`${s.ruleId}\` is not an easy-read check, so this \`lintIgnore\` switches nothing off.`,
        hint: guess ? `Did you mean \`${guess}\`?` : 'See docs/rules.md for the list of checks.',
      });
      continue;
    }
    if (!isWrittenReason(s.reason)) {
      diagnostics.push({
        code: 'lint/suppression-reason',
        severity: 'error',
        ...at(s.pointer, false),
        message: `Switching off \`${s.ruleId}\` needs a reason in words.`,
        hint: 'Say why the check does not apply here, for example `"This is the name of a ward."`, so the people who agree the lesson can see why.',
      });
    }
    if (!s.used && isEnabled(s.ruleId)) {
      diagnostics.push({
        code: 'lint/unused-suppression',
        severity: 'warning',
        ...at(s.pointer, true),
        message: `\`${s.ruleId}\` finds nothing here, so this \`lintIgnore\` is not needed.`,
        hint: 'Remove it, so the check works again if the text changes.',
      });
    }
  }
  return diagnostics;
}
