import nock from 'nock';
import { buildEnvelope, intentRequest } from '../../../src/local/requestEnvelope';
import { Dialog, LINKED_TOKEN, SPOTIFY_TEST_API, testSkill, Turn } from '../../support/dialog';
import { JSON_HEADERS, nockSpotifyLibrary } from '../../support/nockSpotify';
import { ManualClock } from '../../support/clock';
import { itemsPage, library, playlistPage, trackItem } from '../../support/spotifyWire';

/*
 * "Which playlist has hound dog?": every playlist is searched, a progressive response goes
 * out first when the search takes more than one round, and the deadline is kept, on a clock
 * the test moves (only `Date` is faked; timers and sockets stay real).
 */

const ALEXA_API = 'https://api.amazonalexa.com';
const NAMES = [
  'Rock & Roll',
  'Elvis Forever',
  'Road Trip',
  'Oldies',
  'Party',
  'Fifties',
  'Sunday',
  'Workout',
  'Focus',
  'Sleep',
  'Dinner',
  'Throwbacks',
  'Indie Mix',
  "Today's Top Hits",
];
const PLAYLISTS = library(NAMES);
const idOf = (name: string) => PLAYLISTS[NAMES.indexOf(name)].id;
const HOUND_DOG = trackItem('Hound Dog', ['Elvis Presley']);
const OTHER = trackItem('Take Five', ['The Dave Brubeck Quartet']);
const WITH_HOUND_DOG = ['Rock & Roll', 'Elvis Forever', 'Oldies', 'Party', 'Fifties'];
const ITEMS = Object.fromEntries(NAMES.map((name) => [idOf(name), WITH_HOUND_DOG.includes(name) ? [OTHER, HOUND_DOG] : [OTHER]]));
const NOT_MINE = [idOf("Today's Top Hits")];

const findSong = (songQuery: string | undefined, locale = 'en-US') => intentRequest('FindSongIntent', { songQuery }, locale);

interface SpokenDirective {
  header: { requestId: string };
  directive: { type: string; speech: string };
}

/** Alexa's Directive Service, as it answers a progressive response: 204 No Content. */
function nockDirectives(status = 204) {
  const received: SpokenDirective[] = [];
  const scope = nock(ALEXA_API, { reqheaders: { authorization: 'Bearer local-api-access-token' } })
    .post('/v1/directives', (body: SpokenDirective) => {
      received.push(body);
      return true;
    })
    .reply(status);
  return { scope, received };
}

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe.each([
  [
    'en-US',
    'Let me look through your 14 playlists.',
    "Hound Dog by Elvis Presley is on Rock & Roll, Elvis Forever, Oldies, and 2 more. I couldn't look into 1 playlist, because Spotify only shares the songs of playlists you own or collaborate on.",
  ],
  [
    'en-GB',
    'Let me look through your 14 playlists.',
    "Hound Dog by Elvis Presley is on Rock & Roll, Elvis Forever, Oldies and 2 more. I couldn't look into 1 playlist, because Spotify only shares the songs of playlists you own or collaborate on.",
  ],
  [
    'de-DE',
    'Ich schaue deine 14 Playlists durch.',
    'Hound Dog von Elvis Presley ist auf Rock & Roll, Elvis Forever, Oldies und 2 weitere. In 1 Playlist konnte ich nicht hineinschauen, weil Spotify nur die Songs von Playlists zeigt, die dir gehören oder an denen du mitarbeitest.',
  ],
])('in %s, "which playlist has hound dog" over 14 playlists, one of them not the user’s', (locale, announcement, answer) => {
  it('says first that it is looking, then names three playlists, counts the rest, and says plainly what it could not look into', async () => {
    nockSpotifyLibrary(PLAYLISTS, ITEMS, NOT_MINE);
    const directives = nockDirectives();
    const envelope = buildEnvelope(findSong('hound dog', locale), { accessToken: LINKED_TOKEN, locale });
    const turn = await new Dialog(testSkill()).send(envelope);
    expect(directives.received).toEqual([
      {
        header: { requestId: envelope.request.requestId },
        directive: { type: 'VoicePlayer.Speak', speech: `<speak>${announcement}</speak>` },
      },
    ]);
    expect(turn.speech).toContain(answer);
    expect(turn.sessionOpen).toBe(true);
  });
});

