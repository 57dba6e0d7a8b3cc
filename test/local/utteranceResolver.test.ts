import { IntentRequest, Request } from 'ask-sdk-model';
import {
  createUtteranceResolver,
  interactionModelPath,
  isLocalLocale,
  LanguageModel,
  LOCAL_LOCALES,
  normalizeUtterance,
  readLanguageModel,
  resolveUtterance,
} from '../../src/local/utteranceResolver';

function intentOf(request: Request): { name: string; slots: Record<string, string | undefined> } {
  expect(request.type).toBe('IntentRequest');
  const { intent } = request as IntentRequest;
  const slots = Object.fromEntries(Object.entries(intent.slots ?? {}).map(([name, slot]) => [name, slot.value]));
  return { name: intent.name, slots };
}

describe('utteranceResolver, against the real en-US model', () => {
  it('hears "what\'s on rock and roll" as PlaylistContentsIntent with the name in the slot', () => {
    expect(intentOf(resolveUtterance("what's on rock and roll"))).toEqual({
      name: 'PlaylistContentsIntent',
      slots: { playlistName: 'rock and roll' },
    });
  });

  it('prefers the most literal sample: "my road trip playlist" fills the slot with "road trip"', () => {
    expect(intentOf(resolveUtterance("What's on my Road Trip playlist?"))).toEqual({
      name: 'PlaylistContentsIntent',
      slots: { playlistName: 'road trip' },
    });
  });

  it('hears "how many songs are in road trip" as PlaylistTrackCountIntent', () => {
    expect(intentOf(resolveUtterance('how many songs are in road trip'))).toEqual({
      name: 'PlaylistTrackCountIntent',
      slots: { playlistName: 'road trip' },
    });
  });

  it('hears "list my playlists" as ListPlaylistsIntent', () => {
    expect(intentOf(resolveUtterance('list my playlists')).name).toBe('ListPlaylistsIntent');
  });

  it.each([
    ['more', 'AMAZON.MoreIntent'],
    ['next', 'AMAZON.NextIntent'],
    ['help', 'AMAZON.HelpIntent'],
    ['What can I say?', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['cancel', 'AMAZON.CancelIntent'],
    ['never mind', 'AMAZON.CancelIntent'],
    ['go home', 'AMAZON.NavigateHomeIntent'],
  ])('hears "%s" as the built-in %s', (utterance, intentName) => {
    expect(intentOf(resolveUtterance(utterance)).name).toBe(intentName);
  });

  it.each([
    'open playlist reader',
    'launch playlist reader',
    'start playlist reader',
    'Alexa, open Playlist Reader',
    'ask playlist reader',
  ])('hears "%s" as a LaunchRequest', (utterance) => {
    expect(resolveUtterance(utterance).type).toBe('LaunchRequest');
  });

  it('hears words no literal sample covers as a bare playlist name, as Alexa does with the "{playlistName}" sample', () => {
    expect(intentOf(resolveUtterance('purple monkey dishwasher'))).toEqual({
      name: 'PlaylistChoiceIntent',
      slots: { playlistName: 'purple monkey dishwasher' },
    });
  });

  it('sends an empty utterance to AMAZON.FallbackIntent', () => {
    expect(intentOf(resolveUtterance('')).name).toBe('AMAZON.FallbackIntent');
  });

  it.each([
    ["ask playlist reader what's on workout", 'PlaylistContentsIntent', 'workout'],
    ['Alexa, ask Playlist Reader what is on workout', 'PlaylistContentsIntent', 'workout'],
    ['tell playlist reader to read road trip', 'PlaylistContentsIntent', 'road trip'],
    ['ask playlist reader how many songs are in workout', 'PlaylistTrackCountIntent', 'workout'],
  ])('strips the one-shot invocation from "%s"', (utterance, intentName, playlistName) => {
    expect(intentOf(resolveUtterance(utterance))).toEqual({ name: intentName, slots: { playlistName } });
  });

  it('understands a typed "whats on" without its apostrophe', () => {
    expect(intentOf(resolveUtterance("whats on mum's sunday songs"))).toEqual({
      name: 'PlaylistContentsIntent',
      slots: { playlistName: "mum's sunday songs" },
    });
  });

  it('normalises like a transcription: lower case, no punctuation but apostrophes', () => {
    expect(normalizeUtterance('  What’s on <Late Night> Jazz?!  ')).toBe("what's on late night jazz");
    expect(normalizeUtterance('Rock & Roll')).toBe('rock and roll');
  });
});

describe('utteranceResolver, against a changed model', () => {
  const base = readLanguageModel();

  it('picks up a sample added to a built-in intent in the model', () => {
    const model: LanguageModel = {
      ...base,
      intents: base.intents.map((intent) => (intent.name === 'AMAZON.MoreIntent' ? { ...intent, samples: ['keep reading'] } : intent)),
    };
    expect(intentOf(createUtteranceResolver(model).resolve('keep reading')).name).toBe('AMAZON.MoreIntent');
  });

  it("uses the model's invocation name", () => {
    const resolver = createUtteranceResolver({ ...base, invocationName: 'song lister' });
    expect(resolver.resolve('open song lister').type).toBe('LaunchRequest');
    expect(intentOf(resolver.resolve('ask song lister to list my playlists')).name).toBe('ListPlaylistsIntent');
  });
});

describe('utteranceResolver, per locale', () => {
  it.each(LOCAL_LOCALES)('reads the %s interaction model and puts the locale on every request', (locale) => {
    const model = readLanguageModel(interactionModelPath(locale));
    const resolver = createUtteranceResolver(undefined, locale);
    expect(resolver.resolve(`open ${model.invocationName}`).locale).toBe(locale);
    expect(resolver.resolve(model.intents.find((intent) => intent.name === 'ListPlaylistsIntent')!.samples![0]).locale).toBe(locale);
  });

  describe('de-DE', () => {
    const german = createUtteranceResolver(undefined, 'de-DE');

    it('hears "was ist auf rock and roll" as PlaylistContentsIntent, in de-DE', () => {
      const request = german.resolve('was ist auf rock and roll');
      expect(request.locale).toBe('de-DE');
      expect(intentOf(request)).toEqual({ name: 'PlaylistContentsIntent', slots: { playlistName: 'rock and roll' } });
    });

    it('hears "wie viele songs sind auf workout" as PlaylistTrackCountIntent', () => {
      expect(intentOf(german.resolve('Wie viele Songs sind auf Workout?'))).toEqual({
        name: 'PlaylistTrackCountIntent',
        slots: { playlistName: 'workout' },
      });
    });

    it.each([
      ['hilfe', 'AMAZON.HelpIntent'],
      ['was kann ich sagen', 'AMAZON.HelpIntent'],
      ['stopp', 'AMAZON.StopIntent'],
      ['abbrechen', 'AMAZON.CancelIntent'],
      ['weiter', 'AMAZON.MoreIntent'],
      ['nächste', 'AMAZON.NextIntent'],
      ['zurück zum anfang', 'AMAZON.NavigateHomeIntent'],
      ['startseite', 'AMAZON.NavigateHomeIntent'],
    ])('hears "%s" as the built-in %s', (utterance, intentName) => {
      expect(intentOf(german.resolve(utterance)).name).toBe(intentName);
    });

    it.each(['öffne playlist leser', 'starte Playlist Leser', 'Alexa, öffne Playlist Leser', 'playlist leser'])(
      'hears "%s" as a LaunchRequest',
      (utterance) => {
        expect(german.resolve(utterance)).toMatchObject({ type: 'LaunchRequest', locale: 'de-DE' });
      },
    );

    it('strips the German one-shot invocation: "frag playlist leser was ist auf workout"', () => {
      expect(intentOf(german.resolve('frag playlist leser was ist auf workout'))).toEqual({
        name: 'PlaylistContentsIntent',
        slots: { playlistName: 'workout' },
      });
    });

    it('does not understand the English samples: they are only a bare name to it', () => {
      expect(intentOf(german.resolve('list my playlists')).name).toBe('PlaylistChoiceIntent');
    });
  });

  it('en-GB uses its own model with the English built-ins', () => {
    const british = createUtteranceResolver(undefined, 'en-GB');
    expect(intentOf(british.resolve('list my playlists')).name).toBe('ListPlaylistsIntent');
    expect(british.resolve('help')).toMatchObject({ locale: 'en-GB', intent: { name: 'AMAZON.HelpIntent' } });
  });

  it('knows which locales it supports', () => {
    expect(LOCAL_LOCALES).toEqual(['en-US', 'en-GB', 'de-DE']);
    expect(isLocalLocale('de-DE')).toBe(true);
    expect(isLocalLocale('fr-FR')).toBe(false);
  });
});
