import { IntentRequest, Request, Slot } from 'ask-sdk-model';
import {
  createUtteranceResolver,
  interactionModelPath,
  isLocalLocale,
  LanguageModel,
  LOCAL_LOCALES,
  normalizeUtterance,
  readLanguageModel,
  resolveUtterance,
  SlotElicitation,
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
    // Amazon's documented common utterances, which no sample of ours needs to repeat.
    ['pause that', 'AMAZON.PauseIntent'],
    ['resume', 'AMAZON.ResumeIntent'],
    ['skip forward', 'AMAZON.NextIntent'],
    ['skip back', 'AMAZON.PreviousIntent'],
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

  it('hears words no sample covers as AMAZON.FallbackIntent: no intent has a sample that is only a slot', () => {
    expect(intentOf(resolveUtterance('purple monkey dishwasher'))).toEqual({ name: 'AMAZON.FallbackIntent', slots: {} });
    expect(intentOf(resolveUtterance('road trip')).name).toBe('AMAZON.FallbackIntent');
  });

  it('sends an empty utterance to AMAZON.FallbackIntent', () => {
    expect(intentOf(resolveUtterance('')).name).toBe('AMAZON.FallbackIntent');
  });

  it.each([
    ["ask playlist reader what's on workout", 'PlaylistContentsIntent', 'workout'],
    ['Alexa, ask Playlist Reader what is on workout', 'PlaylistContentsIntent', 'workout'],
    ['tell playlist reader to read me the road trip playlist', 'PlaylistContentsIntent', 'road trip'],
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
      ['weiter', 'AMAZON.NextIntent'],
      ['nächste', 'AMAZON.NextIntent'],
      ['pausiere das', 'AMAZON.PauseIntent'],
      ['fortsetzen', 'AMAZON.ResumeIntent'],
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

    it('does not understand the English samples', () => {
      expect(intentOf(german.resolve('list my playlists')).name).toBe('AMAZON.FallbackIntent');
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

/** What `Dialog.ElicitSlot` for the playlist slot leaves open, as the skill sends it. */
function askingForPlaylist(intentName: string, otherSlots: Record<string, string> = {}): SlotElicitation {
  const slots: Record<string, Slot> = { playlistName: { name: 'playlistName', confirmationStatus: 'NONE' } };
  for (const [name, value] of Object.entries(otherSlots)) slots[name] = { name, value, confirmationStatus: 'NONE' };
  return { slotToElicit: 'playlistName', intent: { name: intentName, confirmationStatus: 'NONE', slots } };
}

describe('utteranceResolver, while a slot is being asked for (Dialog.ElicitSlot)', () => {
  const english = createUtteranceResolver(undefined, 'en-US');
  const asking = askingForPlaylist('PlaylistTrackCountIntent');

  it.each([
    ['road trip', 'road trip'],
    ['the second one', 'second'],
    ["bob's", "bob's"],
    ['my road trip playlist', 'road trip'],
    ['I mean road trip', 'road trip'],
    ['the one by bob', 'bob'],
  ])('hears "%s" as the answer, sent to the intent that asked, with the slot "%s"', (utterance, playlistName) => {
    const request = english.resolve(utterance, asking) as IntentRequest;
    expect(intentOf(request)).toEqual({ name: 'PlaylistTrackCountIntent', slots: { playlistName } });
    expect(request.dialogState).toBe('IN_PROGRESS');
  });

  it('keeps the slots the asking intent already had', () => {
    const request = english.resolve('road trip', askingForPlaylist('PlaylistTrackCountIntent', { extra: 'kept' }));
    expect(intentOf(request).slots).toEqual({ playlistName: 'road trip' });
    const withDeclared = createUtteranceResolver(
      {
        invocationName: 'x',
        intents: [
          {
            name: 'PlayIntent',
            slots: [{ name: 'playlistName', samples: ['{playlistName}'] }, { name: 'deviceName' }],
            samples: ['play {playlistName} on {deviceName}'],
          },
        ],
      },
      'en-US',
    );
    const answer = withDeclared.resolve('road trip', askingForPlaylist('PlayIntent', { deviceName: 'kitchen' }));
    expect(intentOf(answer)).toEqual({ name: 'PlayIntent', slots: { playlistName: 'road trip', deviceName: 'kitchen' } });
  });

  it('switches intent when the person asks something else, as Alexa does', () => {
    expect(intentOf(english.resolve('list my playlists', asking)).name).toBe('ListPlaylistsIntent');
    expect(intentOf(english.resolve('stop', asking)).name).toBe('AMAZON.StopIntent');
    expect(intentOf(english.resolve("what's on rock and roll", asking))).toEqual({
      name: 'PlaylistContentsIntent',
      slots: { playlistName: 'rock and roll' },
    });
  });

  it('hears the elicitation samples only while asked: the same words afterwards are not understood', () => {
    expect(intentOf(english.resolve('the second one')).name).toBe('AMAZON.FallbackIntent');
  });

  it('uses the samples of the slot asked for, in German too', () => {
    const german = createUtteranceResolver(undefined, 'de-DE');
    const request = german.resolve('die zweite', askingForPlaylist('PlaylistDurationIntent'));
    expect(intentOf(request)).toEqual({ name: 'PlaylistDurationIntent', slots: { playlistName: 'zweite' } });
    expect(intentOf(german.resolve('die von bob', askingForPlaylist('PlaylistContentsIntent')))).toEqual({
      name: 'PlaylistContentsIntent',
      slots: { playlistName: 'bob' },
    });
  });
});

describe.each(LOCAL_LOCALES)('utteranceResolver, %s: the words people say', (locale) => {
  const resolver = createUtteranceResolver(undefined, locale);
  const german = locale === 'de-DE';
  const cases: [string, string, Record<string, string | undefined>][] = german
    ? [
        ['lies mir die rock and roll playlist vor', 'PlaylistContentsIntent', { playlistName: 'rock and roll' }],
        ['erzähl mir von road trip', 'PlaylistContentsIntent', { playlistName: 'road trip' }],
        ['welche lieder sind in meiner workout liste', 'PlaylistContentsIntent', { playlistName: 'workout' }],
        ['wie viele lieder sind darauf', 'PlaylistTrackCountIntent', { playlistName: undefined }],
        ['wie lang ist workout', 'PlaylistDurationIntent', { playlistName: 'workout' }],
        ['wie lange dauert sie', 'PlaylistDurationIntent', { playlistName: undefined }],
        ['wer singt das dritte lied', 'TrackDetailIntent', { position: 'dritte' }],
        ['welche playlist hat halo', 'FindSongIntent', { songQuery: 'halo' }],
        ['was ist meine längste playlist', 'BiggestPlaylistIntent', {}],
        ['was habe ich zuletzt hinzugefügt', 'RecentlyAddedIntent', { playlistName: undefined }],
        ['lies meine playlists vor', 'ListPlaylistsIntent', {}],
        ['tschüss', 'AMAZON.StopIntent', {}],
        ['danke', 'AMAZON.StopIntent', {}],
        ['wie viele playlists habe ich', 'ListPlaylistsIntent', {}],
        ['welche playlist ist die längste', 'BiggestPlaylistIntent', {}],
        ['ist halo in einer meiner playlists', 'FindSongIntent', { songQuery: 'halo' }],
        ["das war's", 'AMAZON.StopIntent', {}],
        ['weiter', 'AMAZON.NextIntent', {}],
        ['mehr', 'AMAZON.MoreIntent', {}],
        ['mach weiter', 'AMAZON.ResumeIntent', {}],
        ['fortsetzen', 'AMAZON.ResumeIntent', {}],
        ['ja', 'AMAZON.YesIntent', {}],
        ['nein', 'AMAZON.NoIntent', {}],
        ['wiederhole das', 'AMAZON.RepeatIntent', {}],
      ]
    : [
        ['read me the rock and roll playlist', 'PlaylistContentsIntent', { playlistName: 'rock and roll' }],
        ['tell me about road trip', 'PlaylistContentsIntent', { playlistName: 'road trip' }],
        ['what songs are in my workout list', 'PlaylistContentsIntent', { playlistName: 'workout' }],
        ['can you read me the road trip playlist', 'PlaylistContentsIntent', { playlistName: 'road trip' }],
        ['how many songs are on it', 'PlaylistTrackCountIntent', { playlistName: undefined }],
        ['how long is workout', 'PlaylistDurationIntent', { playlistName: 'workout' }],
        ['how long is it', 'PlaylistDurationIntent', { playlistName: undefined }],
        ['who sings the third one', 'TrackDetailIntent', { position: 'third' }],
        ['which playlist has halo', 'FindSongIntent', { songQuery: 'halo' }],
        ["what's my longest playlist", 'BiggestPlaylistIntent', {}],
        ['what did i add to road trip lately', 'RecentlyAddedIntent', { playlistName: 'road trip' }],
        ['read my playlists', 'ListPlaylistsIntent', {}],
        ['bye', 'AMAZON.StopIntent', {}],
        ["that's all", 'AMAZON.StopIntent', {}],
        ['no thanks', 'AMAZON.StopIntent', {}],
        ['cheers', 'AMAZON.StopIntent', {}],
        ['thank you', 'AMAZON.StopIntent', {}],
        ['how many playlists do i have', 'ListPlaylistsIntent', {}],
        ["what's the longest playlist", 'BiggestPlaylistIntent', {}],
        ['is bohemian rhapsody in any of my playlists', 'FindSongIntent', { songQuery: 'bohemian rhapsody' }],
        ['go on', 'AMAZON.MoreIntent', {}],
        // Amazon's ResumeIntent hears a bare "continue" and "keep going"; "carry on" goes with them.
        ['carry on', 'AMAZON.ResumeIntent', {}],
        ['continue', 'AMAZON.ResumeIntent', {}],
        ['keep going', 'AMAZON.ResumeIntent', {}],
        ['pause', 'AMAZON.PauseIntent', {}],
        ['yes', 'AMAZON.YesIntent', {}],
        ['no', 'AMAZON.NoIntent', {}],
        ['repeat that', 'AMAZON.RepeatIntent', {}],
        ['start over', 'AMAZON.StartOverIntent', {}],
        ['go back', 'AMAZON.PreviousIntent', {}],
      ];

  it.each(cases)('hears "%s" as %s', (utterance, name, slots) => {
    expect(intentOf(resolver.resolve(utterance))).toEqual({ name, slots });
  });
});
