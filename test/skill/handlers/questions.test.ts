import nock from 'nock';
import { intentRequest } from '../../../src/local/requestEnvelope';
import { youtubeBinding } from '../../../src/skill/providers/youtube/youtubeBinding';
import { buildSkill } from '../../../src/skill/skill';
import { Dialog, LINKED_TOKEN, testSkill } from '../../support/dialog';
import { nockSpotifyLibrary } from '../../support/nockSpotify';
import { FixturePlaylist, trackItem, unavailableItem } from '../../support/spotifyWire';
import { nockYouTubeLibrary, videoItem, YOUTUBE_TEST_API } from '../../support/youtubeWire';

/* "How long is X", "what's my biggest playlist", "what did I add recently", in every locale. */

const WORKOUT: FixturePlaylist = { id: '6Wk0Ut3Qz5Rn8Bm2Yv4Lx1', name: 'Workout', total: 61 };
const ROCK: FixturePlaylist = { id: '37i9dQZF1DWXRqgorJj26U', name: 'Rock & Roll', total: 3 };
const DINNER: FixturePlaylist = { id: '4Dn9Pr5Ty2Qw7Er1Ui8Op3', name: 'Dinner Party', total: 2 };

/** 60 songs of 137 s (2 hours 17 minutes in all) over two pages, and one unplayable entry. */
const WORKOUT_ITEMS = [
  ...Array.from({ length: 60 }, (_, index) =>
    trackItem(`Power Set ${index + 1}`, ['Dua Lipa'], { durationMs: 137_000, addedAt: '2025-03-01T08:00:00Z' }),
  ),
  unavailableItem(),
];
const ROCK_ITEMS = [
  trackItem('Johnny B. Goode', ['Chuck Berry'], { addedAt: '2025-06-01T10:00:00Z' }),
  trackItem('Hound Dog', ['Elvis Presley'], { addedAt: '2026-01-20T10:00:00Z' }),
  trackItem('Peggy Sue', ['Buddy Holly'], { addedAt: '2025-12-24T10:00:00Z' }),
];
const DINNER_ITEMS = [
  trackItem('Fly Me to the Moon', ['Frank Sinatra'], { addedAt: '2026-02-10T19:30:00Z' }),
  trackItem('La Vie en rose', ['Édith Piaf'], { addedAt: '2026-02-11T19:30:00Z' }),
];

const EXPECTED = {
  'en-US': {
    workoutLength: 'Workout plays for about 2 hours and 17 minutes, 61 songs.',
    biggest: 'Your biggest playlist is Workout, with 61 songs.',
    latest: 'The last song you added was La Vie en rose by Édith Piaf, to Dinner Party on February 11, 2026.',
    latestOnRock:
      'The last songs added to Rock & Roll, newest first, are: Hound Dog by Elvis Presley, Peggy Sue by Buddy Holly, and Johnny B. Goode by Chuck Berry.',
  },
  'en-GB': {
    workoutLength: 'Workout plays for about 2 hours and 17 minutes, 61 songs.',
    biggest: 'Your biggest playlist is Workout, with 61 songs.',
    latest: 'The last song you added was La Vie en rose by Édith Piaf, to Dinner Party on 11 February 2026.',
    latestOnRock:
      'The last songs added to Rock & Roll, newest first, are: Hound Dog by Elvis Presley, Peggy Sue by Buddy Holly and Johnny B. Goode by Chuck Berry.',
  },
  'de-DE': {
    workoutLength: 'Workout läuft etwa 2 Stunden und 17 Minuten, 61 Songs.',
    biggest: 'Deine größte Playlist ist Workout, mit 61 Songs.',
    latest: 'Zuletzt hast du La Vie en rose von Édith Piaf hinzugefügt, zu Dinner Party am 11. Februar 2026.',
    latestOnRock:
      'Zuletzt kamen zu Rock & Roll dazu, die neuesten zuerst: Hound Dog von Elvis Presley, Peggy Sue von Buddy Holly und Johnny B. Goode von Chuck Berry.',
  },
} as const;

afterEach(() => nock.cleanAll());

