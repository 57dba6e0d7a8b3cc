import nock from 'nock';
import { buildEnvelope, intentRequest } from '../../../src/local/requestEnvelope';
import { Dialog, LINKED_TOKEN, testSkill } from '../../support/dialog';
import { nockSpotifyLibrary } from '../../support/nockSpotify';
import { TWELVE_PLAYLIST_NAMES } from '../../support/playlistNames';
import { FixturePlaylist, library, trackItem, unavailableItem } from '../../support/spotifyWire';

/*
 * Follow-ups continue what was being read, each keeping its own place, in every locale:
 * "more", "repeat that", "go back", "start over", "who sings the third one", "it", yes and no.
 */

const ROCK: FixturePlaylist = { id: '37i9dQZF1DWXRqgorJj26U', name: 'Rock & Roll', total: 12 };
const OTHERS = library(TWELVE_PLAYLIST_NAMES.filter((name) => name !== ROCK.name));
const LIBRARY = [OTHERS[0], ROCK, ...OTHERS.slice(1)];

/** Twelve entries: the sixth is a track Spotify can no longer play (`item: null`); each song plays 200 s. */
const ROCK_ITEMS = [
  trackItem('Johnny B. Goode', ['Chuck Berry'], { durationMs: 200_000 }),
  trackItem('Hound Dog', ['Elvis Presley'], { durationMs: 200_000 }),
  trackItem('Great Balls of Fire', ['Jerry Lee Lewis'], { durationMs: 200_000 }),
  trackItem('Tutti Frutti', ['Little Richard'], { durationMs: 200_000 }),
  trackItem('Peggy Sue', ['Buddy Holly'], { durationMs: 200_000 }),
  unavailableItem(),
  trackItem('La Bamba', ['Ritchie Valens'], { durationMs: 200_000 }),
  trackItem('Blue Suede Shoes', ['Carl Perkins'], { durationMs: 200_000 }),
  trackItem('Rock Around the Clock', ['Bill Haley', 'His Comets'], { durationMs: 200_000 }),
  trackItem('Jailhouse Rock', ['Elvis Presley'], { durationMs: 200_000 }),
  trackItem('Twist and Shout', ['The Beatles'], { durationMs: 200_000 }),
  trackItem('Shake, Rattle and Roll', ['Big Joe Turner'], { durationMs: 200_000 }),
];

/** What each locale says at each step of the same conversation. */
interface Expected {
  readonly firstNames: string;
  readonly firstSongs: string;
  readonly moreSongs: string;
  readonly thirdOne: string;
  readonly lastSong: string;
  readonly listResumed: string;
  readonly listEnd: string;
  readonly howLong: string;
  readonly howMany: string;
  readonly goodbye: string;
}

