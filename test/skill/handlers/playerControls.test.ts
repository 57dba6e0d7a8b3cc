import nock from 'nock';
import { intentRequest } from '../../../src/local/requestEnvelope';
import { youtubeBinding } from '../../../src/skill/providers/youtube/youtubeBinding';
import { buildSkill } from '../../../src/skill/skill';
import { Dialog, LINKED_TOKEN, SPOTIFY_TEST_API, testSkill } from '../../support/dialog';
import { JSON_HEADERS, nockSpotifyLibrary } from '../../support/nockSpotify';
import { FakePlayerOptions, nockSpotifyPlayer } from '../../support/nockSpotifyPlayer';
import { NO_ACTIVE_DEVICE, playerError, PREMIUM_REQUIRED } from '../../support/spotifyPlayerWire';
import { FixturePlaylist, library } from '../../support/spotifyWire';

/*
 * "Pause", "resume", "next song" after "play": each a command to the device that plays, as a
 * music remote sends it, with the session ending after it as it does after "play".
 */

const ROCK: FixturePlaylist = { id: 'rockrollrockrollrockro', name: 'Rock & Roll', total: 8 };
const LIBRARY = [ROCK, ...library(['Road Trip', 'Chill', 'Workout', 'Focus', 'Party', 'Sleep', 'Jazz'])];
const PHONE = { id: 'phone0000000000000000000000000000000001', name: "Alice's iPhone", type: 'Smartphone' };
const CAR = { id: 'car00000000000000000000000000000000000car', name: 'Family Car', type: 'Automobile' };
const SONGS = [
  { name: 'Johnny B. Goode', artists: ['Chuck Berry'] },
  { name: 'Tutti Frutti', artists: ['Little Richard'] },
];

type PlayerState = NonNullable<FakePlayerOptions['state']>;

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const PAUSE = 'AMAZON.PauseIntent';
const RESUME = 'AMAZON.ResumeIntent';
const RESUME_MUSIC = 'ResumeMusicIntent';
const NEXT_SONG = 'NextSongIntent';
const NEXT = 'AMAZON.NextIntent';

/**
 * A phone on which Spotify plays what it is told: "play" starts Rock & Roll, "pause" and
 * "resume" flip is_playing, "next" moves on a song. GET /me/player reports it as Spotify would.
 */
function playingPhone() {
  let song = 0;
  const fake: { devices: FakePlayerOptions['devices']; state?: PlayerState } = { devices: [{ ...PHONE, isActive: true }] };
  const stateNow = (isPlaying: boolean): PlayerState => ({ device: { ...PHONE }, track: SONGS[song], playlistId: ROCK.id, isPlaying });
  const player = nockSpotifyPlayer({
    get devices() {
      return fake.devices;
    },
    get state() {
      return fake.state;
    },
    onCommand: (command) => {
      if (command.path === '/me/player/play') fake.state = stateNow(true);
      if (command.path === '/me/player/pause') fake.state = stateNow(false);
      if (command.path === '/me/player/next') {
        song += 1;
        fake.state = stateNow(true);
      }
      return undefined;
    },
  });
  return player;
}

const sessionIn = (locale: string) => new Dialog(testSkill(), { accessToken: LINKED_TOKEN, locale });