describe.each(Object.keys(EXPECTED) as (keyof typeof EXPECTED)[])('in %s, a linked user', (locale) => {
  const words = EXPECTED[locale];
  const say = (name: string, slots: Record<string, string | undefined> = {}) => intentRequest(name, slots, locale);
  let dialog: Dialog;

  beforeEach(() => {
    nockSpotifyLibrary([ROCK, WORKOUT, DINNER], { [WORKOUT.id]: WORKOUT_ITEMS, [ROCK.id]: ROCK_ITEMS, [DINNER.id]: DINNER_ITEMS });
    dialog = new Dialog(testSkill(), { accessToken: LINKED_TOKEN, locale });
  });

  it('"how long is workout" sums every song’s playing time over all pages, and "how many songs" stays the count', async () => {
    const turn = await dialog.say(say('PlaylistDurationIntent', { playlistName: 'workout' }));
    expect(turn.speech).toContain(words.workoutLength);
    expect(turn.sessionOpen).toBe(true);
    expect((await dialog.say(say('PlaylistTrackCountIntent', { playlistName: 'workout' }))).speech).not.toMatch(/hour|Stunde/);
  });

  it('"what\'s my biggest playlist" names the one with the most songs, and "how long is it" follows on', async () => {
    expect((await dialog.say(say('BiggestPlaylistIntent'))).speech).toContain(words.biggest);
    expect((await dialog.say(say('PlaylistDurationIntent', { playlistName: undefined }))).speech).toContain(words.workoutLength);
    expect((await dialog.say(say('AMAZON.RepeatIntent'))).speech).toContain(words.workoutLength);
  });

  it('"what did I add recently" finds the newest addition across playlists', async () => {
    const turn = await dialog.say(say('RecentlyAddedIntent'));
    expect(turn.speech).toContain(words.latest);
    expect((await dialog.say(say('AMAZON.RepeatIntent'))).speech).toContain(words.latest);
  });

  it('"what did I add to rock and roll lately" reads that playlist’s newest, newest first', async () => {
    const turn = await dialog.say(say('RecentlyAddedIntent', { playlistName: 'rock and roll' }));
    expect(turn.speech).toContain(words.latestOnRock);
  });
});

describe('playing time the provider does not give', () => {
  it('YouTube says honestly that it cannot tell how long a playlist plays, and gives the count', async () => {
    nockYouTubeLibrary([{ id: 'PLworkout0000000000000000000000000', title: 'Workout', itemCount: 2 }], {
      PLworkout0000000000000000000000000: [videoItem('Power Set 1', 'Dua Lipa - Topic'), videoItem('Power Set 2', 'Dua Lipa - Topic')],
    });
    const skill = buildSkill({ accountLinking: 'required' }, youtubeBinding(YOUTUBE_TEST_API));
    const turn = await new Dialog(skill).say(intentRequest('PlaylistDurationIntent', { playlistName: 'workout' }));
    expect(turn.speech).toContain(
      "YouTube doesn't tell me how long its videos are, so I can't say how long Workout plays. It has 2 songs.",
    );
  });

  it('a playlist of only unplayable entries says none can be read, not "less than a minute"', async () => {
    const gone: FixturePlaylist = { id: '0Nt5Ye3Mp7Ty1Qw9Er2Xz6', name: 'Gone', total: 2 };
    nockSpotifyLibrary([gone], { [gone.id]: [unavailableItem(), unavailableItem()] });
    const turn = await new Dialog().say(intentRequest('PlaylistDurationIntent', { playlistName: 'gone' }));
    expect(turn.speech).toContain('Gone has 2 songs, but none of them can be read out right now.');
  });

  it('a short playlist plays for less than a minute, said so', async () => {
    const jingle: FixturePlaylist = { id: '0Nt5Ye3Mp7Ty1Qw9Er2Xz7', name: 'Jingles', total: 1 };
    nockSpotifyLibrary([jingle], { [jingle.id]: [trackItem('Ding', ['Bell'], { durationMs: 12_000 })] });
    const turn = await new Dialog().say(intentRequest('PlaylistDurationIntent', { playlistName: 'jingles' }));
    expect(turn.speech).toContain('Jingles plays for less than a minute, 1 song.');
  });
});
