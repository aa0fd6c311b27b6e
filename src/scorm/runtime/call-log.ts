/** The LMS conversation, kept for the troubleshooting panel: the last 300 calls. */
export interface LoggedCall {
  at: number;
  call: string;
  args: string[];
  result: string;
  error: string;
}

export class CallLog {
  readonly calls: LoggedCall[] = [];
  private readonly started = Date.now();

  add(call: string, args: string[], result: string, error: string): void {
    this.calls.push({ at: Date.now() - this.started, call, args, result, error });
    if (this.calls.length > 300) this.calls.shift();
  }
}