describe('after "play": pause, resume, next song, and what is this song', () => {
  beforeEach(() => nockSpotifyLibrary(LIBRARY));

  it.each([
    [
      'en-US',
      'rock and roll',
      [
        "Playing Rock & Roll on Alice's iPhone.",
        "Paused on Alice's iPhone.",
        "Playing again on Alice's iPhone.",
        "Skipping to the next song on Alice's iPhone.",
        "Now playing: Tutti Frutti by Little Richard, on Alice's iPhone.",
      ],
    ],
    [
      'en-GB',
      'rock and roll',
      [
        "Playing Rock & Roll on Alice's iPhone.",
        "Paused on Alice's iPhone.",
        "Playing again on Alice's iPhone.",
        "Skipping to the next song on Alice's iPhone.",
        "Now playing: Tutti Frutti by Little Richard, on Alice's iPhone.",
      ],
    ],
    [
      'de-DE',
      'rock und roll',
      [
        "Rock & Roll läuft jetzt auf Alice's iPhone.",
        "Pausiert auf Alice's iPhone.",
        "Auf Alice's iPhone geht es weiter.",
        "Nächster Song auf Alice's iPhone.",
        "Gerade läuft Tutti Frutti von Little Richard auf Alice's iPhone.",
      ],
    ],
  ])('%s: each command goes to the device that plays, and each ends the session', async (locale, playlistName, speeches) => {
    const player = playingPhone();
    const dialog = sessionIn(locale);
    const turns = [
      await dialog.say(intentRequest('PlayPlaylistIntent', { playlistName }, locale)),
      await dialog.say(intentRequest(PAUSE, {}, locale)),
      await dialog.say(intentRequest(RESUME, {}, locale)),
      await dialog.say(intentRequest(NEXT_SONG, {}, locale)),
      await dialog.say(intentRequest('NowPlayingIntent', {}, locale)),
    ];
    expect(turns.map((turn) => turn.speech)).toEqual(speeches);
    expect(turns.map((turn) => turn.sessionOpen)).toEqual([false, false, false, false, false]);
    expect(player.commands).toEqual([
      { path: '/me/player/play', query: { device_id: PHONE.id }, body: { context_uri: `spotify:playlist:${ROCK.id}` } },
      { path: '/me/player/pause', query: { device_id: PHONE.id }, body: undefined },
      // Resuming is play with no body: Spotify goes on where it paused.
      { path: '/me/player/play', query: { device_id: PHONE.id }, body: undefined },
      { path: '/me/player/next', query: { device_id: PHONE.id }, body: undefined },
    ]);
  });

  it('"pause" when it is already paused, and "resume" when it already plays, say so and send nothing', async () => {
    const paused = nockSpotifyPlayer({ devices: [], state: { device: { ...PHONE }, track: SONGS[0], isPlaying: false } });
    expect((await new Dialog().say(intentRequest(PAUSE))).speech).toBe("The music on Alice's iPhone is already paused.");
    nock.cleanAll();
    const playing = nockSpotifyPlayer({ devices: [], state: { device: { ...PHONE }, track: SONGS[0] } });
    expect((await new Dialog().say(intentRequest(RESUME))).speech).toBe("Music is already playing on Alice's iPhone.");
    expect([...paused.commands, ...playing.commands]).toEqual([]);
  });
});

describe('with nothing to control, or a player that refuses', () => {
  it.each([PAUSE, RESUME, RESUME_MUSIC, NEXT_SONG])(
    '%s with nothing playing (204): says so, invites "play", and keeps the session open',
    async (intent) => {
      const player = nockSpotifyPlayer({ devices: [] });
      const turn = await new Dialog().say(intentRequest(intent));
      expect(turn.speech).toBe("Nothing is playing on Spotify right now. To start something, say, play, and a playlist's name.");
      expect(turn.sessionOpen).toBe(true);
      expect(turn.reprompt).toBeDefined();
      expect(player.commands).toEqual([]);
    },
  );

  it('de-DE: nothing playing, in German', async () => {
    nockSpotifyPlayer({ devices: [] });
    const turn = await sessionIn('de-DE').say(intentRequest(PAUSE, {}, 'de-DE'));
    expect(turn.speech).toBe('Auf Spotify läuft gerade nichts. Um etwas zu starten, sag: spiele, und den Namen einer Playlist.');
  });

  it('404 NO_ACTIVE_DEVICE from the command: how to wake a device, no card, the session open', async () => {
    nockSpotifyPlayer({
      devices: [],
      state: { device: { ...PHONE }, track: SONGS[0] },
      onCommand: () => [404, NO_ACTIVE_DEVICE, JSON_HEADERS],
    });
    const turn = await new Dialog().say(intentRequest(NEXT_SONG));
    expect(turn.speech).toMatch(/^I can't find a Spotify device that's ready to play\./);
    expect(turn.card).toBeUndefined();
    expect(turn.sessionOpen).toBe(true);
  });

  it.each([
    ['en-US', /^Spotify only lets Premium accounts be controlled like this/],
    ['de-DE', /^Spotify lässt nur Premium Konten so steuern/],
  ])('403 PREMIUM_REQUIRED (%s): the Premium explanation, no card', async (locale, speech) => {
    nockSpotifyPlayer({
      devices: [],
      state: { device: { ...PHONE }, track: SONGS[0] },
      onCommand: () => [403, PREMIUM_REQUIRED, JSON_HEADERS],
    });
    const turn = await sessionIn(locale).say(intentRequest(PAUSE, {}, locale));
    expect(turn.speech).toMatch(speech);
    expect(turn.card).toBeUndefined();
  });

  it('a restricted device (a car) is named, with where to control it, and no command is sent', async () => {
    const player = nockSpotifyPlayer({ devices: [], state: { device: { ...CAR, isRestricted: true }, track: SONGS[0] } });
    const turn = await new Dialog().say(intentRequest(NEXT_SONG));
    expect(turn.speech).toBe("Spotify doesn't let skills control Family Car. Use the controls on it, or the Spotify app.");
    expect(turn.sessionOpen).toBe(false);
    expect(player.commands).toEqual([]);
  });

  it('a 403 "Restriction violated" to the command is explained, not relinked', async () => {
    nockSpotifyPlayer({
      devices: [],
      state: { device: { ...PHONE }, track: SONGS[0] },
      onCommand: () => [403, playerError(403, 'Player command failed: Restriction violated', 'UNKNOWN'), JSON_HEADERS],
    });
    const turn = await new Dialog().say(intentRequest(NEXT_SONG));
    expect(turn.speech).toContain("Spotify won't let me control that device right now.");
    expect(turn.card).toBeUndefined();
  });
});

