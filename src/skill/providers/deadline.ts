/**
 * The time one Alexa request may spend waiting on the provider. Alexa gives a skill
 * 8 s; the budget leaves room for a cold start and for the answer to travel back.
 */
export class Deadline {
  static readonly DEFAULT_BUDGET_MS = 6500;

  private constructor(private readonly endsAt: number) {}

  static after(ms: number = Deadline.DEFAULT_BUDGET_MS): Deadline {
    return new Deadline(Date.now() + ms);
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - Date.now());
  }

  /** True when `ms` more milliseconds of waiting still leaves `reserveMs` for the next step. */
  allows(ms: number, reserveMs = 0): boolean {
    return this.remainingMs() > ms + reserveMs;
  }
}
