import nock from 'nock';
import { buildEnvelope, intentRequest } from '../../../src/local/requestEnvelope';
import { parseSessionState } from '../../../src/skill/pipeline/sessionState';
import { Dialog, LINKED_TOKEN, testSkill, Turn } from '../../support/dialog';
import { nockSpotifyLibrary } from '../../support/nockSpotify';
import { nockSpotifyPlayer } from '../../support/nockSpotifyPlayer';
import { FixturePlaylist, trackItem, unavailableItem } from '../../support/spotifyWire';

/*
 * Issue 18: a conversation about what was just read. "Yes" takes up "say more"; "next" at the
 * end says so instead of starting again; "the second one" after the list is a place in it;
 * "play that one" and "play X starting at <song>" start at a song; and a "which one?" is
 * answered by place, never guessed by age.
 */

const id = (n: number) => `pl${String(n).padStart(20, '0')}`;
const playlist = (n: number, name: string, total: number, owner?: string): FixturePlaylist => ({ id: id(n), name, total, owner });
const ROCK = playlist(1, 'Rock & Roll', 7);
const LIBRARY = [
  playlist(0, 'Road Trip', 3),
  ROCK,
  playlist(2, 'Chill', 4),
  playlist(3, 'Workout', 9),
  playlist(4, 'Focus', 5),
  playlist(5, 'Party', 6),
  playlist(6, 'Sleep', 2),
];
/** Seven entries, the fourth unplayable: five songs read first, then one more. */
const ROCK_ITEMS = [
  trackItem('Johnny B. Goode', ['Chuck Berry']),
  trackItem('Hound Dog', ['Elvis Presley']),
  trackItem('Great Balls of Fire', ['Jerry Lee Lewis']),
  unavailableItem(),
  trackItem('Tutti Frutti', ['Little Richard']),
  trackItem('La Bamba', ['Ritchie Valens']),
  trackItem('Peggy Sue', ['Buddy Holly']),
];
const PHONE = { id: 'phone000000000000000000000000000000000phone', name: 'Pixel', type: 'Smartphone', isActive: true };

interface Words {
  readonly firstSongs: RegExp;
  readonly moreSongs: string;
  readonly songsEnd: string;
  readonly listFirst: string;
  readonly listMore: string;
  readonly listEnd: string;
  readonly goAhead: string;
  readonly chillCount: string;
  readonly workoutOpens: string;
  readonly pastRead: string;
  readonly playingLaBamba: string;
  readonly playingPeggySue: string;
  readonly songMissing: string;
  readonly playingWorkout: string;
}

const WORDS: Record<string, Words> = {
  'en-US': {
    firstSongs: /^Rock & Roll has 7 songs\. It starts with: .* Say more to hear the next songs/,
    moreSongs: "More from Rock & Roll: Peggy Sue by Buddy Holly. That's the end of Rock & Roll.",
    songsEnd: "That's all the songs on Rock & Roll. Say start over to hear them from the top, or ask about another playlist.",
    listFirst: 'You have 7 playlists. The first 5 are: Road Trip, Rock & Roll, Chill, Workout, and Focus.',
    listMore: "Next: Party and Sleep. That's all of them.",
    listEnd: "That's all of your playlists. Say start over to hear them from the top, or ask what's on one of them.",
    goAhead: 'Go ahead.',
    chillCount: 'Chill has 4 songs.',
    workoutOpens: 'Workout has 9 songs.',
    pastRead: 'I read 5 playlists just then. Which number did you mean, or which playlist?',
    playingLaBamba: 'Playing La Bamba from Rock & Roll on Pixel.',
    playingPeggySue: 'Playing Peggy Sue from Rock & Roll on Pixel.',
    songMissing: "I couldn't find yesterday on Rock & Roll.",
    playingWorkout: 'Playing Workout on Pixel.',
  },
  'de-DE': {
    firstSongs: /^Rock & Roll hat 7 Songs\. Es beginnt mit: .* Sag weiter, um die nächsten Songs zu hören/,
    moreSongs: 'Weiter auf Rock & Roll: Peggy Sue von Buddy Holly. Das war das Ende von Rock & Roll.',
    songsEnd:
      'Das waren alle Songs auf Rock & Roll. Sag von vorne, um sie noch einmal von Anfang an zu hören, oder frag nach einer anderen Playlist.',
    listFirst: 'Du hast 7 Playlists. Die ersten 5 sind: Road Trip, Rock & Roll, Chill, Workout und Focus.',
    listMore: 'Weiter: Party und Sleep. Das waren alle.',
    listEnd: 'Das waren alle deine Playlists. Sag von vorne, um sie noch einmal von Anfang an zu hören, oder frag, was auf einer ist.',
    goAhead: 'Bitte.',
    chillCount: 'Chill hat 4 Songs.',
    workoutOpens: 'Workout hat 9 Songs.',
    pastRead: 'Ich habe gerade 5 Playlists vorgelesen. Welche Nummer meinst du, oder welche Playlist?',
    playingLaBamba: 'La Bamba aus Rock & Roll läuft jetzt auf Pixel.',
    playingPeggySue: 'Peggy Sue aus Rock & Roll läuft jetzt auf Pixel.',
    songMissing: 'Ich habe yesterday nicht auf Rock & Roll gefunden.',
    playingWorkout: 'Workout läuft jetzt auf Pixel.',
  },
};

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const elicited = (turn: Turn) => turn.envelope.response.directives?.some((directive) => directive.type === 'Dialog.ElicitSlot') ?? false;

