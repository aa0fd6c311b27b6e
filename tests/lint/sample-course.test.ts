import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { repoRoot } from '../helpers/fixtures.js';

describe('the sample course', () => {
  it('lints with no errors and no warnings', () => {
    const result = check({ cwd: repoRoot, paths: ['courses/co-facilitator-training'], lint: true });
    expect(result.lint.size).toBe(1);
    expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
    // Readability figures for every page that has words, as information.
    expect(result.diagnostics.filter((d) => d.code === 'lint/readability').length).toBeGreaterThan(50);
  });
});