const EXPECTED: Record<string, Expected> = {
  'en-US': {
    firstNames: 'You have 12 playlists. The first 5 are: Road Trip, Rock & Roll, Chill Vibes, Workout, and Focus.',
    firstSongs:
      'Rock & Roll has 12 songs. It starts with: Johnny B. Goode by Chuck Berry, Hound Dog by Elvis Presley, Great Balls of Fire by Jerry Lee Lewis, Tutti Frutti by Little Richard, and Peggy Sue by Buddy Holly. Say more to hear the next songs',
    moreSongs:
      "More from Rock & Roll: La Bamba by Ritchie Valens, Blue Suede Shoes by Carl Perkins, Rock Around the Clock by Bill Haley and His Comets, Jailhouse Rock by Elvis Presley, and Twist and Shout by The Beatles. There's 1 more.",
    thirdOne: 'Number 3 is Rock Around the Clock by Bill Haley and His Comets.',
    lastSong: "More from Rock & Roll: Shake, Rattle and Roll by Big Joe Turner. That's the end of Rock & Roll.",
    listResumed: 'Picking up where I stopped. Next: Sunday Morning, Party, Jazz Classics, Sleep, and Dinner. There are 2 more.',
    listEnd: "Next: Throwbacks and Indie Mix. That's all of them.",
    howLong: 'Rock & Roll plays for about 37 minutes, 12 songs.',
    howMany: 'Rock & Roll has 12 songs.',
    goodbye: 'Goodbye.',
  },
  'en-GB': {
    firstNames: 'You have 12 playlists. The first 5 are: Road Trip, Rock & Roll, Chill Vibes, Workout and Focus.',
    firstSongs:
      'Rock & Roll has 12 songs. It starts with: Johnny B. Goode by Chuck Berry, Hound Dog by Elvis Presley, Great Balls of Fire by Jerry Lee Lewis, Tutti Frutti by Little Richard and Peggy Sue by Buddy Holly. Say more to hear the next songs',
    moreSongs:
      "More from Rock & Roll: La Bamba by Ritchie Valens, Blue Suede Shoes by Carl Perkins, Rock Around the Clock by Bill Haley and His Comets, Jailhouse Rock by Elvis Presley and Twist and Shout by The Beatles. There's 1 more.",
    thirdOne: 'Number 3 is Rock Around the Clock by Bill Haley and His Comets.',
    lastSong: "More from Rock & Roll: Shake, Rattle and Roll by Big Joe Turner. That's the end of Rock & Roll.",
    listResumed: 'Picking up where I stopped. Next: Sunday Morning, Party, Jazz Classics, Sleep and Dinner. There are 2 more.',
    listEnd: "Next: Throwbacks and Indie Mix. That's all of them.",
    howLong: 'Rock & Roll plays for about 37 minutes, 12 songs.',
    howMany: 'Rock & Roll has 12 songs.',
    goodbye: 'Goodbye.',
  },
  'de-DE': {
    firstNames: 'Du hast 12 Playlists. Die ersten 5 sind: Road Trip, Rock & Roll, Chill Vibes, Workout und Focus.',
    firstSongs:
      'Rock & Roll hat 12 Songs. Es beginnt mit: Johnny B. Goode von Chuck Berry, Hound Dog von Elvis Presley, Great Balls of Fire von Jerry Lee Lewis, Tutti Frutti von Little Richard und Peggy Sue von Buddy Holly. Sag weiter, um die nächsten Songs zu hören',
    moreSongs:
      'Weiter auf Rock & Roll: La Bamba von Ritchie Valens, Blue Suede Shoes von Carl Perkins, Rock Around the Clock von Bill Haley und His Comets, Jailhouse Rock von Elvis Presley und Twist and Shout von The Beatles. Es kommt noch 1 weiterer.',
    thirdOne: 'Nummer 3 ist Rock Around the Clock von Bill Haley und His Comets.',
    lastSong: 'Weiter auf Rock & Roll: Shake, Rattle and Roll von Big Joe Turner. Das war das Ende von Rock & Roll.',
    listResumed:
      'Ich mache da weiter, wo ich aufgehört habe. Weiter: Sunday Morning, Party, Jazz Classics, Sleep und Dinner. Es gibt noch 2 weitere.',
    listEnd: 'Weiter: Throwbacks und Indie Mix. Das waren alle.',
    howLong: 'Rock & Roll läuft etwa 37 Minuten, 12 Songs.',
    howMany: 'Rock & Roll hat 12 Songs.',
    goodbye: 'Tschüss.',
  },
};

afterEach(() => nock.cleanAll());

