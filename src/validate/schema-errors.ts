import type { ErrorObject } from 'ajv';
import { suggest } from '../diagnostics/suggest.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isDiagnosticCode, type DiagnosticCode } from '../diagnostics/codes.js';
import type { SourceFile } from '../model/source-file.js';
import { locate, pointerSegments, toPointer } from '../model/source-file.js';

interface Explained {
  pointer: string;
  /** Point at the property name rather than its value. */
  atKey?: boolean;
  message: string;
  hint?: string;
}

type SchemaNode = {
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  patternErrorMessage?: string;
  oneOf?: SchemaNode[];
  required?: string[];
};

/** Turns ajv's errors for one file into diagnostics, one per real problem, in plain words. */
export function schemaDiagnostics(file: SourceFile, errors: readonly ErrorObject[]): Diagnostic[] {
  return withoutNoise(errors).map((error) => {
    const explained = explain(error);
    const code: DiagnosticCode = isDiagnosticCode(`schema/${error.keyword}`) ? (`schema/${error.keyword}` as DiagnosticCode) : 'schema/other';
    return {
      code,
      severity: 'error',
      file: file.path,
      ...locate(file, explained.pointer, { key: explained.atKey ?? false }),
      pointer: explained.pointer,
      message: explained.message,
      ...(explained.hint ? { hint: explained.hint } : {}),
    };
  });
}

/**
 * ajv reports one failure several ways: the branches of a `oneOf`, the `if` beside its
 * `then`, the pattern inside `propertyNames`. Keep the error that names the problem.
 */
function withoutNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  const requiredAt = new Set(errors.filter((e) => e.keyword === 'required').map((e) => `${e.instancePath}|${String(e.params.missingProperty)}`));
  const minLengthAt = new Set(errors.filter((e) => e.keyword === 'minLength').map((e) => e.instancePath));
  const kept: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
      // ajv reports a combinator's failed branches just before the combinator itself.
      while (kept.length > 0 && isBranchError(kept.at(-1)!, e)) kept.pop();
      kept.push(e);
      continue;
    }
    if (e.keyword === 'if') continue;
    if (e.schemaPath.includes('/propertyNames/')) continue;
    if (e.keyword === 'pattern' && minLengthAt.has(e.instancePath)) continue;
    if (e.keyword === 'discriminator' && e.params.tagValue === undefined && requiredAt.has(`${e.instancePath}|${String(e.params.tag)}`)) continue;
    kept.push(e);
  }
  return kept;
}

/**
 * Is `e` one of `combinator`'s branch failures? It is at or under the same value, and its
 * schema path is inside the combinator, or elsewhere entirely (a branch that is a `$ref`),
 * rather than a sibling keyword of the same schema.
 */
