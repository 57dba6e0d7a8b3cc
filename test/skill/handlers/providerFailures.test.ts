import net from 'node:net';
import nock from 'nock';
import { intentRequest } from '../../../src/local/requestEnvelope';
import { Deadline } from '../../../src/skill/providers/deadline';
import { ManualClock } from '../../support/clock';
import { Dialog, SPOTIFY_TEST_API, testSkill } from '../../support/dialog';
import { JSON_HEADERS } from '../../support/nockSpotify';
import { library, playlistPage, spotifyError } from '../../support/spotifyWire';

const LIST = intentRequest('ListPlaylistsIntent');
const CONTENTS = intentRequest('PlaylistContentsIntent', { playlistName: 'road trip' });
const ROAD_TRIP = library(['Road Trip']);

afterEach(() => {
  nock.abortPendingRequests();
  nock.cleanAll();
});

/** A person talking to a skill whose deadlines and waits run on `clock`, not on real seconds. */
const dialogOn = (clock: ManualClock) => new Dialog(testSkill({ clock }));

const spotify = () => nock(SPOTIFY_TEST_API);
const playlistsReply = () => [200, playlistPage(ROAD_TRIP, 0, 50), JSON_HEADERS] as const;

describe('when Spotify rejects the token (401)', () => {
  it('Alexa says the link expired, explains how to link again, and sends the LinkAccount card', async () => {
    spotify().get('/me/playlists').query(true).reply(401, spotifyError(401, 'The access token expired'), JSON_HEADERS);
    const turn = await new Dialog().say(LIST);
    expect(turn.speech).toContain('Your link to Spotify has expired. To link again, open the Alexa app');
    expect(turn.card).toEqual({ type: 'LinkAccount' });
    expect(turn.sessionOpen).toBe(false);
  });
});

describe('when Spotify forbids (403)', () => {
  it('for the library, Alexa explains the development-mode user list, without a relink', async () => {
    spotify()
      .get('/me/playlists')
      .query(true)
      .reply(403, spotifyError(403, 'User not registered in the Developer Dashboard'), JSON_HEADERS);
    const turn = await new Dialog().say(LIST);
    expect(turn.speech).toContain("Spotify won't let me read your playlists.");
    expect(turn.card).toBeUndefined();
    expect(turn.sessionOpen).toBe(true);
  });

  it('for one playlist, Alexa says it can only read playlists the person owns or collaborates on', async () => {
    spotify()
      .get('/me/playlists')
      .query(true)
      .reply(...playlistsReply());
    spotify().get(`/playlists/${ROAD_TRIP[0].id}/items`).query(true).reply(403, 'Forbidden', { 'Content-Type': 'text/plain' });
    const turn = await new Dialog().say(CONTENTS);
    expect(turn.speech).toContain("Spotify won't let me read that playlist. I can only read playlists you own or collaborate on.");
    expect(turn.card).toBeUndefined();
  });
});

describe('when the playlist is gone (404)', () => {
  it('Alexa says it could not find that playlist', async () => {
    spotify()
      .get('/me/playlists')
      .query(true)
      .reply(...playlistsReply());
    spotify().get(`/playlists/${ROAD_TRIP[0].id}/items`).query(true).reply(404, spotifyError(404, 'Not found.'), JSON_HEADERS);
    const turn = await new Dialog().say(CONTENTS);
    expect(turn.speech).toContain("I couldn't find that playlist.");
    expect(turn.sessionOpen).toBe(true);
  });
});

