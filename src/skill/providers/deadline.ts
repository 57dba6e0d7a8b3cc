import { Clock, systemClock } from './clock';

/** Alexa gives up on a skill this long after it sent the request. */
export const ALEXA_RESPONSE_LIMIT_MS = 8000;
/**
 * Kept back from Alexa's limit for what follows the last provider answer: building the
 * response, logging it, and the trip back to Alexa. A cold start before the handler runs is
 * already inside the limit, because the deadline counts from the request's timestamp.
 */
export const ANSWER_RESERVE_MS = 1500;

/** Alexa's request timestamps: ISO 8601 in UTC, e.g. `2026-04-05T22:27:47Z`, sometimes with milliseconds. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * When Alexa sent the request, if its `timestamp` is believable: it parses, it is not in
 * the future, and it is not older than Alexa's whole limit (a request that old can only be
 * a replay or a clock that is off, and trusting it would leave no time at all).
 */
function sentAt(timestamp: unknown, arrivedAt: number): number | undefined {
  if (typeof timestamp !== 'string' || !ISO_TIMESTAMP.test(timestamp)) return undefined;
  const sent = Date.parse(timestamp);
  if (Number.isNaN(sent) || sent > arrivedAt || arrivedAt - sent > ALEXA_RESPONSE_LIMIT_MS) return undefined;
  return sent;
}

/**
 * The time one Alexa request may spend waiting on the provider, on one clock. It counts
 * from when Alexa sent the request, so that however long the container took to start, the
 * answer leaves `ANSWER_RESERVE_MS` inside Alexa's 8 s.
 */
export class Deadline {
  static readonly DEFAULT_BUDGET_MS = ALEXA_RESPONSE_LIMIT_MS - ANSWER_RESERVE_MS;

  private constructor(
    private readonly endsAt: number,
    readonly clock: Clock,
  ) {}

  /** A deadline `ms` from now. */
  static after(ms: number = Deadline.DEFAULT_BUDGET_MS, clock: Clock = systemClock): Deadline {
    return new Deadline(clock.now() + ms, clock);
  }

  /**
   * The deadline of a request Alexa stamped with `timestamp` (untrusted: any value). A
   * missing, unparseable or implausible timestamp counts from now, the request's arrival.
   */
  static forRequest(timestamp: unknown, clock: Clock = systemClock): Deadline {
    const arrivedAt = clock.now();
    return new Deadline((sentAt(timestamp, arrivedAt) ?? arrivedAt) + Deadline.DEFAULT_BUDGET_MS, clock);
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - this.clock.now());
  }

  /** True when `ms` more milliseconds of waiting still leaves `reserveMs` for the next step. */
  allows(ms: number, reserveMs = 0): boolean {
    return this.remainingMs() > ms + reserveMs;
  }

  /** Waits `ms` on this deadline's clock; the caller checks `allows` first. */
  wait(ms: number): Promise<void> {
    return this.clock.sleep(ms);
  }

  /** A signal that aborts when the deadline passes, for one attempt started now. */
  signal(): AbortSignal {
    return this.clock.timeoutSignal(this.remainingMs());
  }
}
