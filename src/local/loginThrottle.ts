/*
 * Slows down password guessing at the demo provider's login page, as a real provider does:
 * after `maxFailures` wrong passwords within `windowMs` for one key (an account, or an address),
 * that key may not try again until the oldest of those failures leaves the window.
 */

export interface LoginThrottleOptions {
  readonly maxFailures: number;
  readonly windowMs: number;
  readonly now: () => number;
  /** Keys remembered at most; the least recently failed go first, so a flood cannot grow memory. */
  readonly maxKeys?: number;
}

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: LoginThrottleOptions) {}

  /** 0 when `key` may try now; otherwise how long until it may. */
  retryAfterMs(key: string): number {
    const recent = this.recentFailures(key);
    if (recent.length < this.options.maxFailures) return 0;
    return recent[recent.length - this.options.maxFailures] + this.options.windowMs - this.options.now();
  }

  recordFailure(key: string): void {
    const recent = this.recentFailures(key);
    recent.push(this.options.now());
    this.failures.delete(key);
    this.failures.set(key, recent.slice(-this.options.maxFailures));
    if (this.failures.size > (this.options.maxKeys ?? 10_000)) this.failures.delete(this.failures.keys().next().value as string);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recentFailures(key: string): number[] {
    const since = this.options.now() - this.options.windowMs;
    return (this.failures.get(key) ?? []).filter((time) => time > since);
  }
}
