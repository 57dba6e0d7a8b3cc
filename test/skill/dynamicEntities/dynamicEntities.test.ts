import { dialog } from 'ask-sdk-model';
import nock from 'nock';
import { intentRequest } from '../../../src/local/requestEnvelope';
import { youtubeBinding } from '../../../src/skill/providers/youtube/youtubeBinding';
import { buildSkill } from '../../../src/skill/skill';
import { Dialog, LINKED_TOKEN, SPOTIFY_TEST_API } from '../../support/dialog';
import { nockYouTubeLibrary, YOUTUBE_TEST_API } from '../../support/youtubeWire';
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

  it('teaches a library of 12 at once, from the one page the listing read', async () => {
    nockSpotifyLibrary(library(Array.from({ length: 12 }, (_, index) => `Mix ${index}`)));
    const turn = await new Dialog().say(list);
    expect(entitiesIn(turn)[0].types![0].values).toHaveLength(12);
  });
});

/*
 * Issue 18 item 5: Alexa learns the names on the first read. "List my playlists" reads the
 * first page at the provider's largest page size (50) in its one round trip and teaches those
 * names on that very response; a later full read teaches as many as Alexa takes (100 values
 * in one directive).
 */
describe('a library of 120 playlists', () => {
  const NAMES = Array.from({ length: 120 }, (_, index) => `Mix ${index + 1}`);
  const LIBRARY = library(NAMES);
  const taughtIds = (turn: Parameters<typeof entitiesIn>[0]) => entitiesIn(turn)[0].types![0].values.map((value) => value.id);

  function spotifyCountingLibraryReads() {
    const reads: string[] = [];
    const scope = nockSpotifyLibrary(LIBRARY, { [LIBRARY[96].id]: [trackItem('Hound Dog', ['Elvis Presley'])] });
    scope.on('request', (request: { path: string }) => {
      if (request.path.includes('/me/playlists')) reads.push(new URL(request.path, 'http://x').search);
    });
    return reads;
  }

  it.each(['en-US', 'de-DE'])('in %s, the first "list my playlists" is one round trip that teaches the first 50 names', async (locale) => {
    const reads = spotifyCountingLibraryReads();
    const dialog = new Dialog(undefined, { accessToken: LINKED_TOKEN, locale });
    const turn = await dialog.say(intentRequest('ListPlaylistsIntent', {}, locale));
    expect(turn.speech).toContain(locale === 'de-DE' ? 'Du hast 120 Playlists.' : 'You have 120 playlists.');
    expect(reads).toEqual(['?limit=50&offset=0']);
    expect(taughtIds(turn)).toEqual(LIBRARY.slice(0, 50).map((playlist) => playlist.id));

    // "More" goes on from the sixth, and the first page's names are what Alexa knows meanwhile.
    const more = await dialog.say(intentRequest('AMAZON.MoreIntent', {}, locale));
    expect(more.speech).toContain('Mix 6');
    expect(more.speech).not.toContain('Mix 5,');

    // A name past the first page makes the skill read the whole library; Alexa then learns 100, its limit.
    const contents = await dialog.say(intentRequest('PlaylistContentsIntent', { playlistName: 'mix 97' }, locale));
    expect(contents.speech).toContain('Mix 97');
    expect(contents.speech).toContain('Hound Dog');
    expect(taughtIds(contents)).toEqual(LIBRARY.slice(0, 100).map((playlist) => playlist.id));
    // The whole read is 50 at a time too; it reads the first page again, as its own request.
    expect(reads).toEqual(['?limit=50&offset=0', '?limit=5&offset=5', '?limit=50&offset=0', '?limit=50&offset=50', '?limit=50&offset=100']);

    // From then on the listing teaches the whole library this container holds, still within the limit.
    const again = await dialog.say(intentRequest('ListPlaylistsIntent', {}, locale));
    expect(taughtIds(again)).toHaveLength(100);
  });

  it('on YouTube too: one request with maxResults=50, and its 50 names taught', async () => {
    const playlists = NAMES.map((title, index) => ({ id: `PL${String(index).padStart(32, '0')}`, title, itemCount: 3 }));
    const reads: string[] = [];
    nockYouTubeLibrary(playlists).on('request', (request: { path: string }) => {
      if (request.path.includes('/playlists?')) reads.push(new URL(request.path, 'http://x').searchParams.get('maxResults') ?? '');
    });
    const skill = buildSkill({ accountLinking: 'required' }, youtubeBinding(YOUTUBE_TEST_API));
    const turn = await new Dialog(skill).say(intentRequest('ListPlaylistsIntent'));
    expect(turn.speech).toContain('The first 5 are: Mix 1, Mix 2');
    expect(reads).toEqual(['50']);
    expect(taughtIds(turn)).toEqual(playlists.slice(0, 50).map((playlist) => playlist.id));
  });
});