describe('"next": the music, or what is being read', () => {
  beforeEach(() => nockSpotifyLibrary(LIBRARY));

  it('while this session reads the playlist list, "next" reads on, even with music playing, and sends no command', async () => {
    const player = nockSpotifyPlayer({ devices: [], state: { device: { ...PHONE }, track: SONGS[0] } });
    const dialog = new Dialog();
    const listed = await dialog.say(intentRequest('ListPlaylistsIntent'));
    expect(listed.sessionOpen).toBe(true);
    const next = await dialog.say(intentRequest(NEXT));
    expect(next.speech).toContain('Party');
    expect(player.commands).toEqual([]);
  });

  it('with nothing being read and music playing, a bare "next" skips the song', async () => {
    const player = nockSpotifyPlayer({ devices: [], state: { device: { ...PHONE }, track: SONGS[0] } });
    const turn = await new Dialog().say(intentRequest(NEXT));
    expect(turn.speech).toBe("Skipping to the next song on Alice's iPhone.");
    expect(player.commands).toEqual([{ path: '/me/player/next', query: { device_id: PHONE.id }, body: undefined }]);
  });

  it.each([
    ['nothing playing (204)', undefined],
    ['a paused player', { device: { ...PHONE }, track: SONGS[0], isPlaying: false }],
  ])('with nothing being read and %s, a bare "next" reads the list as before', async (_label, state) => {
    const player = nockSpotifyPlayer({ devices: [], state });
    const turn = await new Dialog().say(intentRequest(NEXT));
    expect(turn.speech).toContain('Rock & Roll');
    expect(player.commands).toEqual([]);
  });

  it('a player that cannot be asked (an old token without the playback scopes) leaves "next" reading', async () => {
    nock(SPOTIFY_TEST_API).get('/me/player').query(true).reply(403, playerError(403, 'Insufficient client scope'), JSON_HEADERS);
    const turn = await new Dialog().say(intentRequest(NEXT));
    expect(turn.speech).toContain('Rock & Roll');
  });
});