function isBranchError(e: ErrorObject, combinator: ErrorObject): boolean {
  const at = combinator.instancePath;
  if (e.instancePath !== at && !e.instancePath.startsWith(`${at}/`)) return false;
  const parent = combinator.schemaPath.slice(0, -`/${combinator.keyword}`.length);
  return e.schemaPath.startsWith(`${combinator.schemaPath}/`) || !e.schemaPath.startsWith(`${parent}/`);
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: '`true` or `false`',
  array: 'a list `[…]`',
  object: 'an object `{…}`',
  null: '`null`',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** `title`, or `item 2 of lessons` for an array element, or `the file` for the root. */
function nameOf(pointer: string): string {
  const segments = pointerSegments(pointer);
  const last = segments.at(-1);
  if (last === undefined) return 'The file';
  if (/^\d+$/.test(last)) {
    const parent = segments.at(-2);
    return parent === undefined ? `Item ${Number(last) + 1}` : `Item ${Number(last) + 1} of \`${parent}\``;
  }
  return `\`${last}\``;
}

const list = (values: readonly unknown[]) => values.map((v) => `\`${String(v)}\``).join(', ');

function explain(error: ErrorObject): Explained {
  const pointer = error.instancePath;
  const name = nameOf(pointer);
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const allowed = Object.keys(schema.properties ?? {}).filter((p) => p !== '$schema');
      const guess = suggest(property, allowed);
      return {
        pointer: toPointer([...pointerSegments(pointer), property]),
        atKey: true,
        message: `Unknown property \`${property}\`.`,
        hint: guess ? `Did you mean \`${guess}\`?` : `Allowed here: ${list(allowed)}.`,
      };
    }
    case 'required': {
      const property = String(params.missingProperty);
      const about = schema.properties?.[property]?.description ?? conditionalReason(error.schemaPath);
      return {
        pointer,
        message: `${pointer === '' ? 'The file' : name} is missing \`${property}\`.`,
        hint: about ? `Add \`${property}\`: ${about}` : `Add \`${property}\`.`,
      };
    }
    case 'type': {
      const expected = String(params.type).split(',').map((t) => typeNames[t] ?? t).join(' or ');
      return { pointer, message: `${name} should be ${expected}, not ${typeNames[typeOf(error.data)] ?? typeOf(error.data)}.` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const guess = typeof error.data === 'string' ? suggest(error.data, allowed.map(String)) : undefined;
      return {
        pointer,
        message: `${name} must be one of ${list(allowed)}.`,
        ...(guess ? { hint: `Did you mean \`${guess}\`?` } : {}),
      };
    }
    case 'const':
      return { pointer, message: `${name} must be \`${String(params.allowedValue)}\`.` };
    case 'discriminator': {
      const kinds = ['points', 'quiz', 'reflection', 'summary'];
      const value = params.tagValue;
      const guess = typeof value === 'string' ? suggest(value, kinds) : undefined;
      return {
        pointer: toPointer([...pointerSegments(pointer), String(params.tag)]),
        message: `\`${String(params.tag)}\` must be one of ${list(kinds)}.`,
        ...(guess ? { hint: `Did you mean \`${guess}\`?` } : {}),
      };
    }
    case 'pattern':
      return {
        pointer,
        message: `${name} is not written the right way.`,
        hint: schema.patternErrorMessage ?? `It must match \`${String(params.pattern)}\`.`,
      };
    case 'format':
      return {
        pointer,
        message: `${name} is not a valid ${String(params.format)}.`,
        ...(params.format === 'date' ? { hint: 'Write the date as YYYY-MM-DD, for example `2026-11-28`.' } : {}),
      };
    case 'minLength':
      return { pointer, message: `${name} is empty.`, ...(schema.description ? { hint: schema.description } : {}) };
    case 'maxLength':
      return {
        pointer,
        message: `${name} is ${String((error.data as string).length)} characters long; the most is ${String(params.limit)}.`,
        hint: 'Use fewer words, or split it into two.',
      };
    case 'minItems':
      return { pointer, message: `${name} needs at least ${String(params.limit)} ${Number(params.limit) === 1 ? 'item' : 'items'}.` };
    case 'maxItems':
      return {
        pointer,
        message: `${name} has ${String((error.data as unknown[]).length)} items; the most is ${String(params.limit)}.`,
        hint: 'Split it into two.',
      };
    case 'uniqueItems': {
      const items = error.data as unknown[];
      return {
        pointer: toPointer([...pointerSegments(pointer), String(params.i)]),
        message: `${name} has \`${String(items[Number(params.i)])}\` twice.`,
        hint: 'Remove one of them.',
      };
    }
    case 'minimum':
    case 'maximum':
      return { pointer, message: `${name} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}.` };
    case 'propertyNames':
      return {
        pointer: toPointer([...pointerSegments(pointer), String(params.propertyName)]),
        atKey: true,
        message: `\`${String(params.propertyName)}\` is not a valid check id.`,
        hint: 'Check ids are lower-case words joined by hyphens, such as `sentence-length`.',
      };
    case 'oneOf':
    case 'anyOf':
      return explainAlternatives(error, schema, name);
    default:
      return { pointer, message: `${name} ${error.message ?? 'is not valid'}.` };
  }
}

/** A picture needs `src` or `symbol`, not both; other alternatives are named by their forms. */
function explainAlternatives(error: ErrorObject, schema: SchemaNode, name: string): Explained {
  const pointer = error.instancePath;
  const branches = schema.oneOf ?? [];
  const choices = branches.flatMap((b) => b.required ?? []);
  if (choices.length === branches.length && choices.length > 0 && typeof error.data === 'object' && error.data !== null) {
    const present = choices.filter((c) => Object.prototype.hasOwnProperty.call(error.data, c));
    return present.length > 1
      ? { pointer, message: `${name} has both ${list(present).replace(/, ([^,]*)$/, ' and $1')}; give only one.`, hint: `Keep ${list(choices).replace(/, ([^,]*)$/, ' or $1')}, and delete the other.` }
      : { pointer, message: `${name} needs ${list(choices).replace(/, ([^,]*)$/, ' or $1')}.`, hint: schema.description ?? '' };
  }
  if (pointerSegments(pointer).includes('rules')) {
    return {
      pointer,
      message: `${name} must be \`off\`, \`info\`, \`warn\` or \`error\`, or a list such as \`["warn", { "max": 12 }]\`.`,
    };
  }
  return { pointer, message: `${name} does not match any of the allowed forms.` };
}

/** Why a property is required by an `if`/`then`: the one such rule the schemas have today. */
function conditionalReason(schemaPath: string): string | undefined {
  return schemaPath.includes('/completion/then/') ? 'the rule `pass-mark` needs the score out of 100 that passes, such as `80`.' : undefined;
}
