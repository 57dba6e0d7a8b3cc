import nock from 'nock';
import { Request } from 'ask-sdk-model';
import model from '../../../skill-package/interactionModels/custom/en-US.json';
import {
  aplUserEvent,
  buildEnvelope,
  intentRequest,
  launchRequest,
  buildEventEnvelope,
  sessionEndedRequest,
  skillDisabledEvent,
} from '../../../src/local/requestEnvelope';
import { PLAYLIST_LIST_TOKEN } from '../../../src/skill/apl/renderPlaylists';
import { Dialog, testSkill, toTurn, Turn } from '../../support/dialog';

/*
 * Every request an unlinked person can send, and what each one must get, in both linking
 * modes. The intents are read from the interaction model, so an intent added to it is tested
 * here the day it lands; what each intent must get is written out below by hand, never read
 * from linkingPolicy.ts, so that a change to the policy shows up as a failing test.
 */

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

type Mode = 'required' | 'optional';

/** What an unlinked person perceives, one kind of answer each. */
type Outcome =
  /** The gate's "link your account": the card, and the session ends. The person heard no answer. */
  | 'link-prompt'
  /** Help without a link: what linking unlocks, the card, and the session ends. */
  | 'explain-linking'
  /** The unlinked welcome: a real welcome that offers the link with the card, and keeps listening. */
  | 'welcome'
  /** The fallback's pointer, no card, and it keeps listening. */
  | 'fallback'
  /** "Goodbye.", no card, and the session ends. */
  | 'goodbye'
  /** The catch-all's "I didn't get that", no card, and it keeps listening. */
  | 'not-understood'
  /** No speech, no card, no reprompt: Alexa accepts none. */
  | 'silent';

type Expectation = Readonly<Record<Mode, Outcome>>;

/** An intent that reads the person's music: without a link, both modes ask for one. */
const FEATURE: Expectation = { required: 'link-prompt', optional: 'link-prompt' };

/**
 * Every intent of the model, with what an unlinked person must get. An intent the model gains
 * and this table lacks is taken to be a feature (the README: only opening, help and leaving
 * work without a link), and is still tested.
 */
const EXPECTED_BY_INTENT: Readonly<Record<string, Expectation>> = {
  ListPlaylistsIntent: FEATURE,
  PlaylistContentsIntent: FEATURE,
  PlaylistTrackCountIntent: FEATURE,
  PlaylistDurationIntent: FEATURE,
  TrackDetailIntent: FEATURE,
  FindSongIntent: FEATURE,
  FindArtistIntent: FEATURE,
  BiggestPlaylistIntent: FEATURE,
  ShortestPlaylistIntent: FEATURE,
  RecentlyAddedIntent: FEATURE,
  WhatsNewIntent: FEATURE,
  PlayPlaylistIntent: FEATURE,
  ShufflePlaylistIntent: FEATURE,
  NowPlayingIntent: FEATURE,
  ListDevicesIntent: FEATURE,
  'AMAZON.MoreIntent': FEATURE,
  'AMAZON.NextIntent': FEATURE,
  'AMAZON.RepeatIntent': FEATURE,
  'AMAZON.StartOverIntent': FEATURE,
  'AMAZON.PreviousIntent': FEATURE,
  'AMAZON.YesIntent': FEATURE,
  // "No" ends the conversation only after "Anything else?", which follows a playlist answer.
  'AMAZON.NoIntent': FEATURE,
  'AMAZON.HelpIntent': { required: 'explain-linking', optional: 'explain-linking' },
  'AMAZON.StopIntent': { required: 'goodbye', optional: 'goodbye' },
  'AMAZON.CancelIntent': { required: 'goodbye', optional: 'goodbye' },
  'AMAZON.FallbackIntent': { required: 'link-prompt', optional: 'fallback' },
  // "Go home" is the welcome again.
  'AMAZON.NavigateHomeIntent': { required: 'link-prompt', optional: 'welcome' },
};

/** A plausible value for each slot the model has; a slot not named here is sent unfilled, as Alexa does. */
const SLOT_EXAMPLES: Readonly<Record<string, string>> = {
  playlistName: 'road trip',
  position: 'third',
  songQuery: 'halo',
  artist: 'adele',
  deviceName: 'kitchen echo',
};

const MODEL_INTENTS = model.interactionModel.languageModel.intents;

/** The intent as Alexa sends it for this model: every slot the intent has, filled where an example is known. */
function modelIntentRequest(intent: (typeof MODEL_INTENTS)[number]): Request {
  const slots = Object.fromEntries((intent.slots ?? []).map((slot) => [slot.name, SLOT_EXAMPLES[slot.name]]));
  return intentRequest(intent.name, slots);
}

const INTENT_CASES = MODEL_INTENTS.map((intent) => ({
  name: intent.name,
  request: () => modelIntentRequest(intent),
  expected: EXPECTED_BY_INTENT[intent.name] ?? FEATURE,
}));

