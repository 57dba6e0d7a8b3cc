/**
 * Where the skill's time comes from. Everything that waits or gives up on a provider asks
 * the clock, so tests can run a deadline or a `Retry-After` on simulated time.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves once `ms` milliseconds have passed. */
  sleep(ms: number): Promise<void>;
  /** A signal that aborts once `ms` milliseconds have passed. */
  timeoutSignal(ms: number): AbortSignal;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  timeoutSignal: (ms) => AbortSignal.timeout(ms),
};