describe('finding a song', () => {
  it('a song on one playlist makes that playlist the one "how long is it" means', async () => {
    const few = PLAYLISTS.slice(0, 3);
    nockSpotifyLibrary(few, { [few[0].id]: [HOUND_DOG], [few[1].id]: [OTHER], [few[2].id]: [OTHER] });
    const dialog = new Dialog();
    expect((await dialog.say(findSong('hound dog by elvis'))).speech).toContain('Hound Dog by Elvis Presley is on Rock & Roll.');
    expect((await dialog.say(intentRequest('PlaylistTrackCountIntent', { playlistName: undefined }))).speech).toContain(
      'Rock & Roll has 10 songs.',
    );
  });

  it('an artist matching several songs is answered as the artist, normalised like names ("beyonce" meets "Beyoncé")', async () => {
    const few = PLAYLISTS.slice(0, 2);
    nockSpotifyLibrary(few, {
      [few[0].id]: [trackItem('Halo', ['Beyoncé']), trackItem('Formation', ['Beyoncé'])],
      [few[1].id]: [trackItem('Halo', ['Beyoncé'])],
    });
    const turn = await new Dialog().say(findSong('beyonce'));
    expect(turn.speech).toContain('Beyoncé is on 2 playlists: Rock & Roll and Elvis Forever.');
  });

  it('a song on no playlist is said plainly, with no progressive response for a search of one round', async () => {
    nockSpotifyLibrary(PLAYLISTS.slice(0, 3), Object.fromEntries(PLAYLISTS.slice(0, 3).map((p) => [p.id, [OTHER]])));
    const directives = nockDirectives();
    const turn = await new Dialog().say(findSong('bohemian rhapsody'));
    expect(turn.speech).toContain("I couldn't find bohemian rhapsody on your playlists.");
    expect(directives.scope.isDone()).toBe(false);
  });

  it('with no song named, asks which one', async () => {
    const turn = await new Dialog().say(findSong(undefined));
    expect(turn.speech).toBe('Which song or artist should I look for?');
    expect(turn.sessionOpen).toBe(true);
  });

  it.each([
    ['answers 500', () => nockDirectives(500)],
    ['cannot be reached', () => nock(ALEXA_API).post('/v1/directives').replyWithError('socket hang up')],
  ])('a progressive response that %s never fails the answer', async (_, failDirectives) => {
    nockSpotifyLibrary(PLAYLISTS, ITEMS, NOT_MINE);
    failDirectives();
    const turn = await new Dialog().say(findSong('hound dog'));
    expect(turn.speech).toContain('Hound Dog by Elvis Presley is on Rock & Roll, Elvis Forever, Oldies, and 2 more.');
  });

  it('the request’s apiAccessToken goes to Alexa’s API only, never to another host the envelope names', async () => {
    nockSpotifyLibrary(PLAYLISTS, ITEMS, NOT_MINE);
    const elsewhere = nock('https://collector.example').post(/.*/).reply(204);
    const envelope = buildEnvelope(findSong('hound dog'), { accessToken: LINKED_TOKEN });
    envelope.context.System.apiEndpoint = 'https://collector.example';
    const turn = await new Dialog().send(envelope);
    expect(elsewhere.isDone()).toBe(false);
    expect(turn.speech).toContain('Hound Dog by Elvis Presley');
  });

  it('"repeat that" says the search’s answer again without a second progressive response, from the cached track lists', async () => {
    const spotify = nockSpotifyLibrary(PLAYLISTS, ITEMS, NOT_MINE);
    const itemRequests: string[] = [];
    spotify.on('request', (request: { path: string }) => {
      if (request.path.includes('/items')) itemRequests.push(request.path);
    });
    const directives = nockDirectives();
    const dialog = new Dialog();
    const first = await dialog.say(findSong('hound dog'));
    const readForTheSearch = itemRequests.length;
    const again = await dialog.say(intentRequest('AMAZON.RepeatIntent'));
    expect(again.speech).toBe(first.speech);
    expect(directives.received).toHaveLength(1);
    // Readable lists come from the container's cache; only the refused one is asked again, since errors are never cached.
    expect(itemRequests.length - readForTheSearch).toBe(NOT_MINE.length);
  });
});