describe.each(Object.keys(WORDS))('in %s', (locale) => {
  const words = WORDS[locale];
  const say = (name: string, slots: Record<string, string | undefined> = {}) => intentRequest(name, slots, locale);
  let dialog: Dialog;

  beforeEach(() => {
    nockSpotifyLibrary(LIBRARY, { [ROCK.id]: ROCK_ITEMS });
    dialog = new Dialog(testSkill(), { accessToken: LINKED_TOKEN, locale });
  });

  describe('"yes" after an offer reads on, exactly like "more"', () => {
    it('"what\'s on rock and roll" → "yes" reads the next songs; "yes" after the end offers nothing to take up', async () => {
      expect((await dialog.say(say('PlaylistContentsIntent', { playlistName: 'rock and roll' }))).speech).toMatch(words.firstSongs);
      const yes = await dialog.say(say('AMAZON.YesIntent'));
      expect(yes.speech).toContain(words.moreSongs);
      expect(yes.sessionOpen).toBe(true);
      const yesAgain = await dialog.say(say('AMAZON.YesIntent'));
      expect(yesAgain.speech).toContain(words.goAhead);
    });

    it('"list my playlists" → "yes" reads the next names, as "more" does', async () => {
      await dialog.say(say('ListPlaylistsIntent'));
      expect((await dialog.say(say('AMAZON.YesIntent'))).speech).toContain(words.listMore);
    });

    it('an offer lasts one answer: after "who sings the third one", "yes" reads nothing', async () => {
      await dialog.say(say('PlaylistContentsIntent', { playlistName: 'rock and roll' }));
      await dialog.say(say('TrackDetailIntent', { position: '3' }));
      expect((await dialog.say(say('AMAZON.YesIntent'))).speech).toContain(words.goAhead);
    });
  });

  describe('"next", "more" or "skip" when everything was read', () => {
    it('after the last songs: says that was all, offers the start, keeps listening, and does not start the list', async () => {
      await dialog.say(say('PlaylistContentsIntent', { playlistName: 'rock and roll' }));
      await dialog.say(say('AMAZON.MoreIntent'));
      for (const intent of ['AMAZON.NextIntent', 'AMAZON.MoreIntent']) {
        const turn = await dialog.say(say(intent));
        expect(turn.speech).toBe(words.songsEnd);
        expect(turn.sessionOpen).toBe(true);
        expect(turn.reprompt).not.toBe('');
      }
      expect((await dialog.say(say('AMAZON.StartOverIntent'))).speech).toMatch(words.firstSongs);
    });

    it('after the last playlists: says that was all and offers the start, not the first names again', async () => {
      await dialog.say(say('ListPlaylistsIntent'));
      expect((await dialog.say(say('AMAZON.NextIntent'))).speech).toContain(words.listMore);
      const end = await dialog.say(say('AMAZON.NextIntent'));
      expect(end.speech).toBe(words.listEnd);
      expect(end.sessionOpen).toBe(true);
      expect(end.reprompt).not.toBe('');
      expect((await dialog.say(say('AMAZON.MoreIntent'))).speech).toBe(words.listEnd);
    });
  });

  describe('a place in the playlist list just read', () => {
    const places: Record<string, { second: string[]; third: string; fourth: string; sixth: string }> = {
      'en-US': {
        second: ['number two', 'the second one', 'second', 'number 2'],
        third: 'the third one',
        fourth: 'fourth',
        sixth: 'the sixth one',
      },
      'de-DE': { second: ['nummer zwei', 'die zweite', 'zweite', 'nummer 2'], third: 'die dritte', fourth: 'vierte', sixth: 'die sechste' },
    };
    const place = places[locale];

    it.each(place.second)('"what\'s on %s" reads the second playlist of the answer', async (spoken) => {
      await dialog.say(say('ListPlaylistsIntent'));
      const turn = await dialog.say(say('PlaylistContentsIntent', { playlistName: spoken }));
      expect(turn.speech).toMatch(words.firstSongs);
    });

    it('"how many songs are on the third one" counts the third; after "more" the places count from that answer', async () => {
      await dialog.say(say('ListPlaylistsIntent'));
      expect((await dialog.say(say('PlaylistTrackCountIntent', { playlistName: place.third }))).speech).toContain(words.chillCount);
      await dialog.say(say('ListPlaylistsIntent'));
      const more = await dialog.say(say('PlaylistTrackCountIntent', { playlistName: place.second[0] }));
      // The list picked up at Party and Sleep: the second of that answer is Sleep.
      expect(more.speech).toContain(locale === 'en-US' ? 'Sleep has 2 songs.' : 'Sleep hat 2 Songs.');
    });

    it('a place past what was read is asked about, never taken as a name', async () => {
      await dialog.say(say('ListPlaylistsIntent'));
      const turn = await dialog.say(say('PlaylistContentsIntent', { playlistName: place.sixth }));
      expect(turn.speech).toBe(words.pastRead);
      expect(elicited(turn)).toBe(true);
    });

    it('"play the fourth one" plays the fourth playlist from its start, and "play fourth" too', async () => {
      const player = nockSpotifyPlayer({ devices: [PHONE] });
      await dialog.say(say('ListPlaylistsIntent'));
      const turn = await dialog.say(say('PlayPlaylistIntent', { position: '4' }));
      expect(turn.speech).toBe(words.playingWorkout);
      expect(player.commands[0].body).toEqual({ context_uri: `spotify:playlist:${id(3)}` });
      await dialog.say(say('ListPlaylistsIntent'));
      await dialog.say(say('AMAZON.StartOverIntent'));
      expect((await dialog.say(say('PlayPlaylistIntent', { playlistName: place.fourth }))).speech).toBe(words.playingWorkout);
    });

    it('with the songs being read instead, "what\'s on number two" is a name again', async () => {
      await dialog.say(say('PlaylistContentsIntent', { playlistName: 'rock and roll' }));
      const turn = await dialog.say(say('PlaylistContentsIntent', { playlistName: place.second[0] }));
      expect(turn.speech).not.toMatch(words.firstSongs);
    });
  });

  describe('playing from a song', () => {
    it('"who sings the fifth one" → "play that one" starts at that song, counted past the unplayable entry', async () => {
      const player = nockSpotifyPlayer({ devices: [PHONE] });
      await dialog.say(say('PlaylistContentsIntent', { playlistName: 'rock and roll' }));
      await dialog.say(say('TrackDetailIntent', { position: '5' }));
      const turn = await dialog.say(say('PlayPlaylistIntent'));
      expect(turn.speech).toBe(words.playingLaBamba);
      expect(player.commands[0].body).toEqual({ context_uri: `spotify:playlist:${ROCK.id}`, offset: { position: 5 } });
    });

    it('"play rock and roll starting at peggy sue" finds the song by title and starts there', async () => {
      const player = nockSpotifyPlayer({ devices: [PHONE] });
      const turn = await dialog.say(say('PlayPlaylistIntent', { playlistName: 'rock and roll', songTitle: 'peggy sue' }));
      expect(turn.speech).toBe(words.playingPeggySue);
      expect(player.commands[0].body).toEqual({ context_uri: `spotify:playlist:${ROCK.id}`, offset: { position: 6 } });
    });

    it('a title the playlist lacks is said back, nothing plays, and the session stays open', async () => {
      const player = nockSpotifyPlayer({ devices: [PHONE] });
      const turn = await dialog.say(say('PlayPlaylistIntent', { playlistName: 'rock and roll', songTitle: 'yesterday' }));
      expect(turn.speech).toContain(words.songMissing);
      expect(turn.sessionOpen).toBe(true);
      expect(player.commands).toEqual([]);
    });
  });
});

