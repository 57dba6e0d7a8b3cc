import { setTimeout as realPause } from 'node:timers/promises';
import nock from 'nock';
import { Deadline } from '../../../../src/skill/providers/deadline';
import {
  ForbiddenError,
  LinkExpiredError,
  NoActiveDeviceError,
  PremiumRequiredError,
  ScopeMissingError,
} from '../../../../src/skill/providers/errors';
import { IDLE_DEVICE_PAUSE_MS, SpotifyPlayer } from '../../../../src/skill/providers/spotify/SpotifyPlayer';
import { LINKED_TOKEN, SPOTIFY_TEST_API } from '../../../support/dialog';
import { JSON_HEADERS } from '../../../support/nockSpotify';
import {
  devicesBody,
  INSUFFICIENT_SCOPE,
  NO_ACTIVE_DEVICE,
  playbackStateBody,
  playerError,
  PREMIUM_REQUIRED,
} from '../../../support/spotifyPlayerWire';
import { ConcurrencyLimit } from '../../../../src/skill/providers/concurrencyLimit';

const ROCK_AND_ROLL = '37i9dQZF1DX0XUsuxWHRQd';
const KITCHEN_ECHO = { id: 'b46689b5e3a0c1b6b0f7f6d6b4b1c0c3b0c2f5e1', name: 'Kitchen Echo', type: 'Speaker', isActive: false };

const spotify = () => nock(SPOTIFY_TEST_API, { reqheaders: { authorization: `Bearer ${LINKED_TOKEN}` } });
const player = () =>
  new SpotifyPlayer({ apiUrl: SPOTIFY_TEST_API, accessToken: LINKED_TOKEN, deadline: Deadline.after(), limit: new ConcurrencyLimit() });

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  jest.useRealTimers();
});
afterAll(() => nock.enableNetConnect());

