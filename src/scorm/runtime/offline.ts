import type { Lms, LmsStart } from './bridge.js';

/**
 * No LMS: the offline site, or a package opened straight from disk. Progress stays in this
 * browser's localStorage under the course's id, and only for this visit where the browser
 * does not allow storage (private browsing, a locked-down ward computer).
 */
export function offlineLms(courseId: string): Lms {
  const key = `copack:${courseId}`;
  /** What this browser kept, as far as it can be read: anything else (another program's value, `null`) is nothing kept. */
  const read = (): { suspendData?: string; location?: string } => {
    let saved: unknown;
    try {
      saved = JSON.parse(window.localStorage.getItem(key) || '{}');
    } catch {
      return {};
    }
    if (!saved || typeof saved !== 'object') return {};
    const { suspendData, location } = saved as Record<string, unknown>;
    return { ...(typeof suspendData === 'string' ? { suspendData } : {}), ...(typeof location === 'string' ? { location } : {}) };
  };
  return {
    start(): LmsStart {
      const saved = read();
      return { suspendData: saved.suspendData ?? null, location: saved.location ?? null, learnerName: null, mode: 'offline' };
    },
    report(progress) {
      try {
        window.localStorage.setItem(key, JSON.stringify({ suspendData: progress.suspendData, location: progress.location }));
      } catch {
        // Storage refused: progress lasts for this visit only.
      }
    },
    interaction() {
      // Answers are part of the progress already; there is no LMS report to keep.
    },
  };
}
