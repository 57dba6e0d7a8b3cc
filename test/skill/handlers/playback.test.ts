import nock from 'nock';
import { intentRequest } from '../../../src/local/requestEnvelope';
import { Deadline } from '../../../src/skill/providers/deadline';
import { IDLE_DEVICE_PAUSE_MS } from '../../../src/skill/providers/spotify/SpotifyPlayer';
import { youtubeBinding } from '../../../src/skill/providers/youtube/youtubeBinding';
import { buildSkill } from '../../../src/skill/skill';
import { ManualClock } from '../../support/clock';
import { Dialog, LINKED_TOKEN, SPOTIFY_TEST_API, testSkill, Turn } from '../../support/dialog';
import { JSON_HEADERS, nockSpotifyLibrary } from '../../support/nockSpotify';
import { nockSpotifyPlayer } from '../../support/nockSpotifyPlayer';
import { INSUFFICIENT_SCOPE, NO_ACTIVE_DEVICE, playerError, PREMIUM_REQUIRED } from '../../support/spotifyPlayerWire';
import { FixturePlaylist, library, spotifyError } from '../../support/spotifyWire';

const ROCK: FixturePlaylist = { id: 'rockrollrockrollrockro', name: 'Rock & Roll', total: 8 };
const LIBRARY = [ROCK, ...library(['Road Trip', 'Chill'])];
const ROAD_TRIP = LIBRARY[1];

const PHONE = { id: 'phone0000000000000000000000000000000001', name: "Alice's iPhone", type: 'Smartphone' };
const KITCHEN = { id: 'echo00000000000000000000000000000kitchen', name: 'Kitchen Echo', type: 'Speaker' };
const OFFICE = { id: 'comp0000000000000000000000000000000office', name: 'Office Computer', type: 'Computer' };

const KITCHEN_ECHO_ID = 'amzn1.ask.device.KITCHENECHOOOOOOOOOOO';
const BEDROOM_ECHO_ID = 'amzn1.ask.device.BEDROOMECHOOOOOOOOOOO';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const play = (slots: Record<string, string | undefined>, locale = 'en-US') => intentRequest('PlayPlaylistIntent', slots, locale);
const fromEcho = (deviceId: string, skill = testSkill()) => new Dialog(skill, { accessToken: LINKED_TOKEN, deviceId });

function elicitDirective(turn: Turn) {
  return turn.envelope.response.directives?.find((directive) => directive.type === 'Dialog.ElicitSlot') as
    { slotToElicit: string; updatedIntent: { name: string; slots: Record<string, { value?: string }> } } | undefined;
}