describe.each([
  {
    locale: 'en-US',
    asked: 'I found more than one playlist that sounds like that: Chill by Alex or Chill by Sam. Which one did you mean?',
    byAge: [/the newer one/, /the one from last year/, /the older one/],
    cannotTell:
      "Spotify doesn't tell me when a playlist was made, so I can't tell which one is newer. I have Chill by Alex or Chill by Sam. Say the first one or the second one.",
    first: 'the first of those',
    second: ['number two', 'the second', 'the second one'],
    alexChill: 'Chill has 4 songs.',
    samChill: 'Chill has 11 songs.',
  },
  {
    locale: 'de-DE',
    asked: 'Mehrere Playlists klingen so: Chill von Alex oder Chill von Sam. Welche meinst du?',
    byAge: [/die neuere/, /die vom letzten jahr/, /die ältere/],
    cannotTell:
      'Spotify sagt mir nicht, wann eine Playlist angelegt wurde, also weiß ich nicht, welche neuer ist. Ich habe Chill von Alex oder Chill von Sam. Sag die erste oder die zweite.',
    first: 'die erste davon',
    second: ['nummer zwei', 'die zweite', 'zweite'],
    alexChill: 'Chill hat 4 Songs.',
    samChill: 'Chill hat 11 Songs.',
  },
])('in $locale, two playlists called Chill', ({ locale, asked, byAge, cannotTell, first, second, alexChill, samChill }) => {
  const CHILLS = [playlist(10, 'Chill', 4, 'Alex'), playlist(11, 'Chill', 11, 'Sam')];
  const say = (name: string, slots: Record<string, string | undefined> = {}) => intentRequest(name, slots, locale);
  let dialog: Dialog;

  beforeEach(() => {
    nockSpotifyLibrary([LIBRARY[0], ...CHILLS]);
    dialog = new Dialog(testSkill(), { accessToken: LINKED_TOKEN, locale });
  });

  it('a name that fits both is asked about, never picked silently', async () => {
    const turn = await dialog.say(say('PlaylistTrackCountIntent', { playlistName: 'chill' }));
    expect(turn.speech).toBe(asked);
    expect(elicited(turn)).toBe(true);
    expect(turn.speech).not.toMatch(/\d+ (songs|Songs)/);
  });

  it.each(byAge.map((pattern) => pattern.source))(
    '"%s" is not guessed: Alexa says it cannot tell by age and asks again',
    async (answer) => {
      await dialog.say(say('PlaylistTrackCountIntent', { playlistName: 'chill' }));
      const again = await dialog.say(say('PlaylistTrackCountIntent', { playlistName: answer }));
      expect(again.speech).toBe(cannotTell);
      expect(elicited(again)).toBe(true);
      expect(again.sessionOpen).toBe(true);
      // The choice is still open: a place answers it.
      expect((await dialog.say(say('PlaylistTrackCountIntent', { playlistName: first }))).speech).toContain(alexChill);
    },
  );

  it.each(second)('"%s" picks the second', async (answer) => {
    await dialog.say(say('PlaylistTrackCountIntent', { playlistName: 'chill' }));
    expect((await dialog.say(say('PlaylistTrackCountIntent', { playlistName: answer }))).speech).toContain(samChill);
  });
});

describe('an offer in the session is checked like everything else', () => {
  it('keeps only the offers the skill makes', () => {
    expect(parseSessionState({ offer: 'more' }, 'spotify')).toEqual({ offer: 'more' });
    expect(parseSessionState({ offer: 'deleteEverything' }, 'spotify')).toEqual({});
    expect(parseSessionState({ offer: ['more'] }, 'spotify')).toEqual({});
  });

  it('"yes" in a new session never reads on, whatever the client sent', async () => {
    nockSpotifyLibrary(LIBRARY, { [ROCK.id]: ROCK_ITEMS });
    const envelope = buildEnvelope(intentRequest('AMAZON.YesIntent'), {
      accessToken: LINKED_TOKEN,
      sessionAttributes: { offer: 'more', reading: 'list', listOffset: 5 },
    });
    envelope.session!.new = true;
    const turn = await new Dialog().send(envelope);
    expect(turn.speech).toContain('Go ahead.');
  });
});
