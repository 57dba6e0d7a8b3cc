import { dialog } from 'ask-sdk-model';
import nock from 'nock';
import { intentRequest } from '../../../src/local/requestEnvelope';
import { Dialog, SPOTIFY_TEST_API } from '../../support/dialog';
import { JSON_HEADERS, nockSpotifyLibrary } from '../../support/nockSpotify';
import { withResolution } from '../../support/resolutions';
import { FixturePlaylist, itemsPage, library, trackItem } from '../../support/spotifyWire';

const ROCK: FixturePlaylist = { id: '37i9dQZF1DWXRqgorJj26U', name: 'Rock & Roll', total: 42 };
const CHILL: FixturePlaylist = { id: '37i9dQZF1DX4WYpdgoIcn6', name: 'Chill Vibes 🌙', total: 12 };

const contents = (name: string) => intentRequest('PlaylistContentsIntent', { playlistName: name });
const entitiesIn = (turn: { envelope: { response: { directives?: unknown[] } } }) =>
  (turn.envelope.response.directives ?? []).filter(
    (directive): directive is dialog.DynamicEntitiesDirective => (directive as { type: string }).type === 'Dialog.UpdateDynamicEntities',
  );

afterEach(() => nock.cleanAll());

describe('after the skill has read a person’s playlists', () => {
  it('it teaches Alexa their names, with IDs and spoken synonyms (REPLACE)', async () => {
    nockSpotifyLibrary([ROCK, CHILL], { [ROCK.id]: [trackItem('Hound Dog', ['Elvis Presley'])] });
    const turn = await new Dialog().say(contents('rock and roll'));
    const [directive] = entitiesIn(turn);
    expect(directive).toEqual({
      type: 'Dialog.UpdateDynamicEntities',
      updateBehavior: 'REPLACE',
      types: [
        {
          name: 'PLAYLIST_NAME',
          values: [
            { id: ROCK.id, name: { value: 'Rock & Roll', synonyms: ['rock and roll'] } },
            { id: CHILL.id, name: { value: 'Chill Vibes 🌙', synonyms: ['chill vibes'] } },
          ],
        },
      ],
    });
  });

  it('in German, "&" is spoken as "und"', async () => {
    nockSpotifyLibrary([ROCK], { [ROCK.id]: [] });
    const turn = await new Dialog(undefined, { accessToken: 'BQD-linked-user-access-token-0123456789', locale: 'de-DE' }).say(
      intentRequest('PlaylistContentsIntent', { playlistName: 'rock und roll' }, 'de-DE'),
    );
    expect(entitiesIn(turn)[0].types![0].values[0].name.synonyms).toEqual(['rock und roll']);
  });

  it('never sends more than Alexa’s 100 values, even for a large library', async () => {
    nockSpotifyLibrary(library(Array.from({ length: 230 }, (_, index) => `Mix ${index}`)));
    const turn = await new Dialog().say(intentRequest('PlaylistTrackCountIntent', { playlistName: 'mix 7' }));
    expect(entitiesIn(turn)[0].types![0].values).toHaveLength(100);
  });
});

describe('when Alexa resolved the name through the dynamic entities', () => {
  it('the playlist is read by its ID, without listing the library again', async () => {
    const items = nock(SPOTIFY_TEST_API)
      .get(`/playlists/${ROCK.id}/items`)
      .query(true)
      .reply(200, itemsPage([trackItem('Hound Dog', ['Elvis Presley'])], 42), JSON_HEADERS);
    const request = withResolution(contents('rock n roll'), 'playlistName', {
      kind: 'dynamic',
      status: 'ER_SUCCESS_MATCH',
      value: { id: ROCK.id, name: 'Rock & Roll' },
    });
    const turn = await new Dialog().say(request);
    expect(turn.speech).toContain('Rock & Roll has 42 songs. It starts with: Hound Dog by Elvis Presley.');
    expect(items.isDone()).toBe(true);
  });

  it('a resolved playlist that has since been deleted is "not found", not a crash', async () => {
    nock(SPOTIFY_TEST_API)
      .get(`/playlists/${ROCK.id}/items`)
      .query(true)
      .reply(404, { error: { status: 404, message: 'Not found' } }, JSON_HEADERS);
    const request = withResolution(contents('rock n roll'), 'playlistName', {
      kind: 'dynamic',
      status: 'ER_SUCCESS_MATCH',
      value: { id: ROCK.id, name: 'Rock & Roll' },
    });
    expect((await new Dialog().say(request)).speech).toContain("I couldn't find that playlist.");
  });

  it.each([
    ['no dynamic match', { kind: 'dynamic', status: 'ER_SUCCESS_NO_MATCH' }],
    [
      'a static match, whose ID is the model’s, not Spotify’s',
      { kind: 'static', status: 'ER_SUCCESS_MATCH', value: { id: 'static-1', name: 'rock and roll' } },
    ],
  ] as const)('with %s, the skill falls back to matching the name itself', async (_case, resolution) => {
    nockSpotifyLibrary([ROCK, CHILL], { [ROCK.id]: [trackItem('Hound Dog', ['Elvis Presley'])] });
    const turn = await new Dialog().say(withResolution(contents('rock n roll'), 'playlistName', resolution));
    expect(turn.speech).toContain('Rock & Roll has 42 songs.');
  });
});

describe('when the person lists their playlists', () => {
  const list = intentRequest('ListPlaylistsIntent');

  it('teaches Alexa the names when the whole library is on the page it read', async () => {
    nockSpotifyLibrary([ROCK, CHILL]);
    const turn = await new Dialog().say(list);
    expect(entitiesIn(turn)[0].types![0].values.map((value) => value.id)).toEqual([ROCK.id, CHILL.id]);
  });

  it('teaches Alexa the whole library when this container has already read it, not just the names read out', async () => {
    const names = Array.from({ length: 12 }, (_, index) => `Mix ${index}`);
    nockSpotifyLibrary([ROCK, ...library(names)], { [ROCK.id]: [] });
    const conversation = new Dialog();
    await conversation.say(contents('rock and roll'));
    const turn = await conversation.say(list);
    expect(entitiesIn(turn)[0].types![0].values).toHaveLength(13);
  });

  it('sends no partial list, which would replace what Alexa knows, when only a page of a larger library is known', async () => {
    nockSpotifyLibrary(library(Array.from({ length: 12 }, (_, index) => `Mix ${index}`)));
    const turn = await new Dialog().say(list);
    expect(entitiesIn(turn)).toEqual([]);
  });
});