const exceptionEncountered = (): Request => ({
  type: 'System.ExceptionEncountered',
  requestId: 'amzn1.echo-api.request.exception',
  timestamp: new Date().toISOString(),
  locale: 'en-US',
  error: { type: 'INVALID_RESPONSE', message: 'The response is invalid.' },
  cause: { requestId: 'amzn1.echo-api.request.earlier' },
});

/** A real request type this skill has no handler for (it does not use skill messaging). */
const messageReceived = (): Request => ({
  type: 'Messaging.MessageReceived',
  requestId: 'amzn1.echo-api.request.message',
  timestamp: new Date().toISOString(),
  locale: 'en-US',
  message: { note: 'hello' },
});

/** Requests that are not intents, each as it arrives: in a session of its own, or outside any. */
const OTHER_CASES: readonly { name: string; request: () => Request; outsideSession?: true; expected: Expectation }[] = [
  { name: 'LaunchRequest', request: () => launchRequest(), expected: { required: 'link-prompt', optional: 'welcome' } },
  {
    name: 'SessionEndedRequest',
    request: () => sessionEndedRequest('EXCEEDED_MAX_REPROMPTS'),
    expected: { required: 'silent', optional: 'silent' },
  },
  { name: 'System.ExceptionEncountered', request: exceptionEncountered, expected: { required: 'silent', optional: 'silent' } },
  {
    name: 'AlexaSkillEvent.SkillDisabled',
    request: () => skillDisabledEvent(),
    outsideSession: true,
    expected: { required: 'silent', optional: 'silent' },
  },
  // A touch on the playlist list opens a playlist: that reads the person's music.
  {
    name: 'Alexa.Presentation.APL.UserEvent',
    request: () => aplUserEvent(PLAYLIST_LIST_TOKEN, ['openPlaylist', '37i9dQZF1DXcBWIGoYBM5M', 'Road Trip']),
    expected: FEATURE,
  },
  { name: 'Messaging.MessageReceived', request: messageReceived, expected: { required: 'link-prompt', optional: 'not-understood' } },
];

const LINK_PROMPT =
  'To hear your playlists, I need to connect to your Spotify account. Open the Alexa app and tap the card I just sent to link it.';

/** What each outcome looks like to the person; the words are written out, not taken from the skill's own messages. */
function expectOutcome(turn: Turn, outcome: Outcome): void {
  const { response } = turn.envelope;
  switch (outcome) {
    case 'link-prompt':
      expect(turn.speech).toBe(LINK_PROMPT);
      expect(turn.card).toEqual({ type: 'LinkAccount' });
      expect(turn.sessionOpen).toBe(false);
      return;
    case 'explain-linking':
      expect(turn.speech).toBe(
        'I read out your Spotify playlists: their names, the songs on each one, and how many there are. For that, I need your Spotify account linked. Open the Alexa app and tap the card I just sent to link it.',
      );
      expect(turn.card).toEqual({ type: 'LinkAccount' });
      expect(turn.sessionOpen).toBe(false);
      return;
    case 'welcome':
      expect(turn.speech).toBe(
        'Welcome to Playlist Reader. I read out your Spotify playlists once your account is linked. To link it, open the Alexa app and tap the card I just sent. You can also say help.',
      );
      // The welcome offers the link, and says a card was sent: it must have been.
      expect(turn.card).toEqual({ type: 'LinkAccount' });
      expect(turn.sessionOpen).toBe(true);
      expect(turn.reprompt).not.toBe('');
      return;
    case 'fallback':
      expect(turn.speech).toBe("Sorry, I can't help with that. You can ask me to list your playlists, or what's on one of them.");
      expect(turn.card).toBeUndefined();
      expect(turn.sessionOpen).toBe(true);
      expect(turn.reprompt).not.toBe('');
      return;
    case 'goodbye':
      expect(turn.speech).toBe('Goodbye.');
      expect(turn.card).toBeUndefined();
      expect(turn.sessionOpen).toBe(false);
      return;
    case 'not-understood':
      expect(turn.speech).toBe("Sorry, I didn't get that. You can ask me to list your playlists.");
      expect(turn.card).toBeUndefined();
      expect(turn.sessionOpen).toBe(true);
      return;
    case 'silent':
      expect(response.outputSpeech).toBeUndefined();
      expect(response.reprompt).toBeUndefined();
      expect(response.card).toBeUndefined();
      return;
  }
}

/** A person with no linked account (no token anywhere in the envelope). */
const unlinkedDialog = (mode: Mode) => new Dialog(testSkill({ accountLinking: mode }), {});

/** The request as the first of a new session (a one-shot: "Alexa, ask Playlist Reader to ..."), or outside any session. */
async function firstRequest(mode: Mode, request: Request, outsideSession = false): Promise<Turn> {
  if (!outsideSession) return unlinkedDialog(mode).say(request);
  return toTurn(await testSkill({ accountLinking: mode }).invoke(buildEventEnvelope(request, { userId: 'amzn1.ask.account.UNLINKED' })));
}

