import type { Lms } from './bridge.js';
import { CallLog } from './call-log.js';
import { setUpDebugPanel } from './debug-panel.js';
import { scorm12Dialect, scorm2004Dialect } from './dialects.js';
import { findApi } from './find-api.js';
import { offlineLms } from './offline.js';
import { ScormSession } from './scorm-session.js';

/** Which output this page belongs to, set by the one-line `copack-target.js` each output has. */
export type Target = 'site' | 'scorm12' | 'scorm2004';

/**
 * The LMS plugin's entry: in a SCORM package, talk to the LMS whose API it finds; with no
 * LMS (the offline site, or a package opened from disk) keep progress in the browser.
 */
export function connectLms(courseId: string): Lms {
  const target = (window as unknown as { copackTarget?: Target }).copackTarget ?? 'site';
  const log = new CallLog();
  const dialect = target === 'scorm12' ? scorm12Dialect : target === 'scorm2004' ? scorm2004Dialect : undefined;
  const api = dialect ? findApi(window, dialect.api, dialect.call.initialize) : undefined;
  const lms = dialect && api ? new ScormSession(api as Record<string, (...args: string[]) => unknown>, dialect, log) : offlineLms(courseId);
  setUpDebugPanel(log, dialect && api ? dialect.version : `offline (${target})`);
  return lms;
}
