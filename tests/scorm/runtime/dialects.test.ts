import { describe, expect, it } from 'vitest';
import { scorm12Dialect, scorm2004Dialect } from '../../../src/scorm/runtime/dialects.js';
import type { ProgressReport } from '../../../src/scorm/runtime/bridge.js';

const report = (over: Partial<ProgressReport>): ProgressReport => ({ location: '#/a/b', suspendData: '[]', completed: false, score: null, passed: null, ...over });
const asMap = (values: Array<[string, string]>) => Object.fromEntries(values);

describe('status mapping (README: "How copack reports to the LMS")', () => {
  it.each([
    ['in progress', report({}), 'incomplete', 'incomplete', 'unknown'],
    ['completed, no pass mark', report({ completed: true, score: 50 }), 'completed', 'completed', 'unknown'],
    ['passed', report({ completed: true, score: 90, passed: true }), 'passed', 'completed', 'passed'],
    ['failed, when the course asks to report it', report({ score: 40, passed: false }), 'failed', 'incomplete', 'failed'],
  ])('%s', (_name, progress, status12, completion2004, success2004) => {
    expect(asMap(scorm12Dialect.progress(progress, false))['cmi.core.lesson_status']).toBe(status12);
    const values = asMap(scorm2004Dialect.progress(progress, false));
    expect(values['cmi.completion_status']).toBe(completion2004);
    expect(values['cmi.success_status']).toBe(success2004);
  });

  it('never writes a lesser status over a finished one', () => {
    expect(asMap(scorm12Dialect.progress(report({}), true))['cmi.core.lesson_status']).toBeUndefined();
    const values = asMap(scorm2004Dialect.progress(report({}), true));
    expect(values['cmi.completion_status']).toBeUndefined();
    expect(values['cmi.success_status']).toBeUndefined();
  });

  it('writes the score with its range, scaled for 2004', () => {
    expect(asMap(scorm12Dialect.progress(report({ score: 75 }), false))).toMatchObject({ 'cmi.core.score.raw': '75', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100' });
    expect(asMap(scorm2004Dialect.progress(report({ score: 75 }), false))).toMatchObject({ 'cmi.score.scaled': '0.75', 'cmi.score.raw': '75' });
  });

  it('records answers as choice interactions in each version\'s form', () => {
    const answer = { id: 'q-l-p-q', description: 'Who plans?', response: { id: 'staff', index: 1 }, correct: [{ id: 'together', index: 0 }], result: false };
    expect(asMap(scorm12Dialect.interaction(3, answer))).toEqual({
      'cmi.interactions.3.id': 'q-l-p-q',
      'cmi.interactions.3.type': 'choice',
      'cmi.interactions.3.student_response': 'b',
      'cmi.interactions.3.correct_responses.0.pattern': 'a',
      'cmi.interactions.3.result': 'wrong',
    });
    expect(asMap(scorm2004Dialect.interaction(0, answer))).toMatchObject({
      'cmi.interactions.0.learner_response': 'staff',
      'cmi.interactions.0.correct_responses.0.pattern': 'together',
      'cmi.interactions.0.result': 'incorrect',
    });
  });

  it('suspends an unfinished attempt and ends a finished one', () => {
    expect(scorm12Dialect.exit(false)).toEqual(['cmi.core.exit', 'suspend']);
    expect(scorm12Dialect.exit(true)).toEqual(['cmi.core.exit', '']);
    expect(scorm2004Dialect.exit(true)).toEqual(['cmi.exit', 'normal']);
  });
});
