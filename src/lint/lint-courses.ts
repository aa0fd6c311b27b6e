import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Course } from '../model/course.js';
import type { ProjectConfigData } from '../model/course-data.js';
import type { SourceFile } from '../model/source-file.js';
import { schemaDiagnostics } from '../validate/schema-errors.js';
import { schemaValidator } from '../validate/schemas.js';
import { resolveLintConfig, type ConfigLayer } from './config.js';
import { lintCourse, type LintResult } from './runner.js';
import type { SeverityName } from './types.js';

export interface LintRequest {
  /** Severities from the command line (`--rule id:severity`), applied last. */
  rules?: Readonly<Record<string, SeverityName>>;
  /** Keep `info` findings such as readability figures. Default `true`. */
  infos?: boolean;
}

/**
 * Lints each course with the project settings (already read from `copack.config.json`)
 * and its own `lint` section. Pure: the settings file was read at the edge.
 */
export function lintCourses(courses: readonly Course[], projectConfig: SourceFile | undefined, request: LintRequest = {}): { results: Map<string, LintResult>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const layers: ConfigLayer[] = [];
  if (projectConfig) {
    const validate = schemaValidator('config');
    if (validate(projectConfig.value)) {
      layers.push({ file: projectConfig, pointer: '/lint', data: (projectConfig.value as ProjectConfigData).lint });
    } else {
      diagnostics.push(...schemaDiagnostics(projectConfig, validate.errors ?? []));
    }
  }
  const results = new Map<string, LintResult>();
  let projectProblemsShown = false;
  for (const course of courses) {
    const { config, diagnostics: settingProblems } = resolveLintConfig([...layers, { file: course.source, pointer: '/lint', data: course.data.lint }], request.rules);
    // Problems in copack.config.json are the same for every course: show them once.
    diagnostics.push(...settingProblems.filter((d) => d.file === course.source.path || !projectProblemsShown));
    projectProblemsShown = true;
    const result = lintCourse(course, config, request.infos === false ? { infos: false } : {});
    if (request.infos === false) {
      result.diagnostics = result.diagnostics.filter((d) => d.severity !== 'info');
      result.findings = result.findings.filter((f) => f.diagnostic.severity !== 'info');
    }
    results.set(course.id, result);
    diagnostics.push(...result.diagnostics);
  }
  return { results, diagnostics };
}
