import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../../src/lint/rules-doc.js';
import { rules } from '../../src/lint/registry.js';
import { repoRoot } from '../helpers/fixtures.js';

describe('docs/rules.md', () => {
  const written = readFileSync(join(repoRoot, 'docs', 'rules.md'), 'utf8');

  it('is up to date with the rules: run `npm run docs:rules` after changing one', () => {
    expect(written).toBe(renderRulesDoc());
  });

  it('has a section for every rule', () => {
    for (const id of Object.keys(rules)) expect(written).toContain(`### ${id}\n`);
  });
});
