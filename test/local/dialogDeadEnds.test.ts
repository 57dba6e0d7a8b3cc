import { loadConfig, SkillConfig } from '../../src/skill/config';
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
