import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaValidator } from '../../src/validate/schemas.js';
import { repoRoot } from '../helpers/fixtures.js';

const load = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schemas', `${name}.schema.json`), 'utf8')) as { $defs: Record<string, unknown> };

describe('config.schema.json', () => {
  it('has the same lint settings as a course\'s `lint`, so the two cannot drift apart', () => {
    expect(load('config').$defs.lintConfig).toEqual(load('course').$defs.lintConfig);
    expect(load('config').$defs.severity).toEqual(load('course').$defs.severity);
  });

  it('accepts rules and synonyms, and rejects anything else', () => {
    const validate = schemaValidator('config');
    expect(validate({ $schema: './schemas/config.schema.json', lint: { rules: { 'sentence-length': ['warn', { max: 12 }] }, synonyms: [['staff', 'worker']] } })).toBe(true);
    expect(validate({ lint: { rulez: {} } })).toBe(false);
    expect(validate({ lint: { synonyms: [['alone']] } })).toBe(false);
    expect(validate({ lint: { rules: { 'sentence-length': 'loud' } } })).toBe(false);
  });
});
