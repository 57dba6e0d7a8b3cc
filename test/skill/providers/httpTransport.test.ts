import nock from 'nock';
import { ConcurrencyLimit } from '../../../src/skill/providers/concurrencyLimit';
import { Deadline } from '../../../src/skill/providers/deadline';
import { ProviderUnavailableError, RateLimitedError } from '../../../src/skill/providers/errors';
import { HttpTransport, MAX_RETRY_AFTER_MS } from '../../../src/skill/providers/httpTransport';
import { ManualClock } from '../../support/clock';
import { JSON_HEADERS } from '../../support/nockSpotify';
import { spotifyError } from '../../support/spotifyWire';

/*
 * The transport on simulated time: a `Retry-After` or a hang costs no real seconds. The
 * provider is nock speaking Spotify's wire format.
 */

const API = 'https://api.transport.test/v1';
const TOKEN = 'BQD-transport-test-token';

function transportOn(clock: ManualClock, budgetMs = Deadline.DEFAULT_BUDGET_MS) {
  return new HttpTransport({ apiUrl: API, accessToken: TOKEN, deadline: Deadline.after(budgetMs, clock), limit: new ConcurrencyLimit() });
}

const rateLimited = (retryAfter?: string) =>
  [429, spotifyError(429, 'API rate limit exceeded'), { ...JSON_HEADERS, ...(retryAfter ? { 'Retry-After': retryAfter } : {}) }] as const;

/** The library answers 429 with `retryAfter` once, then an empty page. */
const rateLimitedOnce = (retryAfter?: string) =>
  nock(API)
    .get('/me/playlists')
    .reply(...rateLimited(retryAfter))
    .get('/me/playlists')
    .reply(200, { items: [], total: 0 }, JSON_HEADERS);

afterEach(() => {
  nock.abortPendingRequests();
  nock.cleanAll();
});

describe('a 429 from the provider', () => {
  it.each([
    ['2', 2000],
    ['1', 1000],
    ['0.5', 500],
    [undefined, 1000],
  ])('with Retry-After %j is waited out (%i ms on the clock) and the call succeeds', async (retryAfter, waitedMs) => {
    const clock = new ManualClock();
    const scope = rateLimitedOnce(retryAfter);
    await expect(transportOn(clock).getJson('library', '/me/playlists')).resolves.toEqual({ items: [], total: 0 });
    expect(clock.sleeps).toEqual([waitedMs]);
    expect(scope.isDone()).toBe(true);
  });

  it('with Retry-After as an HTTP date 2 s ahead is waited out', async () => {
    const clock = new ManualClock(Date.parse('2026-04-05T22:27:50Z'));
    rateLimitedOnce('Sun, 05 Apr 2026 22:27:52 GMT');
    await transportOn(clock).getJson('library', '/me/playlists');
    expect(clock.sleeps).toEqual([2000]);
  });

  it.each(['3', '2.5', '30', '3600'])(
    'with Retry-After %j (over 2 s) gets "busy" at once: no wait, no second request',
    async (retryAfter) => {
      const clock = new ManualClock();
      const scope = rateLimitedOnce(retryAfter);
      await expect(transportOn(clock).getJson('library', '/me/playlists')).rejects.toBeInstanceOf(RateLimitedError);
      expect(clock.sleeps).toEqual([]);
      expect(scope.pendingMocks()).toHaveLength(1);
      expect(MAX_RETRY_AFTER_MS).toBe(2000);
    },
  );

  it('is not waited out when the wait would leave too little time for the retry', async () => {
    const clock = new ManualClock();
    nock(API)
      .get('/me/playlists')
      .reply(...rateLimited('2'));
    await expect(transportOn(clock, 2500).getJson('library', '/me/playlists')).rejects.toBeInstanceOf(RateLimitedError);
    expect(clock.sleeps).toEqual([]);
  });

  it('twice in a row is waited out only once', async () => {
    const clock = new ManualClock();
    nock(API)
      .get('/me/playlists')
      .times(2)
      .reply(...rateLimited('1'));
    await expect(transportOn(clock).getJson('library', '/me/playlists')).rejects.toBeInstanceOf(RateLimitedError);
    expect(clock.sleeps).toEqual([1000]);
  });
});

describe('a provider that never answers', () => {
  it('is given up on when the deadline passes on the clock, without a retry', async () => {
    const clock = new ManualClock();
    let requests = 0;
    let arrived: () => void = () => undefined;
    const received = new Promise<void>((resolve) => (arrived = resolve));
    nock(API)
      .persist()
      .get('/me/playlists')
      .reply((_uri, _body, callback) => {
        requests++;
        arrived();
        // Never calls back: the connection hangs.
        void callback;
      });
    const call = transportOn(clock).getJson('library', '/me/playlists');
    await received;
    clock.advance(Deadline.DEFAULT_BUDGET_MS);
    await expect(call).rejects.toEqual(new ProviderUnavailableError('timed out'));
    expect(requests).toBe(1);
  });

  it('is not even asked once the deadline has passed', async () => {
    const clock = new ManualClock();
    const scope = nock(API).get('/me/playlists').reply(200, { items: [], total: 0 }, JSON_HEADERS);
    const transport = transportOn(clock, 1000);
    clock.advance(1000);
    await expect(transport.getJson('library', '/me/playlists')).rejects.toEqual(new ProviderUnavailableError('timed out'));
    expect(scope.isDone()).toBe(false);
  });
});

describe('calls other than GET', () => {
  it('send a JSON body, and a 204 without one is a success', async () => {
    const clock = new ManualClock();
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' } })
      .put('/me/player/play', { context_uri: 'spotify:playlist:37i9dQZF1DXcBWIGoYBM5M' })
      .query({ device_id: 'abc' })
      .reply(204);
    const result = await transportOn(clock).call({
      method: 'PUT',
      resource: 'playlist',
      path: '/me/player/play',
      params: { device_id: 'abc' },
      body: { context_uri: 'spotify:playlist:37i9dQZF1DXcBWIGoYBM5M' },
    });
    expect(result).toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });
});
