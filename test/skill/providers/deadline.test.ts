import { ALEXA_RESPONSE_LIMIT_MS, ANSWER_RESERVE_MS, Deadline } from '../../../src/skill/providers/deadline';
import { ManualClock } from '../../support/clock';

const BUDGET_MS = ALEXA_RESPONSE_LIMIT_MS - ANSWER_RESERVE_MS;

describe('a request deadline', () => {
  it("counts from when Alexa sent the request, leaving the answer's reserve inside Alexa's 8 s", () => {
    const clock = new ManualClock();
    // A cold start took 3 s before the handler ran.
    const deadline = Deadline.forRequest(clock.timestampAgo(3000), clock);
    expect(deadline.remainingMs()).toBe(BUDGET_MS - 3000);
    expect(BUDGET_MS + ANSWER_RESERVE_MS).toBe(8000);
  });

  it('has no time left for a request sent almost 8 s ago', () => {
    const clock = new ManualClock();
    expect(Deadline.forRequest(clock.timestampAgo(7000), clock).remainingMs()).toBe(0);
  });

  it('reads timestamps with milliseconds and with an offset', () => {
    const clock = new ManualClock(Date.parse('2026-04-05T22:27:50.000Z'));
    expect(Deadline.forRequest('2026-04-05T22:27:47.500Z', clock).remainingMs()).toBe(BUDGET_MS - 2500);
    expect(Deadline.forRequest('2026-04-06T00:27:48+02:00', clock).remainingMs()).toBe(BUDGET_MS - 2000);
  });

  it.each<[string, (clock: ManualClock) => unknown]>([
    ['missing', () => undefined],
    ['null', () => null],
    ['a number', (clock) => clock.now() - 1000],
    ['an object', () => ({ toString: () => '2026-04-05T22:27:47Z' })],
    ['unparseable', () => 'yesterday at noon'],
    ['a date without a time', () => '2026-04-05'],
    ['an impossible date', () => '2026-13-45T99:99:99Z'],
    ['in the future', (clock) => new Date(clock.now() + 60_000).toISOString()],
    ['a little in the future', (clock) => new Date(clock.now() + 500).toISOString()],
    ['far in the past', (clock) => clock.timestampAgo(10 * 60_000)],
    ['older than Alexa would wait', (clock) => clock.timestampAgo(ALEXA_RESPONSE_LIMIT_MS + 1)],
    ['huge', () => '2026-04-05T22:27:47Z'.repeat(100_000)],
  ])('falls back to the arrival time when the timestamp is %s', (_name, timestamp) => {
    const clock = new ManualClock(Date.parse('2026-04-05T22:27:50Z'));
    expect(Deadline.forRequest(timestamp(clock), clock).remainingMs()).toBe(BUDGET_MS);
  });

  it('runs on its clock: waiting uses it up, and its signal aborts when it passes', async () => {
    const clock = new ManualClock();
    const deadline = Deadline.after(2000, clock);
    const signal = deadline.signal();
    expect(deadline.allows(1000, 500)).toBe(true);
    await deadline.wait(1000);
    expect(clock.sleeps).toEqual([1000]);
    expect(deadline.remainingMs()).toBe(1000);
    expect(deadline.allows(1000)).toBe(false);
    expect(signal.aborted).toBe(false);
    clock.advance(1000);
    expect(signal.aborted).toBe(true);
    expect(deadline.remainingMs()).toBe(0);
  });
});