describe('when Spotify rate-limits (429)', () => {
  it('a Retry-After of up to 2 s is waited out once, and the answer succeeds', async () => {
    const clock = new ManualClock();
    const scope = spotify()
      .get('/me/playlists')
      .query(true)
      .reply(429, spotifyError(429, 'API rate limit exceeded'), { ...JSON_HEADERS, 'Retry-After': '2' })
      .get('/me/playlists')
      .query(true)
      .reply(...playlistsReply());
    const turn = await dialogOn(clock).say(LIST);
    expect(turn.speech).toContain('You have 1 playlist.');
    expect(clock.sleeps).toEqual([2000]);
    expect(scope.isDone()).toBe(true);
  });

  it.each(['3', '30'])('a Retry-After of %s s is not waited for: Alexa says Spotify is busy at once', async (retryAfter) => {
    const clock = new ManualClock();
    spotify()
      .get('/me/playlists')
      .query(true)
      .reply(429, spotifyError(429, 'API rate limit exceeded'), { ...JSON_HEADERS, 'Retry-After': retryAfter });
    const turn = await dialogOn(clock).say(LIST);
    expect(turn.speech).toContain('Spotify is busy right now. Please try again in a minute.');
    expect(turn.sessionOpen).toBe(true);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('when Spotify fails (5xx) or the network does', () => {
  it('one failure is retried and the answer succeeds', async () => {
    const scope = spotify()
      .get('/me/playlists')
      .query(true)
      .reply(503, spotifyError(503, 'Service unavailable'), JSON_HEADERS)
      .get('/me/playlists')
      .query(true)
      .reply(...playlistsReply());
    expect((await new Dialog().say(LIST)).speech).toContain('You have 1 playlist.');
    expect(scope.isDone()).toBe(true);
  });

  it('two failures in a row get an apology, after exactly one retry', async () => {
    const scope = spotify().get('/me/playlists').query(true).times(2).reply(500, 'oops');
    const extra = spotify()
      .get('/me/playlists')
      .query(true)
      .reply(...playlistsReply());
    const turn = await new Dialog().say(LIST);
    expect(turn.speech).toContain("Sorry, I couldn't reach Spotify just now.");
    expect(turn.sessionOpen).toBe(true);
    expect(scope.isDone()).toBe(true);
    expect(extra.isDone()).toBe(false);
  });

  it('a refused connection is retried once, then apologised for', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const turn = await new Dialog(testSkill({}, `http://127.0.0.1:${closedPort}/v1`)).say(LIST);
    expect(turn.speech).toContain("Sorry, I couldn't reach Spotify just now.");
  });
});

describe('when Spotify sends a malformed body', () => {
  it.each([
    ['invalid JSON', '{"items": [', JSON_HEADERS],
    ['the wrong content type', '<html>busy</html>', { 'Content-Type': 'text/html' }],
    ['the wrong shape', '{"playlists": []}', JSON_HEADERS],
    ['an empty body', '', JSON_HEADERS],
  ])('(%s) Alexa apologises', async (_name, body, headers) => {
    spotify().get('/me/playlists').query(true).reply(200, body, headers);
    const turn = await new Dialog().say(LIST);
    expect(turn.speech).toContain("Sorry, Spotify sent an answer I couldn't understand.");
    expect(turn.sessionOpen).toBe(true);
  });
});

/** Spotify's playlist list that never answers; resolves once the skill has asked. */
function hangingPlaylists(): Promise<void> {
  return new Promise<void>((arrived) => {
    spotify()
      .get('/me/playlists')
      .query(true)
      .reply((_uri, _body, callback) => {
        arrived();
        // Never calls back: the connection hangs.
        void callback;
      });
  });
}

describe('when Spotify hangs', () => {
  it('Alexa answers with an apology once the deadline passes on the clock', async () => {
    const clock = new ManualClock();
    const asked = hangingPlaylists();
    const turn = dialogOn(clock).say(LIST);
    await asked;
    clock.advance(Deadline.DEFAULT_BUDGET_MS);
    expect((await turn).speech).toContain("Sorry, I couldn't reach Spotify just now.");
  });
});

describe("the deadline counts from the request's timestamp", () => {
  it('a request Alexa sent 3 s ago (a slow cold start) gives up 3 s sooner', async () => {
    const clock = new ManualClock();
    const asked = hangingPlaylists();
    let answered = false;
    const turn = dialogOn(clock)
      .say({ ...LIST, timestamp: clock.timestampAgo(3000) })
      .finally(() => (answered = true));
    await asked;
    clock.advance(Deadline.DEFAULT_BUDGET_MS - 3000 - 1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    clock.advance(1);
    expect((await turn).speech).toContain("Sorry, I couldn't reach Spotify just now.");
  });

  it('a request Alexa sent 7 s ago is answered at once, without asking Spotify', async () => {
    const clock = new ManualClock();
    const scope = spotify()
      .get('/me/playlists')
      .query(true)
      .reply(...playlistsReply());
    const turn = await dialogOn(clock).say({ ...LIST, timestamp: clock.timestampAgo(7000) });
    expect(turn.speech).toContain("Sorry, I couldn't reach Spotify just now.");
    expect(scope.isDone()).toBe(false);
  });

  it.each([
    ['in the future', (clock: ManualClock) => new Date(clock.now() + 60_000).toISOString()],
    ['a minute old', (clock: ManualClock) => clock.timestampAgo(60_000)],
    ['unparseable', () => 'not a time'],
  ])('a timestamp %s counts from arrival, and the answer succeeds', async (_name, timestamp) => {
    const clock = new ManualClock();
    spotify()
      .get('/me/playlists')
      .query(true)
      .reply(...playlistsReply());
    const turn = await dialogOn(clock).say({ ...LIST, timestamp: timestamp(clock) });
    expect(turn.speech).toContain('You have 1 playlist.');
  });
});