describe('playing a playlist on a Spotify Connect device', () => {
  beforeEach(() => nockSpotifyLibrary(LIBRARY));

  it('"play rock and roll" starts it on the active device, by its context URI, and says what plays where', async () => {
    const player = nockSpotifyPlayer({ devices: [{ ...KITCHEN }, { ...PHONE, isActive: true }] });
    const turn = await new Dialog().say(play({ playlistName: 'rock and roll' }));
    expect(player.commands).toEqual([
      { path: '/me/player/play', query: { device_id: PHONE.id }, body: { context_uri: `spotify:playlist:${ROCK.id}` } },
    ]);
    expect(turn.speech).toBe("Playing Rock & Roll on Alice's iPhone.");
    expect(turn.card).toMatchObject({ type: 'Simple', content: "Playing Rock & Roll on Alice's iPhone." });
    expect(turn.sessionOpen).toBe(false);
  });

  it('"play rock and roll on the kitchen echo" finds the device by its spoken name', async () => {
    const player = nockSpotifyPlayer({ devices: [{ ...KITCHEN }, { ...PHONE, isActive: true }] });
    const turn = await new Dialog().say(play({ playlistName: 'rock and roll', deviceName: 'the kitchen echo' }));
    expect(player.commands[0].query).toEqual({ device_id: KITCHEN.id });
    expect(turn.speech).toBe('Playing Rock & Roll on Kitchen Echo.');
  });

  it('"play the third song on rock and roll" starts at offset position 2', async () => {
    const player = nockSpotifyPlayer({ devices: [{ ...PHONE, isActive: true }] });
    const turn = await new Dialog().say(play({ playlistName: 'rock and roll', position: '3' }));
    expect(player.commands[0].body).toEqual({ context_uri: `spotify:playlist:${ROCK.id}`, offset: { position: 2 } });
    expect(turn.speech).toBe("Playing Rock & Roll from song 3 on Alice's iPhone.");
  });

  it('a position past the end of the playlist is explained, and nothing is played', async () => {
    const player = nockSpotifyPlayer({ devices: [{ ...PHONE, isActive: true }] });
    const turn = await new Dialog().say(play({ playlistName: 'rock and roll', position: 'twentieth' }));
    expect(player.commands).toEqual([]);
    expect(turn.speech).toContain('Rock & Roll has only 8 songs.');
    expect(turn.sessionOpen).toBe(true);
  });

  it('"shuffle road trip" starts it and turns shuffle on for that device', async () => {
    const player = nockSpotifyPlayer({ devices: [{ ...OFFICE, isActive: true }] });
    const turn = await new Dialog().say(intentRequest('ShufflePlaylistIntent', { playlistName: 'road trip' }));
    expect(player.commands).toEqual([
      { path: '/me/player/play', query: { device_id: OFFICE.id }, body: { context_uri: `spotify:playlist:${ROAD_TRIP.id}` } },
      { path: '/me/player/shuffle', query: { state: 'true', device_id: OFFICE.id }, body: undefined },
    ]);
    expect(turn.speech).toBe('Shuffling Road Trip on Office Computer.');
  });

  it.each([
    ['play rock and roll on shuffle', 'shuffle', 'en-US', 'Shuffling Rock & Roll on Office Computer.'],
    ['play rock and roll on random', 'random', 'en-US', 'Shuffling Rock & Roll on Office Computer.'],
    [
      'spiele rock and roll auf Zufallswiedergabe',
      'Zufallswiedergabe',
      'de-DE',
      'Rock & Roll läuft jetzt in zufälliger Reihenfolge auf Office Computer.',
    ],
  ])(
    '"%s": Alexa hears the order as the device, and the playlist is shuffled where it would play',
    async (_, deviceName, locale, speech) => {
      const player = nockSpotifyPlayer({ devices: [{ ...KITCHEN }, { ...OFFICE, isActive: true }] });
      const turn = await new Dialog(testSkill(), { accessToken: LINKED_TOKEN, locale }).say(
        play({ playlistName: 'rock and roll', deviceName }, locale),
      );
      expect(player.commands).toEqual([
        { path: '/me/player/play', query: { device_id: OFFICE.id }, body: { context_uri: `spotify:playlist:${ROCK.id}` } },
        { path: '/me/player/shuffle', query: { state: 'true', device_id: OFFICE.id }, body: undefined },
      ]);
      expect(turn.speech).toBe(speech);
    },
  );

  it('"play chill on shuffle" with no device to pick asks which device as the shuffle intent, and shuffles there', async () => {
    const player = nockSpotifyPlayer({ devices: [{ ...KITCHEN }, { ...PHONE }] });
    const dialog = new Dialog();
    const question = await dialog.say(play({ playlistName: 'chill', deviceName: 'shuffle' }));
    expect(elicitDirective(question)).toMatchObject({
      slotToElicit: 'deviceName',
      updatedIntent: { name: 'ShufflePlaylistIntent', slots: { playlistName: { value: 'Chill' }, deviceName: {} } },
    });
    const answer = await dialog.say(intentRequest('ShufflePlaylistIntent', { playlistName: 'Chill', deviceName: 'kitchen echo' }));
    expect(player.commands.map((command) => command.path)).toEqual(['/me/player/play', '/me/player/shuffle']);
    expect(answer.speech).toBe('Shuffling Chill on Kitchen Echo.');
  });

  it('with one device and nothing active, plays there without asking', async () => {
    const player = nockSpotifyPlayer({ devices: [{ ...KITCHEN }] });
    const turn = await new Dialog().say(play({ playlistName: 'chill' }));
    expect(player.commands[0].query).toEqual({ device_id: KITCHEN.id });
    expect(turn.speech).toBe('Playing Chill on Kitchen Echo.');
  });
});

