import nock from 'nock';
import { buildEnvelope, intentRequest, launchRequest } from '../../../src/local/requestEnvelope';
import { MAX_PENDING_CHOICES, parseSessionState } from '../../../src/skill/pipeline/sessionState';
import { Dialog, LINKED_TOKEN } from '../../support/dialog';
import { nockSpotifyLibrary } from '../../support/nockSpotify';
import { FixturePlaylist, library, trackItem } from '../../support/spotifyWire';

/*
 * Session attributes come back from the client, which may have changed them. Each probe
 * below was reproduced against the skill before the session was checked (issue 10, section 3).
 */

const ROCK: FixturePlaylist = { id: '37i9dQZF1DWXRqgorJj26U', name: 'Rock & Roll', total: 42 };
const ROAD_TRIP: FixturePlaylist = { id: '37i9dQZF1DX9wC1KY45plY', name: 'Road Trip', total: 7 };
const ROAD_TRAP: FixturePlaylist = { id: '37i9dQZF1DX9wC1KY45pTR', name: 'Road Trap', total: 3 };

const inSession = (request: ReturnType<typeof intentRequest>, sessionAttributes: Record<string, unknown>) =>
  buildEnvelope(request, { accessToken: LINKED_TOKEN, sessionAttributes });

/** Every path the skill asked Spotify for, so a probe can show what never reached it. */
function recordPaths(scope: nock.Scope): string[] {
  const paths: string[] = [];
  scope.on('request', (request: { path: string }) => paths.push(request.path));
  return paths;
}

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('session attributes altered on the way back', () => {
  it('a listOffset of 1e21 never reaches Spotify as offset=1e+21: the list starts over, and the bad offset is not kept', async () => {
    const paths = recordPaths(nockSpotifyLibrary(library(['One', 'Two', 'Three', 'Four', 'Five', 'Six'])));
    const turn = await new Dialog().send(inSession(intentRequest('AMAZON.MoreIntent'), { listOffset: 1e21 }));
    expect(paths.some((path) => /offset=1e/i.test(path))).toBe(false);
    expect(paths).toContainEqual(expect.stringMatching(/\/me\/playlists\?.*offset=0/));
    expect(turn.speech).toContain('You have 6 playlists.');
    expect(turn.sessionAttributes.listOffset).toBe(5);
  });

  it.each([-1, 1.5, '5', Number.MAX_SAFE_INTEGER + 2, 100_001])('a listOffset of %p is dropped', (listOffset) => {
    expect(parseSessionState({ listOffset }, 'Spotify')).toEqual({});
  });

  it('a pending choice with the id ".." never makes the skill call GET /v1/items', async () => {
    const paths = recordPaths(nockSpotifyLibrary([ROAD_TRIP, ROCK], { [ROCK.id]: [trackItem('Hound Dog', ['Elvis Presley'])] }));
    const turn = await new Dialog().send(
      inSession(intentRequest('PlaylistContentsIntent', { playlistName: 'rock and roll' }), {
        pendingChoice: [
          { id: '..', name: 'Rock & Roll' },
          { id: ROAD_TRIP.id, name: 'Road Trip' },
        ],
      }),
    );
    const itemPaths = paths.filter((path) => path.includes('items'));
    expect(itemPaths.length).toBeGreaterThan(0);
    expect(itemPaths.every((path) => path.startsWith(`/v1/playlists/${ROCK.id}/items?`))).toBe(true);
    expect(turn.speech).toContain('Rock & Roll has 42 songs. It starts with: Hound Dog by Elvis Presley.');
  });

  it('a name stored in a pending choice is never spoken: the provider’s name is', async () => {
    nockSpotifyLibrary([ROAD_TRIP, ROAD_TRAP], { [ROAD_TRAP.id]: [trackItem('Mask Off', ['Future'])] });
    const turn = await new Dialog().send(
      inSession(intentRequest('PlaylistTrackCountIntent', { playlistName: 'free money' }), {
        pendingChoice: [{ id: ROAD_TRAP.id, name: 'Free Money' }],
      }),
    );
    expect(turn.speech).not.toContain('Free Money');
  });

  it('the name of the playlist last talked about is never spoken: "how many songs are on it" says the provider’s', async () => {
    nockSpotifyLibrary([ROAD_TRIP, ROCK]);
    const turn = await new Dialog().send(
      inSession(intentRequest('PlaylistTrackCountIntent', { playlistName: undefined }), {
        playlist: { id: ROCK.id, name: 'Call 555 0100 now' },
      }),
    );
    expect(turn.speech).toContain('Rock & Roll has 42 songs.');
    expect(turn.speech).not.toContain('555');
  });

  it('20,000 pending entries are refused whole, and not written back', async () => {
    nockSpotifyLibrary([ROAD_TRIP, ROAD_TRAP]);
    const pendingChoice = Array.from({ length: 20_000 }, (_, index) => ({ id: `${String(index).padStart(22, '0')}`, name: 'Road Trip' }));
    const turn = await new Dialog().send(
      inSession(intentRequest('PlaylistTrackCountIntent', { playlistName: 'road trip' }), {
        pendingChoice,
      }),
    );
    expect(turn.speech).toContain('Road Trip has 7 songs.');
    expect(turn.sessionAttributes.pendingChoice).toBeUndefined();
    expect(parseSessionState({ pendingChoice: pendingChoice.slice(0, MAX_PENDING_CHOICES + 1) }, 'Spotify')).toEqual({});
  });

  it('a handler that writes nothing does not echo back a 90 KB junk attribute', async () => {
    const turn = await new Dialog().send(
      inSession(intentRequest('AMAZON.HelpIntent'), { junk: 'x'.repeat(90_000), listOffset: 5, reading: 'list' }),
    );
    expect(turn.sessionAttributes).toEqual({ listOffset: 5, reading: 'list' });
    expect(JSON.stringify(turn.sessionAttributes).length).toBeLessThan(100);
  });

  it('a new session starts empty: attributes that arrive with it were never written by the skill', async () => {
    const envelope = inSession(intentRequest('AMAZON.HelpIntent'), { junk: 'x'.repeat(90_000), listOffset: 5, reading: 'list' });
    envelope.session!.new = true;
    const turn = await new Dialog().send(envelope);
    expect(turn.speech).toContain('playlists');
    expect(turn.sessionAttributes).toEqual({});
  });

  it('a `session: null` is answered as a request outside any session, not with an apology', async () => {
    const envelope = buildEnvelope(launchRequest(), { accessToken: LINKED_TOKEN });
    (envelope as unknown as { session: unknown }).session = null;
    const turn = await new Dialog().send(envelope);
    expect(turn.speech).toContain('Welcome to Playlist Reader');
  });

  it('a session whose `new` is anything but true is checked as a continuing one', async () => {
    const envelope = inSession(intentRequest('AMAZON.HelpIntent'), { junk: 'x'.repeat(90_000), listOffset: 5, reading: 'list' });
    (envelope.session as unknown as { new: unknown }).new = 'yes';
    const turn = await new Dialog().send(envelope);
    expect(turn.sessionAttributes).toEqual({ listOffset: 5, reading: 'list' });
  });
});

