import nock from 'nock';
import { intentRequest, launchRequest } from '../../../src/local/requestEnvelope';
import { Dialog, LINKED_TOKEN, testSkill } from '../../support/dialog';
import { nockSpotifyLibrary } from '../../support/nockSpotify';
import { FixturePlaylist, library, trackItem } from '../../support/spotifyWire';

const ROCK: FixturePlaylist = { id: 'rockrollrockrollrockro', name: 'Rock & Roll', total: 1 };
const LIBRARY = [ROCK, ...library(['Road Trip', 'Chill', 'Top 50', 'Party', 'Jazz', 'Sleep'])];

afterEach(() => nock.cleanAll());
beforeEach(() => nockSpotifyLibrary(LIBRARY, { [ROCK.id]: [trackItem('Johnny B. Goode', ['Chuck Berry', 'The Band'])] }));

const inLocale = (locale: string, linked = true) => new Dialog(testSkill(), { accessToken: linked ? LINKED_TOKEN : undefined, locale });

describe('a German speaker (de-DE)', () => {
  it('hears the playlist list in German, joined with "und", with German plurals', async () => {
    const turn = await inLocale('de-DE').say(intentRequest('ListPlaylistsIntent', {}, 'de-DE'));
    expect(turn.speech).toContain('Du hast 7 Playlists. Die ersten 5 sind: Rock & Roll, Road Trip, Chill, Top 50 und Party.');
    expect(turn.speech).toContain('Sag weiter');
  });

  it('asks "was ist auf rock and roll" and hears a German answer, "1 Song" in the singular', async () => {
    const turn = await inLocale('de-DE').say(intentRequest('PlaylistContentsIntent', { playlistName: 'rock und roll' }, 'de-DE'));
    expect(turn.speech).toContain('Rock & Roll hat 1 Song. Das sind: Johnny B. Goode von Chuck Berry und The Band.');
    expect(turn.card).toMatchObject({ title: 'Playlist Leser' });
  });

  it('is asked in German to link the account', async () => {
    const turn = await inLocale('de-DE', false).say(launchRequest('de-DE'));
    expect(turn.speech).toContain('Öffne die Alexa App');
    expect(turn.card).toEqual({ type: 'LinkAccount' });
  });

  it('counts in German, and plural agrees', async () => {
    const turn = await inLocale('de-DE').say(intentRequest('PlaylistTrackCountIntent', { playlistName: 'road trip' }, 'de-DE'));
    expect(turn.speech).toContain('Road Trip hat 10 Songs.');
  });
});

describe('a British speaker (en-GB)', () => {
  it('hears lists joined the British way, without the serial comma', async () => {
    const turn = await inLocale('en-GB').say(intentRequest('ListPlaylistsIntent', {}, 'en-GB'));
    expect(turn.speech).toContain('The first 5 are: Rock & Roll, Road Trip, Chill, Top 50 and Party.');
  });
});

describe('an American speaker (en-US)', () => {
  it('hears the serial comma, and "1 song" in the singular', async () => {
    const list = await inLocale('en-US').say(intentRequest('ListPlaylistsIntent'));
    expect(list.speech).toContain('Top 50, and Party.');
    const contents = await inLocale('en-US').say(intentRequest('PlaylistContentsIntent', { playlistName: 'rock and roll' }));
    expect(contents.speech).toContain('Rock & Roll has 1 song. They are: Johnny B. Goode by Chuck Berry and The Band.');
  });
});

describe('a locale the skill has no words for', () => {
  it.each([
    ['en-AU', 'Top 50 and Party'],
    ['de-AT', 'Top 50 und Party'],
    ['ja-JP', 'Top 50, and Party'],
  ])('%s falls back to the nearest language', async (locale, joined) => {
    const turn = await inLocale(locale).say(intentRequest('ListPlaylistsIntent', {}, locale));
    expect(turn.speech).toContain(joined);
  });
});
