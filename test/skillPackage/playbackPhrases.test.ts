import { IntentRequest } from 'ask-sdk-model';
import { createUtteranceResolver } from '../../src/local/utteranceResolver';

/** What the locale's own model makes of a phrase: the intent and the slots that were spoken. */
function understood(locale: string, utterance: string) {
  const request = createUtteranceResolver(undefined, locale).resolve(utterance) as IntentRequest;
  const slots = Object.fromEntries(
    Object.values(request.intent?.slots ?? {})
      .filter((slot) => slot.value !== undefined)
      .map((slot) => [slot.name, slot.value]),
  );
  return { intent: request.intent?.name, slots };
}

const PLAY = 'PlayPlaylistIntent';
const SHUFFLE = 'ShufflePlaylistIntent';

describe.each(['en-US', 'en-GB'])('the playback phrases in %s', (locale) => {
  it.each([
    ['play rock and roll', PLAY, { playlistName: 'rock and roll' }],
    ['play my rock and roll playlist', PLAY, { playlistName: 'rock and roll' }],
    ['put on road trip', PLAY, { playlistName: 'road trip' }],
    ['play it', PLAY, {}],
    ['play road trip on the kitchen echo', PLAY, { playlistName: 'road trip', deviceName: 'kitchen echo' }],
    ['play the third song on rock and roll', PLAY, { playlistName: 'rock and roll', position: 'third' }],
    ['shuffle workout', SHUFFLE, { playlistName: 'workout' }],
    ['shuffle play workout', SHUFFLE, { playlistName: 'workout' }],
    // No shuffle phrase sits inside "play {playlistName}": the order arrives as the device, and the handler reads it so.
    ['play workout on shuffle', PLAY, { playlistName: 'workout', deviceName: 'shuffle' }],
    ["what's playing", 'NowPlayingIntent', {}],
    ['which devices can you play on', 'ListDevicesIntent', {}],
    ['ask playlist reader to play rock and roll', PLAY, { playlistName: 'rock and roll' }],
    ['pause', 'AMAZON.PauseIntent', {}],
    ['stop the music', 'AMAZON.PauseIntent', {}],
    // A bare "stop" leaves the skill; it does not pause.
    ['stop', 'AMAZON.StopIntent', {}],
    // A bare "resume" or "continue" is Amazon's ResumeIntent; naming the music is ResumeMusicIntent.
    ['resume', 'AMAZON.ResumeIntent', {}],
    ['continue', 'AMAZON.ResumeIntent', {}],
    ['keep playing', 'ResumeMusicIntent', {}],
    ['continue the music', 'ResumeMusicIntent', {}],
    ['next song', 'NextSongIntent', {}],
    ['skip this song', 'NextSongIntent', {}],
    ['next', 'AMAZON.NextIntent', {}],
    ["what's this song", 'NowPlayingIntent', {}],
  ])('"%s" is %s %j', (utterance, intent, slots) => {
    expect(understood(locale, utterance)).toEqual({ intent, slots });
  });
});

describe('the playback phrases in de-DE', () => {
  it.each([
    ['spiele rock and roll', PLAY, { playlistName: 'rock and roll' }],
    ['spiele meine rock and roll playlist', PLAY, { playlistName: 'rock and roll' }],
    ['leg road trip auf', PLAY, { playlistName: 'road trip' }],
    ['spiele sie', PLAY, {}],
    ['spiele road trip auf dem kitchen echo', PLAY, { playlistName: 'road trip', deviceName: 'kitchen echo' }],
    ['spiele den dritten song von rock and roll', PLAY, { playlistName: 'rock and roll', position: 'dritten' }],
    ['mische workout', SHUFFLE, { playlistName: 'workout' }],
    ['mische die playlist workout', SHUFFLE, { playlistName: 'workout' }],
    ['was läuft gerade', 'NowPlayingIntent', {}],
    ['auf welchen geräten kannst du spielen', 'ListDevicesIntent', {}],
    ['pausiere die musik', 'AMAZON.PauseIntent', {}],
    ['stoppe die musik', 'AMAZON.PauseIntent', {}],
    ['musik fortsetzen', 'ResumeMusicIntent', {}],
    ['mach weiter', 'AMAZON.ResumeIntent', {}],
    ['nächster song', 'NextSongIntent', {}],
    ['überspringe diesen song', 'NextSongIntent', {}],
    // A bare "weiter" is the German "next", the music only while it plays and nothing is read.
    ['weiter', 'AMAZON.NextIntent', {}],
    ['welcher song ist das', 'NowPlayingIntent', {}],
  ])('"%s" is %s %j', (utterance, intent, slots) => {
    expect(understood('de-DE', utterance)).toEqual({ intent, slots });
  });
});

describe.each(['en-US', 'en-GB', 'de-DE'])('the %s model can ask which device', (locale) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- one JSON model per locale, picked by the test's parameter
  const { interactionModel } = require(`../../skill-package/interactionModels/custom/${locale}.json`) as {
    interactionModel: {
      languageModel: { types: { name: string; values: unknown[] }[] };
      dialog: { intents: { name: string; slots: { name: string; type: string; prompts: { elicitation?: string } }[] }[] };
      prompts: { id: string; variations: unknown[] }[];
    };
  };

  it.each([PLAY, SHUFFLE])('%s has a dialog entry whose deviceName slot has an elicitation prompt', (intent) => {
    const entry = interactionModel.dialog.intents.find((candidate) => candidate.name === intent);
    const deviceSlot = entry?.slots.find((slot) => slot.name === 'deviceName');
    expect(deviceSlot?.type).toBe('DEVICE_NAME');
    const prompt = interactionModel.prompts.find((candidate) => candidate.id === deviceSlot?.prompts.elicitation);
    expect(prompt?.variations.length).toBeGreaterThan(0);
  });

  it('has a DEVICE_NAME slot type with example values', () => {
    expect(interactionModel.languageModel.types.find((type) => type.name === 'DEVICE_NAME')?.values.length).toBeGreaterThan(5);
  });
});
