import { lintSettingCodes, rules, type LintSettingCode, type RuleId } from '../lint/registry.js';

/**
 * Every diagnostic code copack can report, with what it means. Codes are stable: tests,
 * editors and CI scripts match on them, so a code is never renamed, only added.
 * docs/diagnostics.md is checked against this list; `lint/*` codes come from the rule
 * registry and are documented in docs/rules.md, which is made from the rules.
 */
const fixedCodes = {
  'json/parse': 'The file is not valid JSON, or is empty.',
  'json/bom': 'The file starts with a byte order mark, which JSON does not allow.',
  'json/encoding': 'The file is not valid UTF-8 text.',
  'json/duplicate-key': 'An object has the same key twice; only one of them could count.',
  'json/too-deep': 'Objects and arrays are nested deeper than any course needs.',
  'json/too-large': 'The file is larger than a course file can sensibly be.',
  'schema/additionalProperties': 'A property that the format does not have (often a typo).',
  'schema/required': 'A property that must be there is missing.',
  'schema/type': 'A value of the wrong type, such as a number where text belongs.',
  'schema/enum': 'A value that is not one of the allowed values.',
  'schema/const': 'A value that must be exactly one thing.',
  'schema/pattern': 'Text that does not have the required form, such as an id.',
  'schema/format': 'Text that is not a valid date or other format.',
  'schema/minLength': 'Text that is empty or too short.',
  'schema/maxLength': 'Text that is too long.',
  'schema/minItems': 'A list with too few entries.',
  'schema/maxItems': 'A list with too many entries.',
  'schema/uniqueItems': 'A list with the same entry twice.',
  'schema/minimum': 'A number that is too small.',
  'schema/maximum': 'A number that is too large.',
  'schema/oneOf': 'A value that must take exactly one of several forms, such as a picture with `src` or `symbol`.',
  'schema/anyOf': 'A value that matches none of the allowed forms.',
  'schema/discriminator': 'A page whose `kind` is not one of the page kinds.',
  'schema/propertyNames': 'A key that does not have the required form.',
  'schema/other': 'Any other schema rule.',
  'ref/schema-path': 'The `$schema` path does not lead to the right copack schema, so editors cannot help.',
  'ref/course-id-mismatch': 'The course `id` is not the same as its folder name.',
  'ref/lesson-id-mismatch': 'The lesson `id` is not the same as its file name.',
  'ref/duplicate-id': 'Two things in the same scope have the same id.',
  'ref/missing-lesson': 'A lesson is listed in `course.json` but its file does not exist.',
  'ref/unlisted-lesson': 'A lesson file that `course.json` does not list, so learners never see it.',
  'ref/unknown-team-member': 'A team id that is not in the course `team`.',
  'ref/unknown-glossary-term': 'A glossary word that is not in the course `glossary`.',
  'ref/unknown-lesson': 'A lesson id that is not in the course `lessons`.',
  'ref/no-correct-choice': 'A quiz question with no right answer.',
  'ref/pass-mark-without-quiz': 'A pass mark, but no quiz to score.',
  'ref/approvals-course-mismatch': '`approvals.json` names another course.',
  'asset/missing': 'A picture or sound file that does not exist.',
  'asset/outside-course': 'A path that leads outside the course folder.',
  'asset/outside-assets': 'A path that is inside the course but not in `assets/`.',
  'asset/unsafe-path': 'A path with characters that break on some systems (backslashes, NUL, `%`-escapes).',
  'asset/symlink-escape': 'A link inside the course that points outside it.',
  'asset/type-mismatch': 'A file whose contents are not the type its name says.',
  'asset/too-large': 'A file larger than the limit for its kind.',
  'asset/unknown-icon-set': 'A symbol from an icon set that is not installed.',
  'asset/unknown-symbol': 'A symbol that its icon set does not have.',
  'approval/not-agreed': 'A lesson that the service users on the team have not agreed yet.',
  'approval/changed': 'A lesson that changed after it was agreed: it must be agreed again.',
  'approval/not-service-user': 'An agreement in `approvals.json` by someone with no lived-experience role.',
  'build/read-failed': 'A file could not be read.',
  'build/suspend-data-too-large': 'Saved progress for the course could be longer than SCORM 1.2 allows.',
  'build/symlink-escape': 'A course file that is a link to a file outside the course.',
  'build/unknown-template': 'A file in the course\'s `theme/` folder that names no copack template.',
  'build/template-syntax': 'A template in the course\'s `theme/` folder that cannot be read.',
  'build/template-cycle': 'A template in the course\'s `theme/` folder that includes itself, so the page would never end.',
} as const satisfies Record<string, string>;

/** `lint/<rule-id>` for each easy-read rule, and `lint/<problem>` for problems with the settings. */
export type LintCode = `lint/${RuleId | LintSettingCode}`;

export type DiagnosticCode = keyof typeof fixedCodes | LintCode;

const lintCodes = Object.fromEntries([
  ...Object.entries(rules).map(([id, rule]) => [`lint/${id}`, rule.meta.description]),
  ...Object.entries(lintSettingCodes).map(([id, description]) => [`lint/${id}`, description]),
]) as Record<LintCode, string>;

export const diagnosticCodes: Readonly<Record<DiagnosticCode, string>> = { ...fixedCodes, ...lintCodes };

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(diagnosticCodes, code);
}
