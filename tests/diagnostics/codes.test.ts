import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticCodes } from '../../src/diagnostics/codes.js';
import { repoRoot } from '../helpers/fixtures.js';

describe('diagnostic codes', () => {
  it('are namespaced as design §3 says', () => {
    for (const code of Object.keys(diagnosticCodes)) expect(code).toMatch(/^(json|schema|ref|asset|lint|approval|build)\/[a-zA-Z-]+$/);
  });

  it('are each documented in docs/diagnostics.md, or for lint/* codes in docs/rules.md (made from the rules)', () => {
    const docs = readFileSync(join(repoRoot, 'docs', 'diagnostics.md'), 'utf8');
    const rulesDocs = readFileSync(join(repoRoot, 'docs', 'rules.md'), 'utf8');
    const missing = Object.keys(diagnosticCodes).filter((code) => !(code.startsWith('lint/') ? rulesDocs : docs).includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});
