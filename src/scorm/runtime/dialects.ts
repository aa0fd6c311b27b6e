import type { InteractionReport, ProgressReport } from './bridge.js';
import { choiceLetter, duration2004, timespan12 } from './formats.js';

/**
 * What each SCORM version calls things. SCORM 1.2: RTE 1.2 §3.3 (API), §3.4 (data model).
 * SCORM 2004: RTE 2004 4th Ed. §3.1 (API), §4.2 (data model).
 */
export interface Dialect {
  version: 'scorm12' | 'scorm2004';
  api: 'API' | 'API_1484_11';
  call: { initialize: string; terminate: string; getValue: string; setValue: string; commit: string; getLastError: string };
  read: { location: string; suspendData: string; learnerName: string; entry: string; mode: string; status: string };
  /** Values to write for a progress report, in order. `wasDone` is true once the LMS has recorded completion. */
  progress(report: ProgressReport, wasDone: boolean): Array<[string, string]>;
  interaction(n: number, answer: InteractionReport): Array<[string, string]>;
  sessionTime(milliseconds: number): [string, string];
  exit(done: boolean): [string, string];
  /** Statuses meaning the learner already finished: never written over with a lesser one. */
  doneStatuses: string[];
}

export const scorm12Dialect: Dialect = {
  version: 'scorm12',
  api: 'API',
  call: { initialize: 'LMSInitialize', terminate: 'LMSFinish', getValue: 'LMSGetValue', setValue: 'LMSSetValue', commit: 'LMSCommit', getLastError: 'LMSGetLastError' },
  read: {
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    learnerName: 'cmi.core.student_name',
    entry: 'cmi.core.entry',
    mode: 'cmi.core.lesson_mode',
    status: 'cmi.core.lesson_status',
  },
  progress(report, wasDone) {
    const values: Array<[string, string]> = [
      ['cmi.core.lesson_location', report.location],
      ['cmi.suspend_data', report.suspendData],
    ];
    if (report.score !== null) {
      values.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', String(report.score)]);
    }
    // One status holds both completion and success in 1.2 (RTE 1.2 §3.4.2 lesson_status).
    const status = report.passed === true ? 'passed' : report.passed === false ? 'failed' : report.completed ? 'completed' : 'incomplete';
    if (!wasDone || status === 'passed' || status === 'completed') values.push(['cmi.core.lesson_status', status]);
    return values;
  },
  interaction(n, answer) {
    const at = `cmi.interactions.${n}`;
    return [
      [`${at}.id`, answer.id],
      [`${at}.type`, 'choice'],
      [`${at}.student_response`, choiceLetter(answer.response.index)],
      [`${at}.correct_responses.0.pattern`, answer.correct.map((c) => choiceLetter(c.index)).join(',')],
      [`${at}.result`, answer.result ? 'correct' : 'wrong'],
    ];
  },
  sessionTime: (ms) => ['cmi.core.session_time', timespan12(ms)],
  exit: (done) => ['cmi.core.exit', done ? '' : 'suspend'],
  doneStatuses: ['passed', 'completed'],
};

export const scorm2004Dialect: Dialect = {
  version: 'scorm2004',
  api: 'API_1484_11',
  call: { initialize: 'Initialize', terminate: 'Terminate', getValue: 'GetValue', setValue: 'SetValue', commit: 'Commit', getLastError: 'GetLastError' },
  read: {
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    learnerName: 'cmi.learner_name',
    entry: 'cmi.entry',
    mode: 'cmi.mode',
    status: 'cmi.completion_status',
  },
  progress(report, wasDone) {
    const values: Array<[string, string]> = [
      ['cmi.location', report.location],
      ['cmi.suspend_data', report.suspendData],
    ];
    if (report.score !== null) {
      values.push(
        ['cmi.score.min', '0'],
        ['cmi.score.max', '100'],
        ['cmi.score.raw', String(report.score)],
        ['cmi.score.scaled', String(report.score / 100)],
      );
    }
    if (!wasDone || report.completed) values.push(['cmi.completion_status', report.completed ? 'completed' : 'incomplete']);
    if (report.passed !== null || !wasDone) values.push(['cmi.success_status', report.passed === true ? 'passed' : report.passed === false ? 'failed' : 'unknown']);
    return values;
  },
  interaction(n, answer) {
    const at = `cmi.interactions.${n}`;
    return [
      [`${at}.id`, answer.id],
      [`${at}.type`, 'choice'],
      // On one line: the question's text ends in a line break, and LMSes that check a
      // localized_string_type with a one-line pattern (scorm-again among them) refuse it whole.
      [`${at}.description`, answer.description.replace(/\s+/g, ' ').trim().slice(0, 250)],
      [`${at}.learner_response`, answer.response.id],
      [`${at}.correct_responses.0.pattern`, answer.correct.map((c) => c.id).join('[,]')],
      [`${at}.result`, answer.result ? 'correct' : 'incorrect'],
    ];
  },
  sessionTime: (ms) => ['cmi.session_time', duration2004(ms)],
  exit: (done) => ['cmi.exit', done ? 'normal' : 'suspend'],
  doneStatuses: ['completed'],
};
