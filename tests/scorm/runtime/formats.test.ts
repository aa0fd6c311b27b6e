import { describe, expect, it } from 'vitest';
import { choiceLetter, duration2004, timespan12 } from '../../../src/scorm/runtime/formats.js';

describe('session time formats', () => {
  it('writes SCORM 1.2 CMITimespan', () => {
    expect(timespan12(0)).toBe('00:00:00.00');
    expect(timespan12(3_723_450)).toBe('01:02:03.45');
    expect(timespan12(100 * 3_600_000)).toBe('100:00:00.00');
    expect(timespan12(-5)).toBe('00:00:00.00');
    for (const ms of [0, 59_999, 3_599_990, 36_000_000]) expect(timespan12(ms)).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  });

  it('writes SCORM 2004 ISO 8601 durations', () => {
    expect(duration2004(0)).toBe('PT0H0M0S');
    expect(duration2004(3_723_450)).toBe('PT1H2M3.45S');
    expect(duration2004(61_000)).toBe('PT0H1M1S');
  });

  it('answers 1.2 choices with single letters', () => {
    expect([0, 1, 5].map(choiceLetter)).toEqual(['a', 'b', 'f']);
  });
});