describe('parseSessionState keeps only what it can check', () => {
  it('keeps a well-formed state as it is', () => {
    const state = {
      listOffset: 10,
      listStart: 5,
      playlist: { id: ROCK.id, name: 'Rock & Roll', trackStart: 5, trackOffset: 11 },
      reading: 'tracks',
      lastAnswer: { kind: 'find', query: 'hound dog' },
      pendingChoice: [{ id: ROAD_TRIP.id, name: 'Road Trip' }],
    };
    expect(parseSessionState(JSON.parse(JSON.stringify(state)), 'Spotify')).toEqual(state);
  });

  it.each([
    ['an ID that is not Spotify’s', { playlist: { id: 'abc', name: 'X' } }],
    ['a path in an ID', { playlist: { id: '../../me/player/play', name: 'X' } }],
    ['a name longer than any provider allows', { playlist: { id: ROCK.id, name: 'n'.repeat(201) } }],
    ['an unknown reading', { reading: 'everything' }],
    ['an unknown answer kind', { lastAnswer: { kind: 'shell' } }],
    ['a song query longer than a title', { lastAnswer: { kind: 'find', query: 'q'.repeat(101) } }],
    ['a song position past counting', { lastAnswer: { kind: 'detail', position: 1e9 } }],
    ['something that is not an object at all', 'listOffset=5'],
  ])('drops %s', (_, raw) => {
    expect(parseSessionState(raw, 'Spotify')).toEqual({});
  });

  it('checks IDs against the provider the skill speaks to', () => {
    const youtubeId = { playlist: { id: 'PLrp_Xy-8Tq', name: 'Mix' } };
    expect(parseSessionState(youtubeId, 'YouTube')).toEqual(youtubeId);
    expect(parseSessionState(youtubeId, 'Spotify')).toEqual({});
  });

  it('an out-of-bounds reading position is dropped but the playlist is kept', () => {
    expect(parseSessionState({ playlist: { id: ROCK.id, name: 'Rock', trackOffset: 1e21 } }, 'Spotify')).toEqual({
      playlist: { id: ROCK.id, name: 'Rock' },
    });
  });
});
