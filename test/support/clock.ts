import { Clock } from '../../src/skill/providers/clock';
import { Deadline } from '../../src/skill/providers/deadline';

/**
 * Where simulated time starts: a fixed instant long before any real one, so a request built
 * with a real timestamp (`new Date()`, perhaps seconds before the test runs on a busy machine)
 * is in this clock's future and counts from its arrival. Tests about the timestamp build it
 * from the clock: `timestampAgo`.
 */
export const SIMULATED_EPOCH = Date.parse('2020-01-01T00:00:00Z');

/**
 * Simulated time for deadline and `Retry-After` tests. Time moves only when the skill
 * sleeps (at once, by the time it asked for) or when the test calls `advance`; either fires
 * every timeout that falls due. `sleeps` records each wait the skill asked for.
 */
export class ManualClock implements Clock {
  readonly sleeps: number[] = [];
  private timers: { readonly at: number; readonly abort: () => void }[] = [];

  constructor(private current: number = SIMULATED_EPOCH) {}

  now(): number {
    return this.current;
  }

  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.advance(ms);
    return Promise.resolve();
  }

  timeoutSignal(ms: number): AbortSignal {
    const controller = new AbortController();
    const abort = () => controller.abort(new DOMException('The operation timed out', 'TimeoutError'));
    if (ms <= 0) abort();
    else this.timers.push({ at: this.current + ms, abort });
    return controller.signal;
  }

  advance(ms: number): void {
    this.current += ms;
    const due = this.timers.filter((timer) => timer.at <= this.current);
    this.timers = this.timers.filter((timer) => timer.at > this.current);
    due.forEach((timer) => timer.abort());
  }

  /**
   * Lets up to `ms` pass, but no further than the first timeout that falls due: a provider
   * that takes longer than the skill is willing to wait is cut off there.
   */
  spend(ms: number): void {
    const firstDue = Math.min(...this.timers.map((timer) => timer.at));
    this.advance(Math.min(ms, firstDue - this.current));
  }

  /** An Alexa request timestamp `msAgo` before this clock's now. */
  timestampAgo(msAgo: number): string {
    return new Date(this.current - msAgo).toISOString();
  }
}

/** A request's full deadline on a clock of its own that stands still: it never runs out, however busy the machine. */
export const standingDeadline = (): Deadline => Deadline.after(Deadline.DEFAULT_BUDGET_MS, new ManualClock());
