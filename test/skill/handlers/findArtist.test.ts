import nock from 'nock';
import { createUtteranceResolver } from '../../../src/local/utteranceResolver';
import { Dialog, LINKED_TOKEN, testSkill } from '../../support/dialog';
import { JSON_HEADERS, nockSpotifyLibrary } from '../../support/nockSpotify';
import { library, spotifyError, trackItem } from '../../support/spotifyWire';
import { SPOTIFY_TEST_API } from '../../support/dialog';
import { MAX_QUERY_LENGTH, parseSessionState } from '../../../src/skill/pipeline/sessionState';

/*
 * "Got anything by Queen?", "do I have any Adele?", "which playlists have Adele on them?":
 * heard through each locale's own interaction model, answered by artist, never by a title
 * that happens to hold the same word, and the song search still finds titles.
 */

const NAMES = ['Road Trip', 'Rock & Roll', 'Dinner Party', 'Workout', 'Disco'];
const PLAYLISTS = library(NAMES);
const idOf = (name: string) => PLAYLISTS[NAMES.indexOf(name)].id;
const BOHEMIAN = trackItem('Bohemian Rhapsody', ['Queen']);
const UNDER_PRESSURE = trackItem('Under Pressure', ['Queen', 'David Bowie']);
const DANCING_QUEEN = trackItem('Dancing Queen', ['ABBA']);
const HELLO = trackItem('Hello', ['Adele']);
const HOUND_DOG = trackItem('Hound Dog', ['Elvis Presley']);
const ITEMS = {
  [idOf('Road Trip')]: [BOHEMIAN, HOUND_DOG],
  [idOf('Rock & Roll')]: [HOUND_DOG, UNDER_PRESSURE],
  [idOf('Dinner Party')]: [HELLO],
  [idOf('Workout')]: [trackItem('Power Set', ['Dua Lipa'])],
  [idOf('Disco')]: [DANCING_QUEEN],
};

const CASES = {
  'en-US': {
    queen: 'got anything by queen',
    queenAnswer: 'Queen is on 2 playlists: Road Trip and Rock & Roll.',
    repeat: 'repeat that',
    adele: 'do i have any adele',
    adeleToo: 'which playlists have adele on them',
    adeleAnswer: 'Adele is on Dinner Party.',
    howMany: 'how many songs are on it',
    howManyAnswer: 'Dinner Party has 12 songs.',
    absent: 'got anything by prince',
    absentAnswer: "I couldn't find any songs by prince on your playlists.",
    title: 'which playlist has dancing queen',
    titleAnswer: 'Dancing Queen by ABBA is on Disco.',
  },
  'de-DE': {
    queen: 'hab ich was von queen',
    queenAnswer: 'Queen ist auf 2 Playlists: Road Trip und Rock & Roll.',
    repeat: 'wiederhole das',
    adele: 'habe ich lieder von adele',
    adeleToo: 'welche playlists haben adele drauf',
    adeleAnswer: 'Adele ist auf Dinner Party.',
    howMany: 'wie viele lieder hat sie',
    howManyAnswer: 'Dinner Party hat 12 Songs.',
    absent: 'hab ich was von prince',
    absentAnswer: 'Ich habe auf deinen Playlists keine Songs von prince gefunden.',
    title: 'welche playlist hat dancing queen',
    titleAnswer: 'Dancing Queen von ABBA ist auf Disco.',
  },
} as const;

afterEach(() => nock.cleanAll());

describe.each(Object.keys(CASES) as (keyof typeof CASES)[])('in %s, a linked user asks about artists', (locale) => {
  const words = CASES[locale];
  const resolver = createUtteranceResolver(undefined, locale);
  let dialog: Dialog;
  const hear = (utterance: string) => dialog.say(resolver.resolve(utterance));

  beforeEach(() => {
    dialog = new Dialog(testSkill(), { accessToken: LINKED_TOKEN, locale });
  });

  it('names the playlists with the artist’s songs, not the one with "Dancing Queen"; repeats it; follows on; still finds titles', async () => {
    nockSpotifyLibrary(PLAYLISTS, ITEMS);
    const queen = await hear(words.queen);
    expect(queen.speech).toContain(words.queenAnswer);
    expect(queen.sessionOpen).toBe(true);
    expect((await hear(words.repeat)).speech).toContain(words.queenAnswer);
    expect((await hear(words.adele)).speech).toContain(words.adeleAnswer);
    expect((await hear(words.adeleToo)).speech).toContain(words.adeleAnswer);
    // One playlist found is the one "it" means next.
    expect((await hear(words.howMany)).speech).toContain(words.howManyAnswer);
    expect((await hear(words.absent)).speech).toContain(words.absentAnswer);
    expect((await hear(words.title)).speech).toContain(words.titleAnswer);
  });
});

describe('artist questions', () => {
  it('the song search still finds an artist’s song by the artist’s words, and keeps titles apart from artists', async () => {
    nockSpotifyLibrary(PLAYLISTS, ITEMS);
    const turn = await new Dialog().say(createUtteranceResolver(undefined, 'en-US').resolve('which playlist has elvis'));
    expect(turn.speech).toContain('Hound Dog by Elvis Presley is on Road Trip and Rock & Roll.');
    const both = await new Dialog().say(createUtteranceResolver(undefined, 'en-US').resolve('search for queen'));
    // "queen" is in a title too, so the free search names the songs, not the artist.
    expect(both.speech).toContain('I found 3 songs matching queen');
  });

  it('a playlist Spotify will not show is said plainly, and a dead link asks for a new one, as in the song search', async () => {
    nockSpotifyLibrary(PLAYLISTS, ITEMS, [idOf('Dinner Party')]);
    const turn = await new Dialog().say(createUtteranceResolver(undefined, 'en-US').resolve('do i have any adele'));
    expect(turn.speech).toContain(
      "I couldn't find any songs by adele on your playlists. I couldn't look into 1 playlist, because Spotify only shares the songs of playlists you own or collaborate on.",
    );
    nock.cleanAll();
    nock(SPOTIFY_TEST_API).get('/me/playlists').query(true).reply(401, spotifyError(401, 'The access token expired'), JSON_HEADERS);
    const expired = await new Dialog().say(createUtteranceResolver(undefined, 'en-US').resolve('got anything by queen'));
    expect(expired.card).toEqual({ type: 'LinkAccount' });
  });

  it('with no artist heard, asks which one', async () => {
    const turn = await new Dialog().say({
      type: 'IntentRequest',
      requestId: 'r',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      dialogState: 'STARTED',
      intent: { name: 'FindArtistIntent', confirmationStatus: 'NONE', slots: { artist: { name: 'artist', confirmationStatus: 'NONE' } } },
    });
    expect(turn.speech).toBe('Which artist should I look for?');
    expect(turn.sessionOpen).toBe(true);
  });
});

describe('what the session keeps of an artist question', () => {
  it('is checked like any other field: a query too long, empty or not a string is dropped', () => {
    expect(parseSessionState({ lastAnswer: { kind: 'artist', query: 'queen' } }, 'spotify')).toEqual({
      lastAnswer: { kind: 'artist', query: 'queen' },
    });
    for (const query of ['', '   ', 'x'.repeat(MAX_QUERY_LENGTH + 1), 42, undefined]) {
      expect(parseSessionState({ lastAnswer: { kind: 'artist', query } }, 'spotify')).toEqual({});
    }
  });
});
