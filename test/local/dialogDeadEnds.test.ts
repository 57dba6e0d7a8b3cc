import { loadConfig, SkillConfig } from '../../src/skill/config';
import { MAX_QUERY_LENGTH } from '../../src/skill/pipeline/sessionState';
import { DemoProviderWithPlayer, pointedAtDemo, startDemoProviderWithAllApis } from '../../src/local/demoApis';
import { DEMO_ACCESS_TOKEN } from '../../src/local/demoProvider';
import { LocalDialog, TurnResult } from '../../src/local/localDialog';

/*
 * The dead ends an independent review found, each as a dialog typed through the interaction
 * model (the local resolver), so that no test passes on a slot value Alexa would never send.
 * The demo library has two playlists called Chill (Alex Demo's and Bob's) and a Road Trip of
 * seven songs.
 */

const linked: SkillConfig = { ...loadConfig({}), accountLinking: 'required' };

let demo: DemoProviderWithPlayer;
let warn: jest.SpyInstance;

beforeAll(async () => {
  demo = await startDemoProviderWithAllApis();
});
afterAll(() => demo.close());
beforeEach(() => {
  demo.player.reset();
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

function dialogIn(locale: string): LocalDialog {
  return new LocalDialog({ config: pointedAtDemo(linked, demo), accessToken: DEMO_ACCESS_TOKEN, locale });
}

const asksAgainFor = (turn: TurnResult) => turn.elicitation?.slotToElicit;

describe('"number two" answers "which one?"', () => {
  it.each([
    ['en-US', "what's on chill", 'number two', 'Chill has 3 songs.'],
    ['en-US', 'how many songs are on chill', 'play number two', 'Chill has 3 songs.'],
    ['de-DE', 'was ist auf chill', 'nummer zwei', 'Chill hat 3 Songs.'],
    ['de-DE', 'wie viele songs sind auf chill', 'die nummer zwei', 'Chill hat 3 Songs.'],
  ])('in %s, "%s" → "%s" picks the second Chill', async (locale, question, answer, secondChill) => {
    const dialog = dialogIn(locale);
    const asked = await dialog.say(question);
    expect(asksAgainFor(asked)).toBe('playlistName');
    const chosen = await dialog.say(answer);
    expect(chosen.speech).toContain(secondChill);
    expect(chosen.elicitation).toBeUndefined();
  });
});

describe('a year, to "which one?", chooses by age, which no provider can tell', () => {
  it.each([
    [
      'en-US',
      "what's on chill",
      'the one from twenty twenty three',
      "Spotify doesn't tell me when a playlist was made",
      'the first one',
      'Chill has 2 songs.',
    ],
    [
      'en-US',
      "what's on chill",
      'the one from 2023',
      "Spotify doesn't tell me when a playlist was made",
      'the first one',
      'Chill has 2 songs.',
    ],
    [
      'de-DE',
      'was ist auf chill',
      'die von 2023',
      'Spotify sagt mir nicht, wann eine Playlist angelegt wurde',
      'die erste',
      'Chill hat 2 Songs.',
    ],
    ['de-DE', 'was ist auf chill', 'die von zweitausenddreiundzwanzig', 'Spotify sagt mir nicht', 'die erste', 'Chill hat 2 Songs.'],
  ])(
    'in %s, "%s" → "%s" says it cannot tell and asks again; a place then answers',
    async (locale, question, year, cannotTell, place, chill) => {
      const dialog = dialogIn(locale);
      await dialog.say(question);
      const again = await dialog.say(year);
      expect(again.speech).toContain(cannotTell);
      expect(again.speech).not.toMatch(/couldn't find|keine Playlist namens/);
      expect(asksAgainFor(again)).toBe('playlistName');
      expect((await dialog.say(place)).speech).toContain(chill);
    },
  );
});

describe('"play the second one" after songs were read counts within what was just read', () => {
  it.each([
    ['en-US', "what's on road trip", 'more', 'play the second one', 'Playing Drive from Road Trip'],
    ['en-US', "what's on road trip", 'more', 'play the second song', 'Playing Drive from Road Trip'],
    ['de-DE', 'was ist auf road trip', 'weiter', 'spiel den zweiten', 'Drive aus Road Trip läuft jetzt'],
  ])('in %s, "%s" → "%s" → "%s" plays the second song of the second page', async (locale, question, more, play, playing) => {
    const dialog = dialogIn(locale);
    await dialog.say(question);
    expect((await dialog.say(more)).speech).toMatch(/Highway to Hell .* Drive/);
    const turn = await dialog.say(play);
    expect(turn.speech).toContain(playing);
    expect(demo.player.snapshot().nowPlaying).toMatchObject({ playlist: 'Road Trip', title: 'Drive' });
  });

  it('with the playlist named, the number still counts from its top', async () => {
    const dialog = dialogIn('en-US');
    await dialog.say("what's on road trip");
    await dialog.say('more');
    await dialog.say('play the second song on road trip');
    expect(demo.player.snapshot().nowPlaying).toMatchObject({ playlist: 'Road Trip', title: 'Born to Run' });
  });
});

describe('a song title is bounded like any other search', () => {
  it('an over-long title is cut before it is looked for or said back, and nothing plays', async () => {
    const dialog = dialogIn('en-US');
    const title = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    const turn = await dialog.say(`play road trip starting at ${title}`);
    expect(turn.request.request).toMatchObject({ intent: { slots: { songTitle: { value: title } } } });
    const saidBack = /I couldn't find (.*) on Road Trip/.exec(turn.speech)?.[1] ?? '';
    expect(saidBack).toMatch(/^word0 word1 .*…$/);
    expect(Array.from(saidBack).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH + 1);
    expect(turn.sessionOpen).toBe(true);
    expect(demo.player.snapshot().nowPlaying).toBeUndefined();
  });
});

describe('"what\'s the third one" right after the playlist list is the third playlist of that answer', () => {
  it('"list my playlists" → "what\'s the third one" reads Top 50 — 2024, whose songs are then what is counted', async () => {
    const dialog = dialogIn('en-US');
    expect((await dialog.say('list my playlists')).speech).toContain('The first 5 are: Rock & Roll, Beyoncé Favourites, Top 50 — 2024');
    const third = await dialog.say("what's the third one");
    expect(third.request.request).toMatchObject({ intent: { name: 'TrackDetailIntent' } });
    expect(third.speech).toMatch(/^Top 50 — 2024 has \d+ songs\./);
    expect((await dialog.say('who sings the second one')).speech).toMatch(/^Number 2 is /);
  });

  it('counts within the answer just read, on the second page too', async () => {
    const dialog = dialogIn('en-US');
    await dialog.say('list my playlists');
    expect((await dialog.say('more')).speech).toContain('Next: Road Trip');
    expect((await dialog.say("what's the first one")).speech).toMatch(/^Road Trip has 7 songs\./);
  });

  it('a place past the names just read is asked about, not answered with "no songs yet"', async () => {
    const dialog = dialogIn('en-US');
    await dialog.say('list my playlists');
    const turn = await dialog.say('who sings the eighth one');
    expect(turn.speech).toBe('I read 5 playlists just then. Which number did you mean, or which playlist?');
    expect(turn.sessionOpen).toBe(true);
  });

  it('with songs being read instead, it is still a song', async () => {
    const dialog = dialogIn('en-US');
    await dialog.say("what's on road trip");
    expect((await dialog.say("what's the third one")).speech).toMatch(/^Number 3 is On the Road Again by Willie Nelson\./);
  });
});

describe('"which artist?" and "which song?" are asked with Dialog.ElicitSlot, so the bare answer is heard', () => {
  it.each([
    ['en-US', 'search by artist', 'elvis presley', 'Elvis Presley is on'],
    ['en-US', 'search by artist', 'songs by elvis presley', 'Elvis Presley is on'],
    ['de-DE', 'ich will nach einer band suchen', 'elvis presley', 'Elvis Presley ist auf'],
  ])('in %s, "%s" → "%s" searches for the artist', async (locale, question, answer, found) => {
    const dialog = dialogIn(locale);
    const asked = await dialog.say(question);
    expect(asked.request.request).toMatchObject({ intent: { name: 'FindArtistIntent' } });
    expect(asksAgainFor(asked)).toBe('artist');
    const turn = await dialog.say(answer);
    expect(turn.request.request).toMatchObject({
      intent: { name: 'FindArtistIntent', slots: { artist: { value: answer.replace(/^songs by /, '') } } },
    });
    expect(turn.speech).toContain(found);
  });

  it.each([
    ['en-US', 'help me find a song', 'the song hound dog', 'Hound Dog by Elvis Presley is on Rock & Roll.'],
    ['de-DE', 'ich möchte ein lied finden', 'das lied hound dog', 'Hound Dog von Elvis Presley ist auf Rock & Roll.'],
  ])('in %s, "%s" → "%s" searches for the song', async (locale, question, answer, found) => {
    const dialog = dialogIn(locale);
    const asked = await dialog.say(question);
    expect(asksAgainFor(asked)).toBe('songQuery');
    const turn = await dialog.say(answer);
    expect(turn.request.request).toMatchObject({ intent: { name: 'FindSongIntent', slots: { songQuery: { value: 'hound dog' } } } });
    expect(turn.speech).toContain(found);
  });
});
