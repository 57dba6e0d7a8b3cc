import { setTimeout as realPause } from 'node:timers/promises';
import { loadConfig } from '../../src/skill/config';
import { DemoProviderWithPlayer, pointedAtDemo, startDemoProviderWithAllApis } from '../../src/local/demoApis';
import { DEMO_DEVICE_IDS, DEMO_FREE_ACCOUNT, DemoGrant } from '../../src/local/demoPlayer';
import { DEMO_ACCESS_TOKEN } from '../../src/local/demoProvider';
import { LocalDialog, TurnResult } from '../../src/local/localDialog';
import { findSamplePlaylist, SAMPLE_LIBRARY } from '../../src/local/sampleLibrary';

const ROCK = findSamplePlaylist(SAMPLE_LIBRARY, 'Rock & Roll');
const ROAD_TRIP = findSamplePlaylist(SAMPLE_LIBRARY, 'Road Trip');

let demo: DemoProviderWithPlayer;
let grant: DemoGrant | undefined;

beforeAll(async () => {
  demo = await startDemoProviderWithAllApis({ grantOf: () => grant });
});
afterAll(() => demo.close());
beforeEach(() => {
  grant = undefined;
  demo.player.reset();
});
afterEach(() => jest.useRealTimers());

async function spotify(method: string, path: string, body?: unknown) {
  const response = await fetch(`${demo.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${DEMO_ACCESS_TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

describe('the demo Spotify Connect, on the wire', () => {
  it('lists the devices in the 2026 shape: the phone active, the Kitchen Echo listed but idle', async () => {
    const { status, json } = await spotify('GET', '/me/player/devices');
    expect(status).toBe(200);
    expect(json?.devices).toEqual([
      expect.objectContaining({
        id: DEMO_DEVICE_IDS.kitchenEcho,
        name: 'Kitchen Echo',
        type: 'Speaker',
        is_active: false,
        is_restricted: false,
      }),
      expect.objectContaining({ id: DEMO_DEVICE_IDS.phone, name: "Alex's iPhone", type: 'Smartphone', is_active: true }),
      expect.objectContaining({ id: DEMO_DEVICE_IDS.livingRoom, name: 'Living Room Speaker', is_active: false, volume_percent: 55 }),
    ]);
  });

  it('reports nothing playing with 204 at first', async () => {
    expect((await spotify('GET', '/me/player')).status).toBe(204);
  });

  it('the idle Echo answers the first command with 404 NO_ACTIVE_DEVICE, then plays, and GET /me/player reports it', async () => {
    const body = { context_uri: `spotify:playlist:${ROCK.id}`, offset: { position: 2 } };
    const first = await spotify('PUT', `/me/player/play?device_id=${DEMO_DEVICE_IDS.kitchenEcho}`, body);
    expect(first).toEqual({
      status: 404,
      json: { error: { status: 404, message: 'Player command failed: No active device found', reason: 'NO_ACTIVE_DEVICE' } },
    });
    expect((await spotify('PUT', `/me/player/play?device_id=${DEMO_DEVICE_IDS.kitchenEcho}`, body)).status).toBe(204);
    const state = await spotify('GET', '/me/player');
    expect(state.status).toBe(200);
    expect(state.json).toMatchObject({
      device: { id: DEMO_DEVICE_IDS.kitchenEcho, name: 'Kitchen Echo', is_active: true },
      context: { type: 'playlist', uri: `spotify:playlist:${ROCK.id}` },
      is_playing: true,
      shuffle_state: false,
      currently_playing_type: 'track',
      item: { name: 'Great Balls of Fire', artists: [{ name: 'Jerry Lee Lewis' }] },
    });
    expect(demo.player.snapshot().devices.find((device) => device.name === "Alex's iPhone")?.isActive).toBe(false);
  });

  it('turns shuffle on for the device that plays', async () => {
    await spotify('PUT', `/me/player/play?device_id=${DEMO_DEVICE_IDS.phone}`, { context_uri: `spotify:playlist:${ROAD_TRIP.id}` });
    expect((await spotify('PUT', `/me/player/shuffle?state=true&device_id=${DEMO_DEVICE_IDS.phone}`)).status).toBe(204);
    expect((await spotify('GET', '/me/player')).json?.shuffle_state).toBe(true);
    expect(demo.player.snapshot().nowPlaying).toEqual({
      device: "Alex's iPhone",
      playlist: 'Road Trip',
      title: 'Life is a Highway',
      artists: ['Tom Cochrane'],
      position: 1,
      shuffle: true,
      isPlaying: true,
    });
  });

  it('pauses, resumes with a bodiless play, and skips, on the device that plays; GET /me/player follows', async () => {
    const phone = `device_id=${DEMO_DEVICE_IDS.phone}`;
    await spotify('PUT', `/me/player/play?${phone}`, { context_uri: `spotify:playlist:${ROCK.id}` });
    expect((await spotify('PUT', `/me/player/pause?${phone}`)).status).toBe(204);
    expect((await spotify('GET', '/me/player')).json).toMatchObject({ is_playing: false, actions: { disallows: { pausing: true } } });
    expect((await spotify('PUT', `/me/player/play?${phone}`)).status).toBe(204);
    expect((await spotify('GET', '/me/player')).json).toMatchObject({ is_playing: true, actions: { disallows: { resuming: true } } });
    expect((await spotify('POST', `/me/player/next?${phone}`)).status).toBe(204);
    expect(demo.player.snapshot().nowPlaying).toMatchObject({ position: 2, title: 'Hound Dog', isPlaying: true });
  });

  it('refuses what Spotify refuses: pausing what is paused (403), commands with nothing playing or elsewhere (404), a free account (403)', async () => {
    const phone = `device_id=${DEMO_DEVICE_IDS.phone}`;
    const nothing = await spotify('PUT', `/me/player/pause?${phone}`);
    expect(nothing).toEqual({
      status: 404,
      json: { error: { status: 404, message: 'Player command failed: No active device found', reason: 'NO_ACTIVE_DEVICE' } },
    });
    expect((await spotify('POST', `/me/player/next?${phone}`)).status).toBe(404);
    expect((await spotify('PUT', `/me/player/play?${phone}`)).status).toBe(404);
    await spotify('PUT', `/me/player/play?${phone}`, { context_uri: `spotify:playlist:${ROCK.id}` });
    expect((await spotify('PUT', `/me/player/pause?device_id=${DEMO_DEVICE_IDS.livingRoom}`)).status).toBe(404);
    await spotify('PUT', `/me/player/pause?${phone}`);
    expect(await spotify('PUT', `/me/player/pause?${phone}`)).toEqual({
      status: 403,
      json: { error: { status: 403, message: 'Player command failed: Restriction violated', reason: 'UNKNOWN' } },
    });
    grant = { username: DEMO_FREE_ACCOUNT.username };
    expect((await spotify('POST', `/me/player/next?${phone}`)).json).toMatchObject({ error: { reason: 'PREMIUM_REQUIRED' } });
  });

  it('refuses a free account with 403 PREMIUM_REQUIRED, while it may still read devices', async () => {
    grant = { username: DEMO_FREE_ACCOUNT.username };
    expect((await spotify('GET', '/me/player/devices')).status).toBe(200);
    const refused = await spotify('PUT', `/me/player/play?device_id=${DEMO_DEVICE_IDS.phone}`, {
      context_uri: `spotify:playlist:${ROCK.id}`,
    });
    expect(refused).toEqual({
      status: 403,
      json: { error: { status: 403, message: 'Player command failed: Premium required', reason: 'PREMIUM_REQUIRED' } },
    });
  });

  it.each([
    ['GET', '/me/player/devices', 'playlist-read-private playlist-read-collaborative'],
    ['GET', '/me/player', 'playlist-read-private user-modify-playback-state'],
    ['PUT', '/me/player/play', 'playlist-read-private user-read-playback-state'],
  ])('%s %s with a token granted only "%s" answers 403 Insufficient client scope', async (method, path, scope) => {
    grant = { username: 'demo-listener', scope };
    const body = method === 'PUT' ? { context_uri: `spotify:playlist:${ROCK.id}` } : undefined;
    expect(await spotify(method, path, body)).toEqual({
      status: 403,
      json: { error: { status: 403, message: 'Insufficient client scope' } },
    });
  });

  it('answers 400 for an offset past the end, 404 for an unknown playlist or device, 401 for a bad token', async () => {
    const play = (body: unknown, device: string = DEMO_DEVICE_IDS.phone) => spotify('PUT', `/me/player/play?device_id=${device}`, body);
    expect((await play({ context_uri: `spotify:playlist:${ROCK.id}`, offset: { position: ROCK.items.length } })).status).toBe(400);
    expect((await play({ context_uri: 'spotify:playlist:0000000000000000000000' })).status).toBe(404);
    expect((await play({ context_uri: `spotify:playlist:${ROCK.id}` }, 'no-such-device')).status).toBe(404);
    const anonymous = await fetch(`${demo.apiUrl}/me/player/devices`, { headers: { authorization: 'Bearer nope' } });
    expect(anonymous.status).toBe(401);
  });
});

describe('the skill against the demo player, as a new user would try it', () => {
  const dialog = (deviceId?: string) =>
    new LocalDialog({ config: pointedAtDemo(loadConfig({}), demo), accessToken: DEMO_ACCESS_TOKEN, deviceId });

  /** Runs a turn on the fake clock, so that the idle Echo's retry pause passes without real waiting. */
  async function onTheClock(turn: Promise<TurnResult>): Promise<TurnResult> {
    const outcome: { result?: TurnResult; failure?: Error } = {};
    turn.then(
      (result) => (outcome.result = result),
      (error: unknown) => (outcome.failure = error instanceof Error ? error : new Error('the turn failed')),
    );
    for (let step = 0; step < 400 && !outcome.result && !outcome.failure; step++) {
      await jest.advanceTimersByTimeAsync(50);
      await realPause(2);
    }
    if (outcome.failure) throw outcome.failure;
    if (!outcome.result) throw new Error('the turn never finished');
    return outcome.result;
  }

  it('"play road trip on the kitchen echo" wakes the idle Echo, then "what\'s playing" names song, artist and device', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const person = dialog();
    const played = await onTheClock(person.say('play road trip on the kitchen echo'));
    jest.useRealTimers();
    expect(played.speech).toBe('Playing Road Trip on Kitchen Echo.');
    expect(demo.player.snapshot().nowPlaying).toMatchObject({ device: 'Kitchen Echo', playlist: 'Road Trip' });
    const playing = await person.say("what's playing");
    expect(playing.speech).toBe('Now playing: Life is a Highway by Tom Cochrane, on Kitchen Echo.');
  });

  it('"play the third song on rock and roll" plays from Great Balls of Fire on the active phone', async () => {
    const turn = await dialog().say('play the third song on rock and roll');
    expect(turn.speech).toBe("Playing Rock & Roll from song 3 on Alex's iPhone.");
    expect(demo.player.snapshot().nowPlaying).toMatchObject({ title: 'Great Balls of Fire', position: 3 });
  });

  it.each([
    [
      'en-US',
      ['play rock and roll', 'pause', 'resume', 'next song', "what's this song"],
      [
        "Playing Rock & Roll on Alex's iPhone.",
        "Paused on Alex's iPhone.",
        "Playing again on Alex's iPhone.",
        "Skipping to the next song on Alex's iPhone.",
        'Now playing: Hound Dog by Elvis Presley',
      ],
    ],
    [
      'de-DE',
      ['spiele rock and roll', 'pausiere die musik', 'musik fortsetzen', 'nächster song', 'welcher song ist das'],
      [
        "Rock & Roll läuft jetzt auf Alex's iPhone.",
        "Pausiert auf Alex's iPhone.",
        "Auf Alex's iPhone geht es weiter.",
        "Nächster Song auf Alex's iPhone.",
        'Gerade läuft Hound Dog von Elvis Presley',
      ],
    ],
  ])('%s: play, pause, resume, next song, what is this song, each a one-shot to the demo phone', async (locale, said, heard) => {
    const person = new LocalDialog({ config: pointedAtDemo(loadConfig({}), demo), accessToken: DEMO_ACCESS_TOKEN, locale });
    const speeches: string[] = [];
    for (const utterance of said) speeches.push((await person.say(utterance)).speech);
    expect(speeches.map((speech, index) => speech.slice(0, heard[index].length))).toEqual(heard);
    expect(demo.player.snapshot().nowPlaying).toMatchObject({ device: "Alex's iPhone", position: 2, isPlaying: true });
  });

  it.each([
    {
      locale: 'en-US',
      said: ['play road trip', 'pause', 'keep going', 'pause', 'list my playlists', 'continue the music'],
      resumed: "Playing again on Alex's iPhone.",
    },
    {
      locale: 'de-DE',
      said: [
        'spiele road trip',
        'pausiere die musik',
        'mach weiter',
        'pausiere die musik',
        'lies meine playlists vor',
        'setz die musik fort',
      ],
      resumed: "Auf Alex's iPhone geht es weiter.",
    },
  ])(
    '$locale: after "pause", a bare "keep going" and a "continue the music" while the list is read both resume the music',
    async ({ locale, said, resumed }) => {
      const person = new LocalDialog({ config: pointedAtDemo(loadConfig({}), demo), accessToken: DEMO_ACCESS_TOKEN, locale });
      const turns = [];
      for (const utterance of said) turns.push(await person.say(utterance));
      const heard = turns.map(({ request }) => (request.request.type === 'IntentRequest' ? request.request.intent.name : undefined));
      expect([heard[2], heard[5]]).toEqual(['AMAZON.ResumeIntent', 'ResumeMusicIntent']);
      expect(turns[2].speech).toBe(resumed);
      expect(turns[4].sessionOpen).toBe(true);
      expect(turns[5].speech).toBe(resumed);
      expect(demo.player.snapshot().nowPlaying).toMatchObject({ playlist: 'Road Trip', isPlaying: true });
    },
  );

  it.each([
    { locale: 'en-US', said: ['play rock and roll', 'list my playlists', 'keep going', 'continue'] },
    { locale: 'de-DE', said: ['spiele rock and roll', 'lies meine playlists vor', 'mach weiter', 'fortsetzen'] },
  ])('$locale: while the music plays and the list is read, a bare "keep going" or "continue" reads on', async ({ locale, said }) => {
    const person = new LocalDialog({ config: pointedAtDemo(loadConfig({}), demo), accessToken: DEMO_ACCESS_TOKEN, locale });
    const turns = [];
    for (const utterance of said) turns.push(await person.say(utterance));
    expect(turns[2].speech).toContain('Road Trip 2019');
    expect(turns[3].speech).toContain('Odds & Ends');
    expect(turns.slice(1).map((turn) => turn.sessionOpen)).toEqual([true, true, true]);
    expect(demo.player.snapshot().nowPlaying).toMatchObject({ playlist: 'Rock & Roll', position: 1, isPlaying: true });
  });

  it.each([
    {
      locale: 'en-US',
      said: ['play rock and roll', 'next', 'list my playlists', 'next'],
      skipped: "Skipping to the next song on Alex's iPhone.",
    },
    {
      locale: 'de-DE',
      said: ['spiele rock and roll', 'weiter', 'lies meine playlists vor', 'weiter'],
      skipped: "Nächster Song auf Alex's iPhone.",
    },
  ])(
    '$locale: a bare "next" skips the song while it plays and nothing is read, and reads on while the list is read',
    async ({ locale, said, skipped }) => {
      const person = new LocalDialog({ config: pointedAtDemo(loadConfig({}), demo), accessToken: DEMO_ACCESS_TOKEN, locale });
      const turns = [];
      for (const utterance of said) turns.push(await person.say(utterance));
      expect(turns[1].speech).toBe(skipped);
      expect(turns[3].speech).toContain('Road Trip 2019');
      expect(demo.player.snapshot().nowPlaying).toMatchObject({ playlist: 'Rock & Roll', position: 2, isPlaying: true });
    },
  );

  it.each([
    { locale: 'en-US', said: ['play rock and roll', 'pause', 'unpause the music', 'skip to the next one'] },
    { locale: 'de-DE', said: ['spiele rock and roll', 'pausiere die musik', 'musik fortsetzen', 'spring zum nächsten'] },
  ])('$locale: "unpause the music" and "skip to the next one" reach the player', async ({ locale, said }) => {
    const person = new LocalDialog({ config: pointedAtDemo(loadConfig({}), demo), accessToken: DEMO_ACCESS_TOKEN, locale });
    const heard = [];
    for (const utterance of said) {
      const { request } = (await person.say(utterance)).request;
      heard.push(request.type === 'IntentRequest' ? request.intent.name : undefined);
    }
    expect(heard).toEqual(['PlayPlaylistIntent', 'AMAZON.PauseIntent', 'ResumeMusicIntent', 'AMAZON.NextIntent']);
    expect(demo.player.snapshot().nowPlaying).toMatchObject({ playlist: 'Rock & Roll', position: 2, isPlaying: true });
  });

  it('"stop the music" pauses; a bare "stop" ends the skill and leaves the music playing', async () => {
    const person = dialog();
    await person.say('play rock and roll');
    const stopped = await person.say('stop');
    expect(stopped.speech).not.toContain('Paused');
    expect(demo.player.snapshot().nowPlaying?.isPlaying).toBe(true);
    expect((await person.say('stop the music')).speech).toBe("Paused on Alex's iPhone.");
    expect(demo.player.snapshot().nowPlaying?.isPlaying).toBe(false);
  });

  it('the free demo account hears the Premium explanation', async () => {
    grant = { username: DEMO_FREE_ACCOUNT.username };
    const turn = await dialog().say('play rock and roll');
    expect(turn.speech).toContain('Spotify only lets Premium accounts be controlled like this');
    expect(turn.card).toBeUndefined();
    expect(demo.player.snapshot().nowPlaying).toBeUndefined();
  });

  it('a token linked before the playback scopes hears why it must link again, with the card', async () => {
    grant = { username: 'demo-listener', scope: 'playlist-read-private playlist-read-collaborative' };
    const turn = await dialog().say('which devices can you play on');
    expect(turn.speech).toMatch(/^Playing music needs a new permission from Spotify/);
    expect(turn.card).toEqual({ type: 'LinkAccount' });
  });

  it('"which devices can you play on" names them, and the active one', async () => {
    const turn = await dialog().say('which devices can you play on');
    expect(turn.speech).toMatch(
      /^You can play on Kitchen Echo, Alex's iPhone, and Living Room Speaker\. Alex's iPhone is the active one\./,
    );
  });
});
