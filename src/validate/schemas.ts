import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { schemasDir } from '../load/read-course.js';

export type SchemaId = 'course' | 'lesson' | 'approvals';

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

let validators: Record<SchemaId, ValidateFunction> | undefined;

/**
 * The one ajv instance: every schema compiled once per process, every error reported
 * (`allErrors`), with the failing schema and data kept (`verbose`) so each error can be
 * explained in plain words.
 */
export function schemaValidator(id: SchemaId): ValidateFunction {
  validators ??= compileAll();
  return validators[id];
}

function compileAll(): Record<SchemaId, ValidateFunction> {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    discriminator: true,
    strict: true,
    // `kind` is required beside `discriminator`, and rule settings are tuples of one or two.
    strictRequired: false,
    strictTuples: false,
  });
  addFormats(ajv);
  // VS Code's message for a failed pattern: copack shows the same words.
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  const compile = (id: SchemaId) => ajv.compile(JSON.parse(readFileSync(join(schemasDir, `${id}.schema.json`), 'utf8')));
  return { course: compile('course'), lesson: compile('lesson'), approvals: compile('approvals') };
}
