/** How many provider requests one Alexa request may have in flight at once. */
export const MAX_PROVIDER_REQUESTS_IN_FLIGHT = 10;

/**
 * A cap on the provider requests in flight for one Alexa request. Every client made for
 * that request is handed the same one (`ProviderRequest.limit`), so paging the library and
 * searching its playlists together never open more than `max` connections; the rest wait
 * their turn, in order.
 */
export class ConcurrencyLimit {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly max: number = MAX_PROVIDER_REQUESTS_IN_FLIGHT) {
    if (!(Number.isInteger(max) && max >= 1)) throw new Error('ConcurrencyLimit needs room for at least one request');
  }

  get inFlight(): number {
    return this.active;
  }

  /** Runs `task` once a place is free, and frees the place when it settles. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      // The place passes straight to the next in line, so `active` never drops and rises again in between.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
