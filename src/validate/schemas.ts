import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { schemasDir } from '../load/read-course.js';

export type SchemaId = 'course' | 'lesson' | 'approvals' | 'config';

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

let validators: Record<SchemaId, ValidateFunction> | undefined;
let instance: Ajv2020 | undefined;

/**
 * The one ajv instance: every schema compiled once per process, every error reported
 * (`allErrors`), with the failing schema and data kept (`verbose`) so each error can be
 * explained in plain words.
 */
export function schemaValidator(id: SchemaId): ValidateFunction {
  validators ??= compileAll();
  return validators[id];
}

/** The one ajv instance, for anything else copack validates, such as lint rule options. */
export function sharedAjv(): Ajv2020 {
  instance ??= createAjv();
  return instance;
}

function createAjv(): Ajv2020 {
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
  return ajv;
}

function compileAll(): Record<SchemaId, ValidateFunction> {
  const ajv = sharedAjv();
  const compile = (id: SchemaId) => ajv.compile(JSON.parse(readFileSync(join(schemasDir, `${id}.schema.json`), 'utf8')));
  return { course: compile('course'), lesson: compile('lesson'), approvals: compile('approvals'), config: compile('config') };
}