describe('SpotifyPlayer against the Player API wire format', () => {
  it('lists the devices that accept commands, leaving out restricted ones and ones without an ID', async () => {
    spotify()
      .get('/me/player/devices')
      .reply(
        200,
        devicesBody([
          { id: 'phone-1', name: "Alice's iPhone", type: 'Smartphone', isActive: true },
          { id: 'tv-1', name: 'Living Room TV', type: 'TV', isRestricted: true },
          { id: null, name: 'Private session laptop', type: 'Computer' },
          { ...KITCHEN_ECHO },
        ]),
        JSON_HEADERS,
      );
    await expect(player().listDevices()).resolves.toEqual([
      { id: 'phone-1', name: "Alice's iPhone", type: 'Smartphone', isActive: true },
      { id: KITCHEN_ECHO.id, name: 'Kitchen Echo', type: 'Speaker', isActive: false },
    ]);
  });

  it('starts a playlist on a device with its context URI, and at a zero-based offset when asked', async () => {
    const bodies: unknown[] = [];
    spotify()
      .put('/me/player/play', (body) => bodies.push(body) > 0)
      .query({ device_id: KITCHEN_ECHO.id })
      .twice()
      .reply(204);
    await player().playPlaylist({ playlistId: ROCK_AND_ROLL, device: KITCHEN_ECHO });
    await player().playPlaylist({ playlistId: ROCK_AND_ROLL, device: KITCHEN_ECHO, startAt: 2 });
    expect(bodies).toEqual([
      { context_uri: `spotify:playlist:${ROCK_AND_ROLL}` },
      { context_uri: `spotify:playlist:${ROCK_AND_ROLL}`, offset: { position: 2 } },
    ]);
  });

  it('turns shuffle on for that device once the playlist has started', async () => {
    const order: string[] = [];
    spotify()
      .put('/me/player/play')
      .query({ device_id: KITCHEN_ECHO.id })
      .reply(() => (order.push('play'), [204]))
      .put('/me/player/shuffle')
      .query({ state: 'true', device_id: KITCHEN_ECHO.id })
      .reply(() => (order.push('shuffle'), [204]));
    await player().playPlaylist({ playlistId: ROCK_AND_ROLL, device: KITCHEN_ECHO, shuffle: true });
    expect(order).toEqual(['play', 'shuffle']);
  });

  it('reads the playback state: song, artists, device, playlist and shuffle', async () => {
    spotify()
      .get('/me/player')
      .query({ additional_types: 'track,episode' })
      .reply(
        200,
        playbackStateBody({
          device: { id: 'phone-1', name: "Alice's iPhone" },
          track: { name: 'Johnny B. Goode', artists: ['Chuck Berry'] },
          playlistId: ROCK_AND_ROLL,
          shuffle: true,
        }),
        JSON_HEADERS,
      );
    await expect(player().playbackState()).resolves.toEqual({
      isPlaying: true,
      device: { id: 'phone-1', name: "Alice's iPhone", type: 'Smartphone', isActive: true },
      item: { title: 'Johnny B. Goode', artists: ['Chuck Berry'], kind: 'track' },
      playlistId: ROCK_AND_ROLL,
      shuffle: true,
      deviceRestricted: false,
      disallowed: ['resume'],
    });
  });

  it('reads a paused player on a restricted device: still its device, marked restricted, pausing disallowed', async () => {
    spotify()
      .get('/me/player')
      .query(true)
      .reply(
        200,
        playbackStateBody({ device: { id: 'car-1', name: 'Car', type: 'Automobile', isRestricted: true }, isPlaying: false }),
        JSON_HEADERS,
      );
    await expect(player().playbackState()).resolves.toMatchObject({
      isPlaying: false,
      device: { id: 'car-1', name: 'Car' },
      deviceRestricted: true,
      disallowed: ['pause'],
    });
  });

  it('reads 204 from GET /me/player as nothing playing', async () => {
    spotify().get('/me/player').query(true).reply(204);
    await expect(player().playbackState()).resolves.toBeUndefined();
  });

  it.each([
    ['403 PREMIUM_REQUIRED', 403, PREMIUM_REQUIRED, PremiumRequiredError],
    ['403 Insufficient client scope', 403, INSUFFICIENT_SCOPE, ScopeMissingError],
    ['404 NO_ACTIVE_DEVICE', 404, NO_ACTIVE_DEVICE, NoActiveDeviceError],
    ['another 403', 403, playerError(403, 'Player command failed: Restriction violated', 'UNKNOWN'), ForbiddenError],
    ['401', 401, playerError(401, 'The access token expired'), LinkExpiredError],
  ])('turns %s from the devices list into its own error', async (_label, status, body, errorType) => {
    spotify().get('/me/player/devices').reply(status, body, JSON_HEADERS);
    await expect(player().listDevices()).rejects.toBeInstanceOf(errorType);
  });

  it.each([
    ['pause', 'PUT', '/me/player/pause'],
    ['resume', 'PUT', '/me/player/play'],
    ['next', 'POST', '/me/player/next'],
  ] as const)('%s is %s %s on the device named, with no body', async (control, method, path) => {
    const seen: { body?: unknown; query?: string } = {};
    spotify()
      .intercept(path, method)
      .query(true)
      .reply(function (uri, body) {
        seen.query = new URL(uri, 'http://x').searchParams.get('device_id') ?? undefined;
        seen.body = body;
        return [204];
      });
    await player().control(control, KITCHEN_ECHO);
    expect(seen).toEqual({ query: KITCHEN_ECHO.id, body: '' });
  });

  it.each([
    ['403 PREMIUM_REQUIRED', 403, PREMIUM_REQUIRED, PremiumRequiredError],
    ['404 NO_ACTIVE_DEVICE', 404, NO_ACTIVE_DEVICE, NoActiveDeviceError],
    ['403 Restriction violated', 403, playerError(403, 'Player command failed: Restriction violated', 'UNKNOWN'), ForbiddenError],
  ])('a control refused with %s throws its own error', async (_label, status, body, errorType) => {
    spotify().put('/me/player/pause').query(true).reply(status, body, JSON_HEADERS);
    await expect(player().control('pause', KITCHEN_ECHO)).rejects.toBeInstanceOf(errorType);
  });

  it('"next" is sent once even after a 5xx, since Spotify may have skipped already', async () => {
    const scope = spotify().post('/me/player/next').query(true).times(2).reply(502, 'Bad gateway');
    await expect(player().control('next', KITCHEN_ECHO)).rejects.toMatchObject({ kind: 'unavailable' });
    expect(scope.pendingMocks()).toHaveLength(1);
  });

  it('a refused command that is not about the device is not retried', async () => {
    const scope = spotify().put('/me/player/play').query(true).once().reply(403, PREMIUM_REQUIRED, JSON_HEADERS);
    await expect(player().playPlaylist({ playlistId: ROCK_AND_ROLL, device: KITCHEN_ECHO })).rejects.toBeInstanceOf(PremiumRequiredError);
    expect(scope.isDone()).toBe(true);
  });
});

