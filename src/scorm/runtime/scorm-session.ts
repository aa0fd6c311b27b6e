import type { InteractionReport, Lms, LmsStart, ProgressReport } from './bridge.js';
import type { CallLog } from './call-log.js';
import type { Dialect } from './dialects.js';
import { clearSaveTrouble, showSaveTrouble } from './notice.js';

type ApiObject = Record<string, (...args: string[]) => unknown>;

/** Waits before each retry of a failed commit: a flaky LMS gets time to recover. */
const retryDelays = [1000, 2000, 4000, 8000];

/**
 * One SCORM session with a real LMS. Initialises once and terminates once; writes progress
 * as it is reported and commits on screen changes and when the page is hidden, never on
 * every keystroke; retries a failed commit; never throws into the LMS page.
 */
export class ScormSession implements Lms {
  private initialized = false;
  private terminated = false;
  private readonly startedAt = Date.now();
  private done = false;
  private reviewOnly = false;
  private interactionCount = 0;
  private latest: ProgressReport | undefined;
  /** Answers the LMS did not take yet (it refused, or was away): sent again, in order, before each commit. */
  private readonly unsent: InteractionReport[] = [];
  private retry = 0;
  private retryTimer = 0;

  constructor(
    private readonly api: ApiObject,
    private readonly dialect: Dialect,
    private readonly log: CallLog,
  ) {}

  /** Calls the API; a call that throws answers "false" (and GetValue, nothing), as a refusal would. */
  private invoke(name: string, ...args: string[]): string {
    let result = '';
    let error = '';
    try {
      result = String(this.api[name]?.apply(this.api, args) ?? '');
      if (result === 'false' || name === this.dialect.call.getValue) error = this.lastError();
    } catch (thrown) {
      result = name === this.dialect.call.getValue ? '' : 'false';
      error = `threw: ${String(thrown)}`;
    }
    this.log.add(name, args, result, error);
    return result;
  }

  private lastError(): string {
    try {
      const code = String(this.api[this.dialect.call.getLastError]?.call(this.api) ?? '0');
      return code === '0' ? '' : code;
    } catch {
      return '';
    }
  }

  private get(element: string): string {
    return this.invoke(this.dialect.call.getValue, element);
  }

  private set([element, value]: [string, string]): boolean {
    return this.invoke(this.dialect.call.setValue, element, value) === 'true';
  }

  start(): LmsStart {
    if (!this.initialized) {
      this.initialized = this.invoke(this.dialect.call.initialize, '') === 'true';
      this.watchPage();
    }
    const { read } = this.dialect;
    const status = this.get(read.status);
    this.done = this.dialect.doneStatuses.indexOf(status) >= 0;
    // Review and browse modes look, but do not change the record (RTE 1.2 §3.4.2 lesson_mode).
    const mode = this.get(read.mode);
    this.reviewOnly = mode === 'review' || mode === 'browse';
    const interactions = Number(this.get('cmi.interactions._count'));
    this.interactionCount = Number.isFinite(interactions) && interactions > 0 ? interactions : 0;
    return {
      suspendData: this.get(read.suspendData) || null,
      location: this.get(read.location) || null,
      learnerName: this.get(read.learnerName) || null,
      mode: this.dialect.version,
    };
  }

  report(progress: ProgressReport, commit: boolean): void {
    if (this.terminated || this.reviewOnly) return;
    this.sendInteractions();
    this.latest = progress;
    for (const value of this.dialect.progress(progress, this.done)) this.set(value);
    this.done = this.done || progress.completed || progress.passed === true;
    if (commit) this.commit();
  }

  interaction(answer: InteractionReport): void {
    if (this.terminated || this.reviewOnly) return;
    this.unsent.push(answer);
    this.sendInteractions();
  }

  /**
   * Journals each answer not sent yet, at the next free index. An answer whose `id` the LMS
   * did not take stays for the next try at the same index, so none is lost or left a gap;
   * one whose other parts the LMS refused counts as sent, as trying again would not help.
   */
  private sendInteractions(): void {
    while (this.unsent.length > 0) {
      const [id, ...rest] = this.dialect.interaction(this.interactionCount, this.unsent[0]!);
      if (!this.set(id!)) return;
      for (const value of rest) this.set(value);
      this.unsent.shift();
      this.interactionCount++;
    }
  }

  private commit(): void {
    if (this.terminated) return;
    window.clearTimeout(this.retryTimer);
    if (this.invoke(this.dialect.call.commit, '') === 'true') {
      this.retry = 0;
      clearSaveTrouble();
      return;
    }
    const delay = retryDelays[this.retry];
    if (delay === undefined) {
      showSaveTrouble();
      return;
    }
    this.retry++;
    this.retryTimer = window.setTimeout(() => {
      this.sendInteractions();
      if (this.latest) for (const value of this.dialect.progress(this.latest, this.done)) this.set(value);
      this.commit();
    }, delay);
  }

  private finish(): void {
    if (!this.initialized || this.terminated) return;
    window.clearTimeout(this.retryTimer);
    if (!this.reviewOnly) {
      this.sendInteractions();
      this.set(this.dialect.sessionTime(Date.now() - this.startedAt));
      this.set(this.dialect.exit(this.done));
    }
    this.invoke(this.dialect.call.commit, '');
    this.invoke(this.dialect.call.terminate, '');
    // Terminate is called once, whatever the LMS answers: a second call is an error in SCORM.
    this.terminated = true;
  }

  /** Commit when the page is hidden (the learner may never come back); finish when it goes. */
  private watchPage(): void {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.commit();
    });
    window.addEventListener('pagehide', () => this.finish());
    window.addEventListener('beforeunload', () => this.finish());
  }
}
