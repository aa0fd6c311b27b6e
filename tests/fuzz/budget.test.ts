/**
 * The fuzz suite's size: at least 10,000 generated cases in CI, as issue 9 asks. Each fuzz
 * test takes its number of runs from `plannedRuns`, so the sum here is what CI runs.
 */
import { describe, expect, it } from 'vitest';
import { plannedRuns } from './settings.js';

describe('the fuzz suite', () => {
  it('runs at least 10,000 cases in all', () => {
    const total = Object.values(plannedRuns).reduce((sum, runs) => sum + runs, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
  });
});