describe.each(Object.keys(EXPECTED))('in %s, a linked user with twelve playlists', (locale) => {
  const words = EXPECTED[locale];
  const say = (name: string, slots: Record<string, string | undefined> = {}) => intentRequest(name, slots, locale);
  let dialog: Dialog;

  beforeEach(() => {
    nockSpotifyLibrary(LIBRARY, { [ROCK.id]: ROCK_ITEMS });
    dialog = new Dialog(testSkill(), { accessToken: LINKED_TOKEN, locale });
  });

  it('list → "what\'s on X" → "more" reads X\'s next songs, past an unplayable one; "list my playlists" again resumes the list', async () => {
    expect((await dialog.say(say('ListPlaylistsIntent'))).speech).toContain(words.firstNames);
    const songs = await dialog.say(say('PlaylistContentsIntent', { playlistName: 'rock and roll' }));
    expect(songs.speech).toContain(words.firstSongs);
    const more = await dialog.say(say('AMAZON.MoreIntent'));
    expect(more.speech).toContain(words.moreSongs);
    expect(more.sessionOpen).toBe(true);
    expect((await dialog.say(say('AMAZON.NextIntent'))).speech).toContain(words.lastSong);
    expect((await dialog.say(say('ListPlaylistsIntent'))).speech).toContain(words.listResumed);
    expect((await dialog.say(say('AMAZON.MoreIntent'))).speech).toContain(words.listEnd);
  });

  it('"repeat that" says the last answer again, and "who sings the third one" answers from it', async () => {
    await dialog.say(say('PlaylistContentsIntent', { playlistName: 'rock and roll' }));
    const more = await dialog.say(say('AMAZON.MoreIntent'));
    const repeated = await dialog.say(say('AMAZON.RepeatIntent'));
    expect(repeated.speech).toBe(more.speech);
    expect((await dialog.say(say('TrackDetailIntent', { position: '3' }))).speech).toContain(words.thirdOne);
    // "Repeat that" after the detail repeats the detail, and "more" still goes on from the songs read.
    expect((await dialog.say(say('AMAZON.RepeatIntent'))).speech).toContain(words.thirdOne);
    expect((await dialog.say(say('AMAZON.MoreIntent'))).speech).toContain(words.lastSong);
  });

  it('"go back" reads the five before, and "start over" reads from the beginning', async () => {
    await dialog.say(say('PlaylistContentsIntent', { playlistName: 'rock and roll' }));
    await dialog.say(say('AMAZON.MoreIntent'));
    await dialog.say(say('AMAZON.MoreIntent'));
    expect((await dialog.say(say('AMAZON.PreviousIntent'))).speech).toContain(words.moreSongs);
    expect((await dialog.say(say('AMAZON.StartOverIntent'))).speech).toContain(words.firstSongs);
  });

  it('"how long is it" and "how many songs are on it" mean the playlist last talked about, even after the list moved on', async () => {
    await dialog.say(say('PlaylistContentsIntent', { playlistName: 'rock and roll' }));
    await dialog.say(say('ListPlaylistsIntent'));
    expect((await dialog.say(say('PlaylistDurationIntent', { playlistName: undefined }))).speech).toContain(words.howLong);
    expect((await dialog.say(say('PlaylistTrackCountIntent', { playlistName: undefined }))).speech).toContain(words.howMany);
  });

  it('"no" to "anything else?" ends the session; "yes" keeps it open', async () => {
    await dialog.say(say('PlaylistTrackCountIntent', { playlistName: 'rock and roll' }));
    const yes = await dialog.say(say('AMAZON.YesIntent'));
    expect(yes.sessionOpen).toBe(true);
    const no = await dialog.say(say('AMAZON.NoIntent'));
    expect(no.speech).toBe(words.goodbye);
    expect(no.sessionOpen).toBe(false);
  });
});

describe('follow-ups with nothing to follow', () => {
  beforeEach(() => nockSpotifyLibrary(LIBRARY, { [ROCK.id]: ROCK_ITEMS }));

  it('"repeat that" at the start says there is nothing to repeat, and keeps listening', async () => {
    const turn = await new Dialog().say(intentRequest('AMAZON.RepeatIntent'));
    expect(turn.speech).toBe("I haven't told you anything yet. You can say, list my playlists.");
    expect(turn.sessionOpen).toBe(true);
  });

  it('"who sings the third one" before anything was read says what to ask first', async () => {
    const turn = await new Dialog().say(intentRequest('TrackDetailIntent', { position: '3' }));
    expect(turn.speech).toContain("I haven't read you any songs yet.");
  });

  it('"who sings the second one" right after the list reads the second playlist of it, not "no songs yet"', async () => {
    const dialog = new Dialog();
    await dialog.say(intentRequest('ListPlaylistsIntent'));
    const turn = await dialog.say(intentRequest('TrackDetailIntent', { position: '2' }));
    expect(turn.speech).toMatch(/^Rock & Roll has 12 songs\./);
  });

  it('a number past what was read is asked about again', async () => {
    const dialog = new Dialog();
    await dialog.say(intentRequest('PlaylistContentsIntent', { playlistName: 'rock and roll' }));
    const turn = await dialog.say(intentRequest('TrackDetailIntent', { position: '15' }));
    expect(turn.speech).toBe('I read 5 songs just then. Which number did you mean?');
  });

  it('"more" about a playlist the provider no longer has says so instead of reading a stale name', async () => {
    const dialog = new Dialog();
    const turn = await dialog.send(
      buildEnvelope(intentRequest('AMAZON.MoreIntent'), {
        accessToken: LINKED_TOKEN,
        sessionAttributes: { playlist: { id: '0000000000000000000000', name: 'Gone', trackOffset: 5 }, reading: 'tracks' },
      }),
    );
    expect(turn.speech).toContain("I've lost track of that playlist.");
    expect(turn.speech).not.toContain('Gone');
  });

  it('"go back" at the start of the list reads the start again', async () => {
    const dialog = new Dialog();
    await dialog.say(intentRequest('ListPlaylistsIntent'));
    const turn = await dialog.say(intentRequest('AMAZON.PreviousIntent'));
    expect(turn.speech).toContain('You have 12 playlists.');
  });
});