describe('the search keeps the deadline', () => {
  const TWENTY = library(Array.from({ length: 20 }, (_, index) => (index === 17 ? 'Hound Dog Hits' : `Mix ${index + 1}`)));

  /** A Spotify on which each track list costs `stepMs` of the test's clock (moved as the request arrives). */
  function nockSlowSpotify(stepMs: number, options: { libraryMs?: number } = {}) {
    return nock(SPOTIFY_TEST_API)
      .persist()
      .get('/me/playlists')
      .query(true)
      .reply((uri) => {
        clock.advance(options.libraryMs ?? 0);
        const query = new URL(uri, 'http://x').searchParams;
        return [200, playlistPage(TWENTY, Number(query.get('offset')), Number(query.get('limit'))), JSON_HEADERS];
      })
      .get(/\/playlists\/[^/]+\/items/)
      .query(true)
      .reply((uri) => {
        const id = decodeURIComponent(uri.split('/playlists/')[1].split('/')[0]);
        clock.advance(stepMs);
        const hits = TWENTY.find((playlist) => playlist.id === id)?.name === 'Hound Dog Hits';
        return [200, itemsPage(hits ? [HOUND_DOG] : [OTHER], 10), JSON_HEADERS];
      });
  }

  let clock: ManualClock;
  beforeEach(() => {
    clock = new ManualClock();
  });

  /** Waits, however long the machine takes, until `replies` replies have gone out; lets the sockets deliver them; then moves the clock. */
  const turnOf = async (pending: Promise<Turn>, spotify: nock.Scope, replies: number, thenAdvanceMs: number) => {
    let replied = 0;
    await new Promise<void>((resolve) => {
      spotify.on('replied', () => {
        if (++replied === replies) resolve();
      });
    });
    for (let spins = 0; spins < 50; spins++) await new Promise((resolve) => setImmediate(resolve));
    clock.advance(thenAdvanceMs);
    return pending;
  };

  it('when time runs out it answers with what it found, and says how many playlists it searched', async () => {
    const spotify = nockSlowSpotify(2000);
    const itemRequests: string[] = [];
    spotify.on('request', (request: { path: string }) => {
      if (request.path.includes('/items')) itemRequests.push(request.path);
    });
    nockDirectives();
    // The library, then ten track lists.
    const turn = await turnOf(new Dialog(testSkill({ clock })).say(findSong('hound dog')), spotify, 11, 0);
    // Ten start at once and take 20 s of the 6.5 s budget between them: none is begun after them, those
    // still out are cut off at the deadline, and the answer says so instead of waiting.
    expect(itemRequests).toHaveLength(10);
    expect(turn.speech).toContain('I only managed to look through 0 of your 20 playlists in time.');
    expect(turn.speech).not.toContain('Hound Dog Hits');
    expect(turn.speech).toContain("I couldn't find hound dog on your playlists.");
  });

  it('a playlist that does not answer in time is left out when the time is up, not waited for', async () => {
    // Registered first, so it answers before the others: one track list that takes 20 real seconds.
    nock(SPOTIFY_TEST_API)
      .get(`/playlists/${TWENTY[3].id}/items`)
      .query(true)
      .delay(20_000)
      .reply(200, itemsPage([OTHER], 10), JSON_HEADERS);
    // The library costs 5 s of the budget: 1.5 s are left, 0.5 s of them for searching.
    const spotify = nockSlowSpotify(0, { libraryMs: 5000 });
    nockDirectives();
    // The library and the 19 lists that answer; then half a second passes with one list still out.
    const turn = await turnOf(new Dialog(testSkill({ clock })).say(findSong('hound dog')), spotify, 20, 500);
    expect(turn.speech).toContain('Hound Dog by Elvis Presley is on Hound Dog Hits.');
    expect(turn.speech).toContain('I only managed to look through 19 of your 20 playlists in time.');
  });
});