/** The request after "open Playlist Reader", in the session the unlinked welcome kept open. */
async function afterTheWelcome(request: Request): Promise<Turn> {
  const dialog = unlinkedDialog('optional');
  const welcome = await dialog.say(launchRequest());
  expect(welcome.sessionOpen).toBe(true);
  return dialog.say(request);
}

/** Intents are tested as a one-shot and, with optional linking, after the welcome. */
const CONTEXTS = ['as a one-shot', 'after the welcome'] as const;

beforeEach(() => {
  // Nothing an unlinked person asks may reach the music service.
  nock.disableNetConnect();
});

describe('the cases come from the interaction model', () => {
  it('every intent of the model is tested, and the table names no intent the model lacks', () => {
    const modelNames = MODEL_INTENTS.map((intent) => intent.name);
    expect(INTENT_CASES.map((c) => c.name)).toEqual(modelNames);
    expect(Object.keys(EXPECTED_BY_INTENT).filter((name) => !modelNames.includes(name))).toEqual([]);
    // The features the README names are in the model, and so among the cases.
    expect(modelNames).toEqual(expect.arrayContaining(['ListPlaylistsIntent', 'PlaylistContentsIntent', 'PlaylistTrackCountIntent']));
  });

  it('the envelopes carry the slots the model gives each intent', () => {
    const contents = INTENT_CASES.find((c) => c.name === 'PlaylistContentsIntent')!.request();
    expect(contents).toMatchObject({ intent: { slots: { playlistName: { name: 'playlistName', value: 'road trip' } } } });
    const play = INTENT_CASES.find((c) => c.name === 'PlayPlaylistIntent')!.request();
    expect(Object.keys((play as { intent: { slots: object } }).intent.slots).sort()).toEqual([
      'deviceName',
      'playlistName',
      'position',
      'songTitle',
    ]);
  });
});

describe('with optional linking and no linked account', () => {
  describe.each(CONTEXTS)('an intent %s', (context) => {
    it.each(INTENT_CASES.map((c) => [c.name, c.expected.optional, c.request] as const))('%s gets: %s', async (_name, outcome, request) => {
      const turn = context === 'as a one-shot' ? await firstRequest('optional', request()) : await afterTheWelcome(request());
      expectOutcome(turn, outcome);
    });
  });

  it.each(OTHER_CASES.map((c) => [c.name, c.expected.optional, c.request, c.outsideSession] as const))(
    '%s gets: %s',
    async (_name, outcome, request, outsideSession) => {
      expectOutcome(await firstRequest('optional', request(), outsideSession), outcome);
    },
  );

  it.each(['SessionEndedRequest', 'System.ExceptionEncountered', 'Alexa.Presentation.APL.UserEvent', 'Messaging.MessageReceived'])(
    '%s after the welcome gets what it gets on its own',
    async (name) => {
      const { request, expected } = OTHER_CASES.find((c) => c.name === name)!;
      expectOutcome(await afterTheWelcome(request()), expected.optional);
    },
  );

  it('a person can open, fumble, ask for help and leave without ever being refused', async () => {
    const dialog = unlinkedDialog('optional');
    expectOutcome(await dialog.say(launchRequest()), 'welcome');
    expectOutcome(await dialog.say(intentRequest('AMAZON.FallbackIntent')), 'fallback');
    expectOutcome(await dialog.say(intentRequest('AMAZON.NavigateHomeIntent')), 'welcome');
    expectOutcome(await dialog.say(intentRequest('AMAZON.StopIntent')), 'goodbye');
    expectOutcome(await dialog.say(launchRequest()), 'welcome');
    expectOutcome(await dialog.say(intentRequest('AMAZON.HelpIntent')), 'explain-linking');
  });
});

describe('with required linking and no linked account', () => {
  it.each(INTENT_CASES.map((c) => [c.name, c.expected.required, c.request] as const))(
    '%s as a one-shot gets: %s',
    async (_name, outcome, request) => {
      expectOutcome(await firstRequest('required', request()), outcome);
    },
  );

  it.each(OTHER_CASES.map((c) => [c.name, c.expected.required, c.request, c.outsideSession] as const))(
    '%s gets: %s',
    async (_name, outcome, request, outsideSession) => {
      expectOutcome(await firstRequest('required', request(), outsideSession), outcome);
    },
  );

  it('a request in a session the skill kept open (the link broke mid-conversation) still meets the gate', async () => {
    const turn = await unlinkedDialog('required').send(
      buildEnvelope(intentRequest('AMAZON.FallbackIntent'), { sessionAttributes: { listOffset: 5 } }),
    );
    expectOutcome(turn, 'link-prompt');
  });
});
