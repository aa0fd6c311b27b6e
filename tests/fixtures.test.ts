import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { listCases, materialise, type ExpectedDiagnostic, type FixtureCase } from './helpers/fixtures.js';

const key = (d: ExpectedDiagnostic) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`;

function run(fixture: FixtureCase): string[] {
  const { courseDir, cleanup } = materialise(fixture);
  try {
    const result = check({ cwd: courseDir, paths: ['.'] });
    expect(result.notCourses).toEqual([]);
    return result.diagnostics.map((d) => key({ ...d, file: d.file })).sort();
  } finally {
    cleanup();
  }
}

/**
 * The main tests: every fixture course yields exactly the diagnostics its expected.json
 * lists (code, severity, file, line, column): none missing, none extra.
 */
describe('fixture courses', () => {
  describe.each([['valid' as const], ['invalid' as const]])('%s', (kind) => {
    const cases = listCases(kind);
    it('has cases', () => expect(cases.length).toBeGreaterThan(0));
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
      const actual = run(fixture);
      expect(actual).toEqual(fixture.expected.map(key).sort());
      if (kind === 'invalid') expect(actual.length).toBeGreaterThan(0);
    });
  });
});
