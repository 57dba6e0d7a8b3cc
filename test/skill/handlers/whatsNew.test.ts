import { Request } from 'ask-sdk-model';
import nock from 'nock';
import { intentRequest } from '../../../src/local/requestEnvelope';
import { spotifyBinding } from '../../../src/skill/providers/spotify/spotifyBinding';
import { buildSkill } from '../../../src/skill/skill';
import { MAX_SPEECH_CHARACTERS } from '../../../src/skill/speech/respond';
import { Dialog, LINKED_TOKEN, SPOTIFY_TEST_API } from '../../support/dialog';
import { nockSpotifyLibrary } from '../../support/nockSpotify';
import { library, trackItem } from '../../support/spotifyWire';

/*
 * "What's new on X" in one container, against Spotify's wire format (nock): the cases the
 * memory tests (test/skill/persistence) do not need a table for.
 */

const NOW = Date.UTC(2026, 1, 1, 12);
const DAY = 24 * 3600 * 1000;
afterEach(() => nock.cleanAll());

const added = (name: string, artist: string, daysAgo: number) => ({
  ...trackItem(name, [artist]),
  added_at: new Date(NOW - daysAgo * DAY).toISOString(),
});

function person(locale = 'en-US'): Dialog {
  const skill = buildSkill({ accountLinking: 'required' }, spotifyBinding(SPOTIFY_TEST_API), { now: () => NOW });
  return new Dialog(skill, { accessToken: LINKED_TOKEN, locale });
}

const whatsNew = (dialog: Dialog, playlistName: string, locale = 'en-US') =>
  dialog.say(intentRequest('WhatsNewIntent', { playlistName }, locale));

describe("what's new on a playlist", () => {
  it('the first time, names the newest songs first, each with when it was added, in British English too', async () => {
    const [mix] = library(['Sunday Mix']);
    nockSpotifyLibrary([{ ...mix, total: 3 }], {
      [mix.id]: [added('Old One', 'A', 400), added('Newest', 'B', 1), added('Middle', 'C', 15)],
    });
    const turn = await whatsNew(person('en-GB'), 'sunday mix', 'en-GB');
    expect(turn.speech).toBe(
      'The newest songs on Sunday Mix: Newest by B, added yesterday. Middle by C, added 2 weeks ago. Old One by A, added last year. Anything else? You can ask about another playlist.',
    );
    expect(turn.sessionOpen).toBe(true);
  });

  it('asked again in the same session, names nothing new', async () => {
    const [mix] = library(['Sunday Mix']);
    nockSpotifyLibrary([{ ...mix, total: 1 }], { [mix.id]: [added('Only', 'A', 3)] });
    const dialog = person();
    await whatsNew(dialog, 'sunday mix');
    const again = await whatsNew(dialog, 'sunday mix');
    expect(again.speech).toMatch(/^Nothing has been added to Sunday Mix since you last heard it today\./);
  });

  it('says so when the provider gives no dates, and when the playlist is empty', async () => {
    const [undated, empty] = library(['Undated', 'Empty']);
    nockSpotifyLibrary(
      [
        { ...undated, total: 1 },
        { ...empty, total: 0 },
      ],
      {
        [undated.id]: [{ ...trackItem('Song', ['A']), added_at: null }],
        [empty.id]: [],
      },
    );
    expect((await whatsNew(person(), 'undated')).speech).toMatch(
      /^Undated doesn't say when its songs were added, so I can't tell what's new\./,
    );
    expect((await whatsNew(person(), 'empty')).speech).toMatch(/^Empty is empty\./);
  });

  it('asks which one when two playlists sound alike, and answers what was asked once the person chooses', async () => {
    const [first, second] = library(['Road Trap', 'Road Trip']);
    nockSpotifyLibrary(
      [
        { ...first, total: 1 },
        { ...second, total: 1 },
      ],
      {
        [first.id]: [added('Highway', 'A', 2)],
        [second.id]: [added('Route 66', 'B', 9)],
      },
    );
    const dialog = person();
    const asked = await whatsNew(dialog, 'road tr');
    expect(asked.speech).toBe('I found more than one playlist that sounds like that: Road Trap or Road Trip. Which one did you mean?');
    // Asked with Dialog.ElicitSlot on WhatsNewIntent, so the bare answer comes back to it.
    expect(asked.envelope.response.directives).toMatchObject([
      { type: 'Dialog.ElicitSlot', slotToElicit: 'playlistName', updatedIntent: { name: 'WhatsNewIntent' } },
      { type: 'Dialog.UpdateDynamicEntities' },
    ]);
    const chosen = await dialog.say({
      ...intentRequest('WhatsNewIntent', { playlistName: 'road trip' }),
      dialogState: 'IN_PROGRESS',
    } as Request);
    expect(chosen.speech).toMatch(/^The newest songs on Road Trip: Route 66 by B, added last week\./);
  });

  it('names fewer songs rather than pass Alexa’s speech limit when every name is long and full of markup', async () => {
    const [mix] = library(['Long Names']);
    const long = (label: string) => `${label} ${'<&> "quoted" '.repeat(40)}`;
    const items = Array.from({ length: 5 }, (_, index) => ({
      ...trackItem(long(`Song ${index}`), [long('Artist one'), long('Artist two'), long('Artist three')]),
      added_at: new Date(NOW - index * DAY).toISOString(),
    }));
    nockSpotifyLibrary([{ ...mix, total: 5 }], { [mix.id]: items });
    const turn = await whatsNew(person(), 'long names');
    const ssml = turn.envelope.response.outputSpeech?.type === 'SSML' ? turn.envelope.response.outputSpeech.ssml : '';
    expect(ssml.length).toBeLessThanOrEqual(MAX_SPEECH_CHARACTERS + '<speak></speak>'.length);
    expect(turn.speech).toMatch(/^The newest songs on Long Names: Song 0/);
  });

  it('speaks German in de-DE', async () => {
    const [mix] = library(['Sonntag']);
    nockSpotifyLibrary([{ ...mix, total: 1 }], { [mix.id]: [added('Lied', 'A', 14)] });
    const turn = await whatsNew(person('de-DE'), 'sonntag', 'de-DE');
    expect(turn.speech).toMatch(/^Die neuesten Songs auf Sonntag: Lied von A, vor 2 Wochen hinzugefügt\. /);
  });
});
