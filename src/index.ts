/** copack's library API: what the CLI and the tests use. */
export { check, build } from './pipeline.js';
export type { CheckOptions, CheckResult, BuildOptions, BuildResult } from './pipeline.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export { diagnosticCodes, type DiagnosticCode } from './diagnostics/codes.js';
export { formatDiagnostics, type FormatName } from './diagnostics/format.js';
export type { Course, Lesson, Asset, SymbolPicture } from './model/course.js';
export type * from './model/course-data.js';
export { parseJson } from './load/parse-json.js';
export { copackVersion } from './version.js';
export { lint, lintCourse, type LintFinding, type LintResult } from './lint/runner.js';
export { resolveLintConfig, defaultLintConfig, type LintConfig, type ConfigLayer } from './lint/config.js';
export type { LintRequest } from './lint/lint-courses.js';
export { rules as lintRules, type RuleId } from './lint/registry.js';
export type { Rule, RuleMeta, LintContext, Problem } from './lint/types.js';
export { renderLintReport } from './lint/report/render-report.js';
