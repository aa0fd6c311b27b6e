import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import type { LintConfigData, RuleSetting as RuleSettingData } from '../model/course-data.js';
import type { SourceFile } from '../model/source-file.js';
import { locate, toPointer } from '../model/source-file.js';
import { sharedAjv } from '../validate/schemas.js';
import { isRuleId, rules, type RuleId } from './registry.js';
import type { Rule, SeverityName } from './types.js';

/** A rule as it will run: its severity and its options (defaults with the user's over them). */
export interface ResolvedRule {
  readonly severity: SeverityName;
  readonly options: Readonly<Record<string, unknown>>;
}

/** The settings one course is linted with. Frozen: rules cannot change them. */
export interface LintConfig {
  readonly rules: Readonly<Record<RuleId, ResolvedRule>>;
  readonly synonyms: ReadonlyArray<readonly string[]>;
}

/** One place settings come from: `copack.config.json` or a course's `course.json`. */
export interface ConfigLayer {
  file: SourceFile;
  /** JSON pointer of the `lint` object in `file`. */
  pointer: string;
  data: LintConfigData | undefined;
}

/**
 * The settings for one course, in order: each rule's defaults, then `copack.config.json`,
 * then the course's `lint`, then `--rule` from the command line. A severity alone keeps the
 * options set before it; a severity with options replaces them (over the rule's defaults),
 * as ESLint does. Problems in the settings come back as diagnostics.
 */
export function resolveLintConfig(layers: readonly ConfigLayer[], cli: Readonly<Record<string, SeverityName>> = {}): { config: LintConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const resolved = new Map<RuleId, ResolvedRule>();
  for (const [id, rule] of Object.entries(rules) as Array<[RuleId, Rule]>) {
    resolved.set(id, { severity: rule.meta.defaultSeverity, options: { ...rule.meta.defaultOptions } });
  }
  const synonyms: string[][] = [];

  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer.data?.rules ?? {})) {
      const pointer = toPointer([...pointerSegmentsOf(layer.pointer), 'rules', id]);
      if (!isRuleId(id)) {
        diagnostics.push(unknownRule(layer.file, pointer, id));
        continue;
      }
      const [severity, options] = Array.isArray(setting) ? setting : ([setting] as [RuleSettingData]);
      const before = resolved.get(id)!;
      let merged = before.options;
      if (options !== undefined) {
        const problem = optionsProblem(id, options);
        if (problem) diagnostics.push(invalidOptions(layer.file, `${pointer}/1`, id, problem));
        else merged = { ...rules[id].meta.defaultOptions, ...(options as Record<string, unknown>) };
      }
      resolved.set(id, { severity: severity as SeverityName, options: merged });
    }
    for (const group of layer.data?.synonyms ?? []) synonyms.push([...group]);
  }
  for (const [id, severity] of Object.entries(cli)) {
    if (isRuleId(id)) resolved.set(id, { ...resolved.get(id)!, severity });
  }

  const frozenRules = Object.fromEntries([...resolved].map(([id, rule]) => [id, Object.freeze({ severity: rule.severity, options: Object.freeze({ ...rule.options }) })]));
  const config: LintConfig = Object.freeze({
    rules: Object.freeze(frozenRules) as LintConfig['rules'],
    synonyms: Object.freeze(synonyms.map((group) => Object.freeze(group))),
  });
  return { config, diagnostics };
}

/** The settings with nothing changed: every rule at its default. */
export function defaultLintConfig(): LintConfig {
  return resolveLintConfig([]).config;
}

const validators = new Map<RuleId, ValidateFunction>();

/** What is wrong with a rule's options, in words, or `undefined` when they are fine. */
export function optionsProblem(id: RuleId, options: unknown): string | undefined {
  let validate = validators.get(id);
  if (!validate) {
    validate = sharedAjv().compile(rules[id].meta.optionsSchema);
    validators.set(id, validate);
  }
  if (validate(options)) return undefined;
  const error = validate.errors?.[0];
  if (!error) return 'they do not match the rule';
  const where = error.instancePath ? `\`${error.instancePath.slice(1).replace(/\//g, '.')}\` ` : '';
  if (error.keyword === 'additionalProperties') return `\`${String(error.params.additionalProperty)}\` is not one of its options`;
  return `${where}${error.message ?? 'is not allowed'}`;
}

export class RuleFlagError extends Error {}

const severityNames: readonly SeverityName[] = ['off', 'info', 'warn', 'error'];

/**
 * `--rule id:severity` from the command line, repeatable. Bad flags are a usage error, so
 * this throws, naming the flag and the nearest rule id.
 */
export function parseRuleFlags(flags: readonly string[]): Record<string, SeverityName> {
  const result: Record<string, SeverityName> = {};
  for (const flag of flags) {
    const match = /^([^:]+):(.+)$/.exec(flag.trim());
    if (!match) throw new RuleFlagError(`\`--rule ${flag}\` needs a rule and a severity, such as \`--rule sentence-length:warn\`.`);
    const [, id, severityText] = match as unknown as [string, string, string];
    const severity = severityText === 'warning' ? 'warn' : severityText;
    if (!isRuleId(id)) {
      const guess = suggest(id, Object.keys(rules));
      throw new RuleFlagError(`\`${id}\` is not an easy-read check.${guess ? ` Did you mean \`${guess}\`?` : ' See docs/rules.md for the list.'}`);
    }
    if (!severityNames.includes(severity as SeverityName)) {
      throw new RuleFlagError(`\`${severityText}\` is not a severity: use \`off\`, \`info\`, \`warn\` or \`error\`.`);
    }
    result[id] = severity as SeverityName;
  }
  return result;
}

function pointerSegmentsOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function unknownRule(file: SourceFile, pointer: string, id: string): Diagnostic {
  const guess = suggest(id, Object.keys(rules));
  return {
    code: 'lint/unknown-rule',
    severity: 'error',
    file: file.path,
    ...locate(file, pointer, { key: true }),
    pointer,
    message: `\`${id}\` is not an easy-read check.`,
    hint: guess ? `Did you mean \`${guess}\`?` : 'See docs/rules.md for the list of checks.',
  };
}

function invalidOptions(file: SourceFile, pointer: string, id: RuleId, problem: string): Diagnostic {
  return {
    code: 'lint/invalid-options',
    severity: 'error',
    file: file.path,
    ...locate(file, pointer),
    pointer,
    message: `The options of \`${id}\` are not right: ${problem}.`,
    hint: `See \`${id}\` in docs/rules.md for its options.`,
  };
}