describe('"play it": the playlist the conversation is about', () => {
  beforeEach(() => nockSpotifyLibrary(LIBRARY));

  it('plays the playlist last talked about, found by its ID', async () => {
    const player = nockSpotifyPlayer({ devices: [{ ...PHONE, isActive: true }] });
    const dialog = new Dialog();
    const asked = await dialog.say(intentRequest('PlaylistTrackCountIntent', { playlistName: 'road trip' }));
    expect(asked.sessionOpen).toBe(true);
    const turn = await dialog.say(play({}));
    expect(player.commands).toEqual([
      { path: '/me/player/play', query: { device_id: PHONE.id }, body: { context_uri: `spotify:playlist:${ROAD_TRIP.id}` } },
    ]);
    expect(turn.speech).toBe("Playing Road Trip on Alice's iPhone.");
  });

  it('with nothing talked about yet, asks which playlist with Dialog.ElicitSlot and plays nothing', async () => {
    const player = nockSpotifyPlayer({ devices: [{ ...PHONE, isActive: true }] });
    const turn = await new Dialog().say(play({}));
    expect(player.commands).toEqual([]);
    expect(elicitDirective(turn)).toMatchObject({ slotToElicit: 'playlistName', updatedIntent: { name: 'PlayPlaylistIntent' } });
    expect(turn.sessionOpen).toBe(true);
  });
});

describe('which device, when none is named', () => {
  beforeEach(() => nockSpotifyLibrary(LIBRARY));

  it('asks with Dialog.ElicitSlot, naming a few, and plays where the answer says', async () => {
    const player = nockSpotifyPlayer({ devices: [{ ...KITCHEN }, { ...PHONE }, { ...OFFICE }] });
    const dialog = fromEcho(KITCHEN_ECHO_ID);
    const question = await dialog.say(play({ playlistName: 'rock and roll' }));
    expect(question.speech).toBe("Which device should I play it on? For example, Kitchen Echo, Alice's iPhone, or Office Computer.");
    expect(question.sessionOpen).toBe(true);
    expect(elicitDirective(question)).toMatchObject({
      slotToElicit: 'deviceName',
      updatedIntent: { name: 'PlayPlaylistIntent', slots: { playlistName: { value: 'Rock & Roll' }, deviceName: {} } },
    });
    expect(player.commands).toEqual([]);

    // Alexa sends the intent it was given back, with the answer in the slot it asked for.
    const answer = await dialog.say(play({ playlistName: 'Rock & Roll', deviceName: 'office computer' }));
    expect(player.commands[0].query).toEqual({ device_id: OFFICE.id });
    expect(answer.speech).toBe('Playing Rock & Roll on Office Computer.');
  });

  it('a name no device has is said back, with the devices there are', async () => {
    nockSpotifyPlayer({ devices: [{ ...KITCHEN }, { ...PHONE, isActive: true }] });
    const turn = await new Dialog().say(play({ playlistName: 'chill', deviceName: 'garage radio' }));
    expect(turn.speech).toBe("I couldn't find a device called garage radio. You can play on Alice's iPhone or Kitchen Echo. Which one?");
    expect(elicitDirective(turn)?.slotToElicit).toBe('deviceName');
  });
});