/**
 * Moves the fake clock on in small steps until `done`, letting real I/O (nock's sockets) run
 * between steps. `node:timers/promises` is not faked, so the real pause is a true wait.
 */
async function runClockUntil(done: () => boolean): Promise<void> {
  for (let step = 0; step < 200 && !done(); step++) {
    await jest.advanceTimersByTimeAsync(50);
    await realPause(1);
  }
  if (!done()) throw new Error('the condition never held');
}

/** How a promise ended, observable without awaiting it (jest's `.resolves` waits on timers the fake clock holds). */
function outcome(promise: Promise<unknown>): { settled?: 'resolved' | 'rejected'; error?: unknown } {
  const seen: { settled?: 'resolved' | 'rejected'; error?: unknown } = {};
  promise.then(
    () => (seen.settled = 'resolved'),
    (error: unknown) => Object.assign(seen, { settled: 'rejected', error }),
  );
  return seen;
}

describe('an idle Echo, which answers the first command with 404', () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  });

  it('is asked once more after a short pause on the clock, and then plays', async () => {
    const attemptedAt: number[] = [];
    spotify()
      .put('/me/player/play')
      .query({ device_id: KITCHEN_ECHO.id })
      .twice()
      .reply(() => (attemptedAt.push(Date.now()) === 1 ? [404, NO_ACTIVE_DEVICE, JSON_HEADERS] : [204]));

    const playing = outcome(player().playPlaylist({ playlistId: ROCK_AND_ROLL, device: KITCHEN_ECHO }));
    await runClockUntil(() => playing.settled !== undefined);
    expect(playing.settled).toBe('resolved');
    expect(attemptedAt).toHaveLength(2);
    expect(attemptedAt[1] - attemptedAt[0]).toBeGreaterThanOrEqual(IDLE_DEVICE_PAUSE_MS);
  });

  it('still asleep after the retry, it is reported by name', async () => {
    let attempts = 0;
    spotify()
      .put('/me/player/play')
      .query(true)
      .twice()
      .reply(() => (attempts++, [404, NO_ACTIVE_DEVICE, JSON_HEADERS]));
    const playing = outcome(player().playPlaylist({ playlistId: ROCK_AND_ROLL, device: KITCHEN_ECHO }));
    await runClockUntil(() => playing.settled !== undefined);
    expect(attempts).toBe(2);
    expect(playing.error).toBeInstanceOf(NoActiveDeviceError);
    expect(playing.error).toMatchObject({ deviceName: 'Kitchen Echo' });
  });

  it('is not retried when the pause would not fit in the time the request has left', async () => {
    const scope = spotify().put('/me/player/play').query(true).once().reply(404, NO_ACTIVE_DEVICE, JSON_HEADERS);
    const late = new SpotifyPlayer({
      apiUrl: SPOTIFY_TEST_API,
      accessToken: LINKED_TOKEN,
      deadline: Deadline.after(1200),
      limit: new ConcurrencyLimit(),
    });
    const playing = outcome(late.playPlaylist({ playlistId: ROCK_AND_ROLL, device: KITCHEN_ECHO }));
    await runClockUntil(() => playing.settled !== undefined);
    expect(playing.error).toMatchObject({ kind: 'no-active-device', deviceName: 'Kitchen Echo' });
    expect(scope.isDone()).toBe(true);
  });
});