describe('"continue": the music, or what is being read', () => {
  beforeEach(() => nockSpotifyLibrary(LIBRARY));

  const PAUSED = { device: { ...PHONE }, track: SONGS[0], isPlaying: false };
  const PLAYING = { device: { ...PHONE }, track: SONGS[0] };
  const RESUMED = { path: '/me/player/play', query: { device_id: PHONE.id }, body: undefined };

  it.each([
    ['music playing', PLAYING],
    ['nothing playing (204)', undefined],
  ])('while this session reads the list, with %s, a bare "continue" reads on and sends no command', async (_label, state) => {
    const player = nockSpotifyPlayer({ devices: [], state });
    const dialog = new Dialog();
    await dialog.say(intentRequest('ListPlaylistsIntent'));
    const next = await dialog.say(intentRequest(RESUME));
    expect(next.speech).toContain('Party');
    expect(next.sessionOpen).toBe(true);
    expect(player.commands).toEqual([]);
  });

  it('while this session reads the list and the music is paused, a bare "continue" resumes the music', async () => {
    const player = nockSpotifyPlayer({ devices: [], state: PAUSED });
    const dialog = new Dialog();
    await dialog.say(intentRequest('ListPlaylistsIntent'));
    const resumed = await dialog.say(intentRequest(RESUME));
    expect(resumed.speech).toBe("Playing again on Alice's iPhone.");
    expect(player.commands).toEqual([RESUMED]);
  });

  it('"continue the music" while the list is read resumes the music, and never reads on', async () => {
    const player = nockSpotifyPlayer({ devices: [], state: PAUSED });
    const dialog = new Dialog();
    await dialog.say(intentRequest('ListPlaylistsIntent'));
    const resumed = await dialog.say(intentRequest(RESUME_MUSIC));
    expect(resumed.speech).toBe("Playing again on Alice's iPhone.");
    expect(player.commands).toEqual([RESUMED]);
  });

  it('"continue the music" while the list is read and the music plays says so, and reads nothing', async () => {
    const player = nockSpotifyPlayer({ devices: [], state: PLAYING });
    const dialog = new Dialog();
    await dialog.say(intentRequest('ListPlaylistsIntent'));
    const turn = await dialog.say(intentRequest(RESUME_MUSIC));
    expect(turn.speech).toBe("Music is already playing on Alice's iPhone.");
    expect(player.commands).toEqual([]);
  });

  it('with nothing being read, a bare "continue" is the music, as before', async () => {
    const player = nockSpotifyPlayer({ devices: [], state: PAUSED });
    const turn = await new Dialog().say(intentRequest(RESUME));
    expect(turn.speech).toBe("Playing again on Alice's iPhone.");
    expect(player.commands).toEqual([RESUMED]);
  });

  it('a player that cannot be asked leaves a bare "continue" reading', async () => {
    const dialog = new Dialog();
    await dialog.say(intentRequest('ListPlaylistsIntent'));
    nock(SPOTIFY_TEST_API).get('/me/player').query(true).reply(403, playerError(403, 'Insufficient client scope'), JSON_HEADERS);
    expect((await dialog.say(intentRequest(RESUME))).speech).toContain('Party');
  });

  it('PLAYBACK=off: a bare "continue" while reading reads on, without asking the player', async () => {
    const player = nockSpotifyPlayer({ devices: [], state: PAUSED });
    const dialog = new Dialog(testSkill({ playback: 'off' }));
    await dialog.say(intentRequest('ListPlaylistsIntent'));
    expect((await dialog.say(intentRequest(RESUME))).speech).toContain('Party');
    expect(player.scope.isDone()).toBe(false);
  });
});

describe('stop is not pause', () => {
  it('AMAZON.StopIntent says goodbye and ends the session, and leaves the music alone', async () => {
    const player = nockSpotifyPlayer({ devices: [], state: { device: { ...PHONE }, track: SONGS[0] } });
    const turn = await new Dialog().say(intentRequest('AMAZON.StopIntent'));
    expect(turn.sessionOpen).toBe(false);
    expect(player.scope.isDone()).toBe(false);
    expect(player.commands).toEqual([]);
  });
});

describe('without a player', () => {
  it.each([PAUSE, RESUME, RESUME_MUSIC, NEXT_SONG])('YouTube: %s says YouTube cannot be played, and calls nothing', async (intent) => {
    const youtube = nock('https://www.googleapis.test').get(/.*/).reply(500);
    const skill = buildSkill({ accountLinking: 'required' }, youtubeBinding('https://www.googleapis.test/youtube/v3'));
    const turn = await new Dialog(skill).say(intentRequest(intent));
    expect(turn.speech).toMatch(/^I can read your YouTube playlists, but I can't play them/);
    expect(turn.card).toBeUndefined();
    expect(youtube.isDone()).toBe(false);
  });

  it.each([PAUSE, RESUME, RESUME_MUSIC, NEXT_SONG])(
    'PLAYBACK=off: %s says playback is off, and no player endpoint is called',
    async (intent) => {
      const player = nockSpotifyPlayer({ devices: [{ ...PHONE, isActive: true }], state: { device: { ...PHONE } } });
      const turn = await new Dialog(testSkill({ playback: 'off' })).say(intentRequest(intent));
      expect(turn.speech).toMatch(/^Playing music is turned off for this skill\./);
      expect(player.scope.isDone()).toBe(false);
    },
  );

  it('PLAYBACK=off: a bare "next" reads the list, as it always did, without asking the player', async () => {
    nockSpotifyLibrary(LIBRARY);
    const player = nockSpotifyPlayer({ devices: [], state: { device: { ...PHONE }, track: SONGS[0] } });
    const turn = await new Dialog(testSkill({ playback: 'off' })).say(intentRequest(NEXT));
    expect(turn.speech).toContain('Rock & Roll');
    expect(player.scope.isDone()).toBe(false);
  });
});