describe('the device remembered for the Echo that asked', () => {
  beforeEach(() => nockSpotifyLibrary(LIBRARY));

  it('a device chosen by name is used next time from that Echo, while another Echo keeps its own', async () => {
    const player = nockSpotifyPlayer({ devices: [{ ...KITCHEN }, { ...PHONE, isActive: true }] });
    const skill = testSkill();
    await fromEcho(KITCHEN_ECHO_ID, skill).say(play({ playlistName: 'rock and roll', deviceName: 'kitchen echo' }));
    const again = await fromEcho(KITCHEN_ECHO_ID, skill).say(play({ playlistName: 'road trip' }));
    const elsewhere = await fromEcho(BEDROOM_ECHO_ID, skill).say(play({ playlistName: 'chill' }));
    expect(player.commands.map((command) => command.query.device_id)).toEqual([KITCHEN.id, KITCHEN.id, PHONE.id]);
    expect(again.speech).toBe('Playing Road Trip on Kitchen Echo.');
    expect(elsewhere.speech).toBe("Playing Chill on Alice's iPhone.");
  });

  it('a remembered device that is no longer listed gives way to the active one', async () => {
    const skill = testSkill();
    nockSpotifyPlayer({ devices: [{ ...KITCHEN }, { ...PHONE, isActive: true }] });
    await fromEcho(KITCHEN_ECHO_ID, skill).say(play({ playlistName: 'rock and roll', deviceName: 'kitchen echo' }));
    nock.cleanAll();
    nockSpotifyLibrary(LIBRARY);
    const player = nockSpotifyPlayer({ devices: [{ ...PHONE, isActive: true }] });
    const turn = await fromEcho(KITCHEN_ECHO_ID, skill).say(play({ playlistName: 'road trip' }));
    expect(player.commands[0].query).toEqual({ device_id: PHONE.id });
    expect(turn.speech).toBe("Playing Road Trip on Alice's iPhone.");
  });
});

describe("what's playing, and where it can play", () => {
  it('names the song, its artist and the device', async () => {
    nockSpotifyPlayer({
      devices: [],
      state: { device: { ...PHONE }, track: { name: 'Johnny B. Goode', artists: ['Chuck Berry'] }, playlistId: ROCK.id },
    });
    const turn = await new Dialog().say(intentRequest('NowPlayingIntent'));
    expect(turn.speech).toBe("Now playing: Johnny B. Goode by Chuck Berry, on Alice's iPhone.");
    expect(turn.sessionOpen).toBe(false);
  });

  it('says a paused song is paused, and where', async () => {
    nockSpotifyPlayer({
      devices: [],
      state: { device: { ...KITCHEN }, track: { name: 'Holiday', artists: ['Madonna'] }, isPlaying: false },
    });
    const turn = await new Dialog().say(intentRequest('NowPlayingIntent'));
    expect(turn.speech).toBe('Nothing is playing right now. Holiday by Madonna is paused on Kitchen Echo.');
  });

  it('reads 204 as nothing playing', async () => {
    nockSpotifyPlayer({ devices: [] });
    const turn = await new Dialog().say(intentRequest('NowPlayingIntent'));
    expect(turn.speech).toBe('Nothing is playing on Spotify right now.');
  });

  it('lists the devices, and which one is active', async () => {
    nockSpotifyPlayer({ devices: [{ ...KITCHEN }, { ...PHONE, isActive: true }, { ...OFFICE, isRestricted: true }] });
    const turn = await new Dialog().say(intentRequest('ListDevicesIntent'));
    expect(turn.speech).toMatch(/^You can play on Kitchen Echo and Alice's iPhone\. Alice's iPhone is the active one\./);
    expect(turn.sessionOpen).toBe(true);
  });
});

