import nock from 'nock';
import { buildEnvelope, intentRequest } from '../../../src/local/requestEnvelope';
import { setLogLevel } from '../../../src/skill/logging/logger';
import { ProviderBinding } from '../../../src/skill/providers/providerBinding';
import { spotifyBinding } from '../../../src/skill/providers/spotify/spotifyBinding';
import { buildSkill } from '../../../src/skill/skill';
import { LINKED_TOKEN, SPOTIFY_TEST_API, toTurn, Turn } from '../../support/dialog';
import { JSON_HEADERS } from '../../support/nockSpotify';
import { library, playlistPage, spotifyError } from '../../support/spotifyWire';

/*
 * ask-sdk shares one response builder per request. When a handler fails half-way (after it
 * taught Alexa the library's names, say), the error's answer must not carry what the
 * handler had already added.
 */

const ROAD_TRIP = library(['Road Trip', 'Chill Vibes']);
const WHATS_ON_ROAD_TRIP = intentRequest('PlaylistContentsIntent', { playlistName: 'road trip' });
/** A device with a screen, so a half-built answer could also carry an APL document. */
const SCREEN = { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } };

beforeAll(() => setLogLevel('silent'));
afterAll(() => setLogLevel(undefined));
afterEach(() => nock.cleanAll());

async function ask(binding: ProviderBinding): Promise<Turn> {
  const skill = buildSkill({ accountLinking: 'required' }, binding);
  return toTurn(await skill.invoke(buildEnvelope(WHATS_ON_ROAD_TRIP, { accessToken: LINKED_TOKEN, supportedInterfaces: SCREEN })));
}

/** The library reads fine; the playlist's items then fail with `status`. */
function libraryThenItems(status: number): void {
  nock(SPOTIFY_TEST_API)
    .get('/me/playlists')
    .query(true)
    .reply(200, playlistPage(ROAD_TRIP, 0, 50), JSON_HEADERS)
    .get(`/playlists/${ROAD_TRIP[0].id}/items`)
    .query(true)
    .reply(status, spotifyError(status, `Injected ${status}`), JSON_HEADERS);
}

describe('an error after the library was read', () => {
  it('a 401 gets only the relink answer: no dynamic entities, no screen', async () => {
    libraryThenItems(401);
    const turn = await ask(spotifyBinding(SPOTIFY_TEST_API));
    expect(turn.speech).toContain('Your link to Spotify has expired.');
    expect(turn.card).toEqual({ type: 'LinkAccount' });
    expect(turn.envelope.response.directives).toBeUndefined();
  });

  it.each([403, 404, 500])('a %i gets only its explanation: no dynamic entities', async (status) => {
    libraryThenItems(status);
    const turn = await ask(spotifyBinding(SPOTIFY_TEST_API));
    expect(turn.speech).toMatch(/won't let me read that playlist|couldn't find that playlist|couldn't reach Spotify/);
    expect(turn.envelope.response.directives).toBeUndefined();
    expect(turn.card).toBeUndefined();
  });

  it('a bug (not a provider error) gets only the apology: no dynamic entities', async () => {
    nock(SPOTIFY_TEST_API)
      .get('/me/playlists')
      .query(true)
      .reply(200, playlistPage(ROAD_TRIP, 0, 50), JSON_HEADERS);
    const real = spotifyBinding(SPOTIFY_TEST_API);
    // The real client for the library, and a bug in reading the items.
    const buggy: ProviderBinding = {
      providerName: real.providerName,
      create: (request) => ({ ...real.create(request), listTracks: () => Promise.reject(new TypeError('a bug')) }),
    };
    const turn = await ask(buggy);
    expect(turn.speech).toContain('Sorry, something went wrong on my side.');
    expect(turn.envelope.response.directives).toBeUndefined();
  });
});
