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
