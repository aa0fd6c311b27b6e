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
