import nock from 'nock';
import { createUtteranceResolver } from '../../../src/local/utteranceResolver';
import { Dialog, LINKED_TOKEN, testSkill } from '../../support/dialog';
import { nockSpotifyLibrary } from '../../support/nockSpotify';
import { FixturePlaylist, trackItem } from '../../support/spotifyWire';

/*
 * Questions asked in the words people use, heard through each locale's own interaction model
 * (the local Alexa's resolver), then answered by the skill over a whole session:
 * the shortest playlist beside the longest, and the newest addition asked in other words.
 */

const WORKOUT: FixturePlaylist = { id: '6Wk0Ut3Qz5Rn8Bm2Yv4Lx1', name: 'Workout', total: 61 };
const ROAD_TRIP: FixturePlaylist = { id: '37i9dQZF1DWXRqgorJj26U', name: 'Road Trip', total: 3 };
const DINNER: FixturePlaylist = { id: '4Dn9Pr5Ty2Qw7Er1Ui8Op3', name: 'Dinner Party', total: 2 };

const ROAD_TRIP_ITEMS = [
  trackItem('Johnny B. Goode', ['Chuck Berry'], { addedAt: '2025-06-01T10:00:00Z' }),
  trackItem('Hound Dog', ['Elvis Presley'], { addedAt: '2026-01-20T10:00:00Z' }),
  trackItem('Peggy Sue', ['Buddy Holly'], { addedAt: '2025-12-24T10:00:00Z' }),
];
const DINNER_ITEMS = [
  trackItem('Fly Me to the Moon', ['Frank Sinatra'], { addedAt: '2026-02-10T19:30:00Z' }),
  trackItem('La Vie en rose', ['Édith Piaf'], { addedAt: '2026-02-11T19:30:00Z' }),
];

const CASES = {
  'en-US': {
    shortest: ['which is my shortest playlist', "what's my smallest playlist"],
    shortestAnswer: 'Your shortest playlist is Dinner Party, with 2 songs.',
    howMany: 'how many songs are on it',
    howManyAnswer: 'Dinner Party has 2 songs.',
    longest: "what's my longest playlist",
    longestAnswer: 'Your biggest playlist is Workout, with 61 songs.',
    lastAdded: ['what did i add last', "what's the last song i added"],
    lastAddedAnswer: 'The last song you added was La Vie en rose by Édith Piaf, to Dinner Party on February 11, 2026.',
    newestOn: "what's the newest song on road trip",
    newestOnAnswer: 'The last songs added to Road Trip, newest first, are: Hound Dog by Elvis Presley, Peggy Sue by Buddy Holly',
  },
  'de-DE': {
    shortest: ['welche ist meine kleinste playlist', 'was ist meine kürzeste playlist'],
    shortestAnswer: 'Deine kürzeste Playlist ist Dinner Party, mit 2 Songs.',
    howMany: 'wie viele lieder hat sie',
    howManyAnswer: 'Dinner Party hat 2 Songs.',
    longest: 'was ist meine längste playlist',
    longestAnswer: 'Deine größte Playlist ist Workout, mit 61 Songs.',
    lastAdded: ['was habe ich als letztes hinzugefügt', 'was ist der letzte song den ich hinzugefügt habe'],
    lastAddedAnswer: 'Zuletzt hast du La Vie en rose von Édith Piaf hinzugefügt, zu Dinner Party am 11. Februar 2026.',
    newestOn: 'was ist das neueste lied auf road trip',
    newestOnAnswer: 'Zuletzt kamen zu Road Trip dazu, die neuesten zuerst: Hound Dog von Elvis Presley, Peggy Sue von Buddy Holly',
  },
} as const;

afterEach(() => nock.cleanAll());

describe.each(Object.keys(CASES) as (keyof typeof CASES)[])('in %s, a linked user asks in their own words', (locale) => {
  const words = CASES[locale];
  const resolver = createUtteranceResolver(undefined, locale);
  let dialog: Dialog;
  const hear = async (utterance: string) => dialog.say(resolver.resolve(utterance));

  beforeEach(() => {
    nockSpotifyLibrary([ROAD_TRIP, WORKOUT, DINNER], { [ROAD_TRIP.id]: ROAD_TRIP_ITEMS, [DINNER.id]: DINNER_ITEMS, [WORKOUT.id]: [] });
    dialog = new Dialog(testSkill(), { accessToken: LINKED_TOKEN, locale });
  });

  it('for the shortest playlist, which "it" then means and "repeat that" says again; the longest still answers', async () => {
    for (const question of words.shortest) expect((await hear(question)).speech).toContain(words.shortestAnswer);
    expect((await hear(words.howMany)).speech).toContain(words.howManyAnswer);
    await hear(words.shortest[0]);
    const repeated = await dialog.say(resolver.resolve(locale === 'de-DE' ? 'wiederhole das' : 'repeat that'));
    expect(repeated.speech).toContain(words.shortestAnswer);
    expect((await hear(words.longest)).speech).toContain(words.longestAnswer);
  });

  it('for the last song added, across playlists or on one, like "what did I add recently"', async () => {
    for (const question of words.lastAdded) {
      const turn = await hear(question);
      expect(turn.speech).toContain(words.lastAddedAnswer);
      expect(turn.sessionOpen).toBe(true);
    }
    expect((await hear(words.newestOn)).speech).toContain(words.newestOnAnswer);
  });
});
