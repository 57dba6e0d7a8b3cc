import nock from 'nock';
import { intentRequest } from '../../../src/local/requestEnvelope';
import { Dialog, SPOTIFY_TEST_API } from '../../support/dialog';
import { JSON_HEADERS, nockSpotifyLibrary } from '../../support/nockSpotify';
import { TWELVE_PLAYLIST_NAMES } from '../../support/playlistNames';
import { library, playlistPage } from '../../support/spotifyWire';

const TWELVE = library(TWELVE_PLAYLIST_NAMES);

afterEach(() => nock.cleanAll());

describe('given a linked user with twelve playlists', () => {
  beforeEach(() => nockSpotifyLibrary(TWELVE));

  it('when they ask for their playlists, Alexa says the total and the first five names, and keeps listening', async () => {
    const turn = await new Dialog().say(intentRequest('ListPlaylistsIntent'));
    expect(turn.speech).toContain('You have 12 playlists.');
    expect(turn.speech).toContain('The first 5 are: Road Trip, Rock & Roll, Chill Vibes, Workout, and Focus.');
    expect(turn.speech).not.toContain('Sunday Morning');
    expect(turn.sessionOpen).toBe(true);
    expect(turn.reprompt).toMatch(/more/i);
    expect(turn.card).toMatchObject({ type: 'Simple', title: 'Playlist Reader' });
    expect(turn.sessionAttributes).toEqual({ listOffset: 5, listStart: 0, reading: 'list', lastAnswer: { kind: 'list' }, offer: 'more' });
  });

  it('when they then say "more" twice, Alexa goes on from where it stopped, then says that was all', async () => {
    const dialog = new Dialog();
    await dialog.say(intentRequest('ListPlaylistsIntent'));
    const second = await dialog.say(intentRequest('AMAZON.MoreIntent'));
    expect(second.speech).toContain('Next: Sunday Morning, Party, Jazz Classics, Sleep, and Dinner. There are 2 more.');
    const third = await dialog.say(intentRequest('AMAZON.NextIntent'));
    expect(third.speech).toContain("Next: Throwbacks and Indie Mix. That's all of them.");
    const fourth = await dialog.say(intentRequest('AMAZON.MoreIntent'));
    expect(fourth.speech).toContain("That's all of your playlists.");
    expect(fourth.sessionOpen).toBe(true);
  });

  it('when they say "more" before any list, Alexa starts the list', async () => {
    const turn = await new Dialog().say(intentRequest('AMAZON.MoreIntent'));
    expect(turn.speech).toContain('You have 12 playlists.');
  });

  it('the session never holds the library, only the offset', async () => {
    const turn = await new Dialog().say(intentRequest('ListPlaylistsIntent'));
    expect(JSON.stringify(turn.sessionAttributes).length).toBeLessThan(100);
  });
});

describe('given a linked user with no playlists', () => {
  it('Alexa says so plainly', async () => {
    nockSpotifyLibrary([]);
    const turn = await new Dialog().say(intentRequest('ListPlaylistsIntent'));
    expect(turn.speech).toBe("You don't have any playlists yet. Make one in Spotify, then ask me again.");
    expect(turn.sessionOpen).toBe(true);
  });
});

describe('given a linked user with exactly one playlist', () => {
  it('Alexa uses the singular and does not offer more', async () => {
    nockSpotifyLibrary(library(['Solo']));
    const turn = await new Dialog().say(intentRequest('ListPlaylistsIntent'));
    expect(turn.speech).toContain('You have 1 playlist. They are: Solo.');
    expect(turn.speech).not.toMatch(/say more/i);
  });
});

describe('given a library where Spotify sends entries it cannot show (null)', () => {
  it('"more" continues after the unreadable entries, never skipping or repeating a name', async () => {
    const names = library(['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve']);
    nock(SPOTIFY_TEST_API)
      .persist()
      .get('/me/playlists')
      .query(true)
      .reply((uri) => {
        const query = new URL(uri, 'http://x').searchParams;
        const page = playlistPage(names, Number(query.get('offset')), Number(query.get('limit')));
        // Entries 2 to 6 are playlists Spotify will not show.
        const offset = Number(query.get('offset'));
        page.items = page.items.map((item, index) => (offset + index >= 1 && offset + index <= 5 ? null : item)) as typeof page.items;
        return [200, page, JSON_HEADERS];
      });
    const dialog = new Dialog();
    const first = await dialog.say(intentRequest('ListPlaylistsIntent'));
    // The first answer reads a page of 50, so it still names five, past the unreadable ones.
    expect(first.speech).toContain('You have 12 playlists. The first 5 are: One, Seven, Eight, Nine, and Ten.');
    const second = await dialog.say(intentRequest('AMAZON.MoreIntent'));
    expect(second.speech).toContain("Next: Eleven and Twelve. That's all of them.");
  });
});
