import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import type { Course } from '../model/course.js';
import { locate, locateInString, type SourceFile } from '../model/source-file.js';
import type { LintConfig } from './config.js';
import { isRuleId, rules, type RuleId } from './registry.js';
import { collectSuppressions, suppressionDiagnostics, type Suppression } from './suppressions.js';
import { createGlossary } from './text/glossary.js';
import { collectTextUnits, type TextUnit } from './text/text-units.js';
import type { LintContext, Problem, Rule, SeverityName } from './types.js';

/** One reported problem with the text it is in, so the report can show the words. */
export interface LintFinding {
  ruleId: RuleId;
  diagnostic: Diagnostic;
  /** The file the problem is in. */
  file: SourceFile;
  /** The text the problem is in, when it is in one; `index` and `length` are in it. */
  unit?: TextUnit;
  index: number;
  length: number;
}

export interface LintResult {
  /** Every diagnostic, sorted: rule findings and problems with suppressions. */
  diagnostics: Diagnostic[];
  /** The rule findings that were not suppressed, in diagnostic order. */
  findings: LintFinding[];
  /** Every text the linter read. */
  units: TextUnit[];
}

const toSeverity: Record<Exclude<SeverityName, 'off'>, Severity> = { error: 'error', warn: 'warning', info: 'info' };
const softer: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

/**
 * Lints one course with the given settings. Pure: it reads only the course model. Each
 * rule reports what it finds; the runner drops what a `lintIgnore` switches off, then
 * gives each finding its severity from the settings and its line and column in the file.
 */
export function lintCourse(course: Course, config: LintConfig, options: { infos?: boolean } = {}): LintResult {
  const units = collectTextUnits(course);
  const unitAt = new Map(units.map((unit) => [`${unit.file.path}#${unit.pointer}`, unit]));
  const glossary = createGlossary(course.data.glossary ?? []);
  const suppressions = collectSuppressions(course);
  const isEnabled = (id: string) => isRuleId(id) && config.rules[id].severity !== 'off';
  const findings: LintFinding[] = [];

  for (const [id, rule] of Object.entries(rules) as Array<[RuleId, Rule]>) {
    const setting = config.rules[id];
    if (setting.severity === 'off') continue;
    const severity = capSeverity(rule, toSeverity[setting.severity]);
    // A rule that can only inform is not run when information is not wanted (as in a build),
    // unless a `lintIgnore` names it: then it must run to tell whether that is still needed.
    if (options.infos === false && severity === 'info' && !suppressions.some((s) => s.ruleId === id)) continue;
    const context: LintContext = {
      course,
      options: setting.options,
      texts: rule.meta.facilitatorText ? units : units.filter((unit) => unit.audience === 'learner'),
      glossary,
      synonyms: config.synonyms,
      isEnabled,
      report: (problem: Problem) => {
        if (suppressed(suppressions, id, problem)) return;
        const unit = unitAt.get(`${problem.file.path}#${problem.pointer}`);
        const index = problem.index ?? 0;
        const position = problem.index !== undefined ? locateInString(problem.file, problem.pointer, problem.index) : locate(problem.file, problem.pointer);
        findings.push({
          ruleId: id,
          file: problem.file,
          unit,
          index,
          length: problem.length ?? 0,
          diagnostic: {
            code: `lint/${id}`,
            severity: problem.advisory ? softer[severity] : severity,
            file: problem.file.path,
            ...position,
            pointer: problem.pointer,
            message: problem.message,
            ...(problem.hint ? { hint: problem.hint } : {}),
          },
        });
      },
    };
    rule.check(course, context);
  }

  findings.sort((a, b) => compareDiagnostics(a.diagnostic, b.diagnostic));
  const diagnostics = [...findings.map((f) => f.diagnostic), ...suppressionDiagnostics(suppressions, isEnabled)].sort(compareDiagnostics);
  return { diagnostics, findings, units };
}

/** The diagnostics of `lintCourse`, for callers that need nothing else. */
export function lint(course: Course, config: LintConfig): Diagnostic[] {
  return lintCourse(course, config).diagnostics;
}

/** Figures such as readability are information, never a gate, whatever the settings say. */
function capSeverity(rule: Rule, severity: Severity): Severity {
  return rule.meta.informational ? 'info' : severity;
}

function suppressed(suppressions: readonly Suppression[], id: RuleId, problem: Problem): boolean {
  let found = false;
  for (const s of suppressions) {
    if (s.ruleId !== id || s.file !== problem.file) continue;
    if (s.scope === '' || problem.pointer === s.scope || problem.pointer.startsWith(`${s.scope}/`)) {
      s.used = true;
      found = true;
    }
  }
  return found;
}