describe("Spotify's refusals, each with its own answer", () => {
  beforeEach(() => nockSpotifyLibrary(LIBRARY));

  it('PREMIUM_REQUIRED: explains that only Premium accounts can be controlled, with no card', async () => {
    nockSpotifyPlayer({ devices: [{ ...PHONE, isActive: true }], onCommand: () => [403, PREMIUM_REQUIRED, JSON_HEADERS] });
    const turn = await new Dialog().say(play({ playlistName: 'rock and roll' }));
    expect(turn.speech).toContain('Spotify only lets Premium accounts be controlled like this');
    expect(turn.card).toBeUndefined();
    expect(turn.sessionOpen).toBe(true);
  });

  it('no devices at all: says how to wake one, with no card', async () => {
    const player = nockSpotifyPlayer({ devices: [] });
    const turn = await new Dialog().say(play({ playlistName: 'rock and roll' }));
    expect(player.commands).toEqual([]);
    expect(turn.speech).toBe(
      "I can't find a Spotify device that's ready to play. Open Spotify on your phone or computer, or say, Alexa, play music on Spotify, once, then ask me again.",
    );
    expect(turn.card).toBeUndefined();
  });

  it('NO_ACTIVE_DEVICE from the devices list: the same advice', async () => {
    nockSpotifyPlayer({ devices: [], devicesReply: [404, NO_ACTIVE_DEVICE, JSON_HEADERS] });
    const turn = await new Dialog().say(intentRequest('ListDevicesIntent'));
    expect(turn.speech).toContain('Open Spotify on your phone or computer, or say, Alexa, play music on Spotify, once');
    expect(turn.card).toBeUndefined();
  });

  it('a token without the playback scopes: LinkAccount card, and why a new link is needed', async () => {
    nockSpotifyPlayer({ devices: [], devicesReply: [403, INSUFFICIENT_SCOPE, JSON_HEADERS] });
    const turn = await new Dialog().say(play({ playlistName: 'rock and roll' }));
    expect(turn.speech).toMatch(/^Playing music needs a new permission from Spotify, so your account must be linked again\./);
    expect(turn.card).toEqual({ type: 'LinkAccount' });
    expect(turn.sessionOpen).toBe(false);
  });

  it.each([
    [401, playerError(401, 'The access token expired'), /^Your link to Spotify has expired/],
    [503, spotifyError(503, 'Service unavailable'), /^Sorry, I couldn't reach Spotify just now\./],
    [429, spotifyError(429, 'API rate limit exceeded'), /^Spotify is busy right now\./],
  ])('anything else goes through the existing errors: %s', async (status, body, speech) => {
    nock(SPOTIFY_TEST_API)
      .get('/me/player')
      .query(true)
      .times(2)
      .reply(status, body, { ...JSON_HEADERS, 'retry-after': '60' });
    const turn = await new Dialog().say(intentRequest('NowPlayingIntent'));
    expect(turn.speech).toMatch(speech);
  });

  it('a restricted device refusing a command is explained, not relinked', async () => {
    nockSpotifyPlayer({
      devices: [{ ...PHONE, isActive: true }],
      onCommand: () => [403, playerError(403, 'Player command failed: Restriction violated', 'UNKNOWN'), JSON_HEADERS],
    });
    const turn = await new Dialog().say(play({ playlistName: 'chill' }));
    expect(turn.speech).toContain("Spotify won't let me control that device right now.");
    expect(turn.card).toBeUndefined();
  });
});

describe('an idle Echo, on simulated time', () => {
  beforeEach(() => nockSpotifyLibrary(LIBRARY));

  it('is asked again after a short pause, and then plays', async () => {
    const clock = new ManualClock();
    const at: number[] = [];
    const player = nockSpotifyPlayer({
      devices: [{ ...KITCHEN }],
      onCommand: (_command, index) => (at.push(clock.now()), index === 0 ? [404, NO_ACTIVE_DEVICE, JSON_HEADERS] : undefined),
    });
    const turn = await new Dialog(testSkill({ clock })).say(play({ playlistName: 'rock and roll', deviceName: 'kitchen echo' }));
    expect(player.commands).toHaveLength(2);
    expect(clock.sleeps).toEqual([IDLE_DEVICE_PAUSE_MS]);
    expect(at[1] - at[0]).toBe(IDLE_DEVICE_PAUSE_MS);
    expect(turn.speech).toBe('Playing Rock & Roll on Kitchen Echo.');
  });

  it('still asleep, it is named, with how to wake it and no card', async () => {
    const player = nockSpotifyPlayer({ devices: [{ ...KITCHEN }], onCommand: () => [404, NO_ACTIVE_DEVICE, JSON_HEADERS] });
    const turn = await new Dialog().say(play({ playlistName: 'rock and roll', deviceName: 'kitchen echo' }));
    expect(player.commands).toHaveLength(2);
    expect(turn.speech).toBe(
      "Kitchen Echo didn't answer Spotify. Open Spotify on it, or if it's an Echo, say, Alexa, play music on Spotify, to it once, then ask me again.",
    );
    expect(turn.card).toBeUndefined();
  });

  it('is not asked again when the pause would not fit in the time the request has left', async () => {
    const clock = new ManualClock();
    const player = nockSpotifyPlayer({
      devices: [{ ...KITCHEN }],
      onCommand: () => (clock.advance(Deadline.DEFAULT_BUDGET_MS - 1500), [404, NO_ACTIVE_DEVICE, JSON_HEADERS]),
    });
    const turn = await new Dialog(testSkill({ clock })).say(play({ playlistName: 'rock and roll', deviceName: 'kitchen echo' }));
    expect(player.commands).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(turn.speech).toMatch(/^Kitchen Echo didn't answer Spotify\./);
  });
});

describe('without a player', () => {
  it('YouTube: "play X" answers honestly, with no error and no card, and calls nothing', async () => {
    const youtube = nock('https://www.googleapis.test').get(/.*/).reply(500);
    const skill = buildSkill({ accountLinking: 'required' }, youtubeBinding('https://www.googleapis.test/youtube/v3'));
    const turn = await new Dialog(skill).say(play({ playlistName: 'rock and roll' }));
    expect(turn.speech).toMatch(/^I can read your YouTube playlists, but I can't play them/);
    expect(turn.card).toBeUndefined();
    expect(turn.sessionOpen).toBe(true);
    expect(youtube.isDone()).toBe(false);
  });

  it.each([
    ['PlayPlaylistIntent', { playlistName: 'rock and roll' }],
    ['ShufflePlaylistIntent', { playlistName: 'rock and roll' }],
    ['NowPlayingIntent', {}],
    ['ListDevicesIntent', {}],
  ])('PLAYBACK=off: %s says playback is off, and no player endpoint is called', async (intent, slots) => {
    const library = nockSpotifyLibrary(LIBRARY);
    const player = nockSpotifyPlayer({ devices: [{ ...PHONE, isActive: true }], state: { device: { ...PHONE } } });
    const turn = await new Dialog(testSkill({ playback: 'off' })).say(intentRequest(intent, slots));
    expect(turn.speech).toMatch(/^Playing music is turned off for this skill\./);
    expect(turn.card).toBeUndefined();
    expect(player.scope.isDone()).toBe(false);
    expect(player.commands).toEqual([]);
    expect(library.isDone()).toBe(false);
  });
});

describe('the linking gate', () => {
  it.each(['PlayPlaylistIntent', 'ShufflePlaylistIntent', 'NowPlayingIntent', 'ListDevicesIntent'])(
    'with optional linking, %s still needs a linked account',
    async (intent) => {
      const turn = await new Dialog(testSkill({ accountLinking: 'optional' }), {}).say(intentRequest(intent));
      expect(turn.card).toEqual({ type: 'LinkAccount' });
    },
  );
});

describe('in every locale', () => {
  beforeEach(() => nockSpotifyLibrary(LIBRARY));

  it.each([
    ['en-US', 'Playing Rock & Roll on Kitchen Echo.'],
    ['en-GB', 'Playing Rock & Roll on Kitchen Echo.'],
    ['de-DE', 'Rock & Roll läuft jetzt auf Kitchen Echo.'],
  ])('%s says what plays where', async (locale, speech) => {
    nockSpotifyPlayer({ devices: [{ ...KITCHEN, isActive: true }] });
    const turn = await new Dialog(testSkill(), { accessToken: LINKED_TOKEN, locale }).say(play({ playlistName: 'rock and roll' }, locale));
    expect(turn.speech).toBe(speech);
  });

  it('de-DE asks which device in German, joined with "oder"', async () => {
    nockSpotifyPlayer({ devices: [{ ...KITCHEN }, { ...PHONE }] });
    const turn = await new Dialog(testSkill(), { accessToken: LINKED_TOKEN, locale: 'de-DE' }).say(
      play({ playlistName: 'rock und roll' }, 'de-DE'),
    );
    expect(turn.speech).toBe("Auf welchem Gerät soll ich spielen? Zum Beispiel Kitchen Echo oder Alice's iPhone.");
  });

  it('de-DE hears the Premium explanation in German', async () => {
    nockSpotifyPlayer({ devices: [{ ...KITCHEN, isActive: true }], onCommand: () => [403, PREMIUM_REQUIRED, JSON_HEADERS] });
    const turn = await new Dialog(testSkill(), { accessToken: LINKED_TOKEN, locale: 'de-DE' }).say(
      play({ playlistName: 'rock und roll' }, 'de-DE'),
    );
    expect(turn.speech).toMatch(/^Spotify lässt nur Premium Konten so steuern/);
  });
});
