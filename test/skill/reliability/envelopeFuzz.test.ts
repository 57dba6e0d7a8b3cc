import model from '../../../skill-package/interactionModels/custom/en-US.json';
import fc from 'fast-check';
import nock from 'nock';
import { RequestEnvelope } from 'ask-sdk-model';
import { buildEnvelope, intentRequest, launchRequest, LOCAL_SKILL_ID } from '../../../src/local/requestEnvelope';
import { Dialog, LINKED_TOKEN, testSkill, toTurn } from '../../support/dialog';
import { nockSpotifyLibrary } from '../../support/nockSpotify';
import { library, trackItem } from '../../support/spotifyWire';
import { failOnEscapedRejections } from './answers';

/*
 * Envelopes Alexa should never send, and some it does: whatever arrives, the skill
 * answers with speech and never throws. The one exception is a request for another
 * skill when SKILL_ID is set, which must be rejected.
 */

const SKILL_ID = 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555';
const PLAYLISTS = library(['Road Trip', 'Chill Vibes']);
/** Request types that must get an empty response: Alexa accepts no speech for them. */
const SILENT_TYPES = new Set(['SessionEndedRequest', 'System.ExceptionEncountered']);

const STATIC_AUTHORITY = `amzn1.er-authority.echo-sdk.${LOCAL_SKILL_ID}.PLAYLIST_NAME`;
const DYNAMIC_AUTHORITY = `amzn1.er-authority.echo-sdk.dynamic.${LOCAL_SKILL_ID}.PLAYLIST_NAME`;
const resolvedValue = (id: string, name: string) => ({ value: { id, name } });
const RESOLVED_VALUES: Record<string, unknown[]> = {
  'a playlist': [resolvedValue(PLAYLISTS[0].id, 'Road Trip')],
  'an unknown ID': [resolvedValue('rt', 'Road Trip')],
  'a path': [resolvedValue('../../me/player', 'Road Trip')],
  'two playlists': [resolvedValue(PLAYLISTS[1].id, 'Chill Vibes'), resolvedValue(PLAYLISTS[0].id, 'Road Trip')],
  'no values': [],
};

const MODEL_INTENTS = model.interactionModel.languageModel.intents.map((intent) => intent.name);

const intentName = fc.oneof(
  fc.constantFrom(...MODEL_INTENTS),
  fc.constantFrom('AMAZON.PauseIntent', 'OrderPizzaIntent', '', 'listplaylistsintent'),
  fc.string(),
);
const locale = fc.oneof(
  fc.constantFrom('en-US', 'en-GB', 'en-IN', 'de-DE', 'fr-FR', 'ja-JP', 'ar-SA', 'EN-us', 'en', '', 'xx-XX', 'en_US'),
  fc.string(),
  fc.constant(undefined),
  // Not even a string: a client can send any JSON.
  fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.string(), { maxLength: 2 }), fc.object({ maxDepth: 1 })),
);

const slotValue = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('', '   ', 'road trip', 'chill vibes', 'no such list'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const resolution = fc.constantFrom('none', 'ER_SUCCESS_MATCH', 'ER_SUCCESS_NO_MATCH', 'ER_ERROR_TIMEOUT');
/** Whose resolution it is: the model's static values, or this session's dynamic entities (IDs from the provider). */
const authority = fc.constantFrom('static', 'dynamic');
/** What a matching resolution names: a real playlist, an ID the provider never issued, one that would walk a URL, several. */
const resolvedValues = fc.constantFrom('a playlist', 'an unknown ID', 'a path', 'two playlists', 'no values');
const slotShape = fc.constantFrom('slot', 'no slots object', 'empty slots object', 'slot without value', 'null slot');

interface EnvelopeSpec {
  readonly requestType: 'IntentRequest' | 'LaunchRequest' | 'other';
  readonly otherType: string;
  readonly intentName: string;
  readonly slotValue: string | undefined;
  readonly slotShape: string;
  readonly resolution: string;
  readonly authority: 'static' | 'dynamic';
  readonly resolvedValues: string;
  readonly locale: unknown;
  readonly linked: boolean;
  readonly drop: 'nothing' | 'context' | 'session' | 'both' | 'context.System.user' | 'session.attributes';
  readonly sessionAttributes: Record<string, unknown> | undefined;
}

const spec: fc.Arbitrary<EnvelopeSpec> = fc.record({
  requestType: fc.constantFrom('IntentRequest', 'IntentRequest', 'IntentRequest', 'LaunchRequest', 'other'),
  otherType: fc.oneof(
    fc.constantFrom(
      'CanFulfillIntentRequest',
      'Connections.Response',
      'Alexa.Presentation.APL.UserEvent',
      'AudioPlayer.PlaybackStarted',
      'Display.ElementSelected',
      '',
    ),
    fc.string(),
  ),
  intentName,
  slotValue,
  slotShape,
  resolution,
  authority,
  resolvedValues,
  locale,
  linked: fc.boolean(),
  drop: fc.constantFrom('nothing', 'context', 'session', 'both', 'context.System.user', 'session.attributes'),
  sessionAttributes: fc.oneof(
    fc.constant(undefined),
    fc.constant({ listOffset: 5 }),
    fc.constant({ listOffset: -3, pendingChoice: 'not an array' }),
    fc.constant({ pendingChoice: [{ id: 'x', name: 'Road Trip' }, null, 42] }),
    fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
  ),
});

function envelopeFor(s: EnvelopeSpec): RequestEnvelope {
  let request;
  if (s.requestType === 'LaunchRequest') request = launchRequest();
  else if (s.requestType === 'other')
    request = { type: s.otherType, requestId: 'amzn1.echo-api.request.fuzz', timestamp: new Date().toISOString() };
  else {
    request = intentRequest(s.intentName, { playlistName: s.slotValue }) as { intent: { slots?: Record<string, unknown> } };
    const slot = request.intent.slots?.playlistName as Record<string, unknown>;
    if (s.resolution !== 'none') {
      slot.resolutions = {
        resolutionsPerAuthority: [
          {
            authority: s.authority === 'dynamic' ? DYNAMIC_AUTHORITY : STATIC_AUTHORITY,
            status: { code: s.resolution },
            values: s.resolution === 'ER_SUCCESS_MATCH' ? RESOLVED_VALUES[s.resolvedValues] : undefined,
          },
        ],
      };
    }
    if (s.slotShape === 'no slots object') delete request.intent.slots;
    if (s.slotShape === 'empty slots object') request.intent.slots = {};
    if (s.slotShape === 'slot without value') delete slot.value;
    if (s.slotShape === 'null slot') request.intent.slots = { playlistName: null };
  }
  (request as { locale?: unknown }).locale = s.locale;
  const envelope = buildEnvelope(request as never, {
    accessToken: s.linked ? LINKED_TOKEN : undefined,
    sessionAttributes: s.sessionAttributes,
  });
  // Alexa's types say these parts are always there; the point here is that they may not be.
  const loose = envelope as unknown as {
    request: { locale?: unknown };
    context?: { System: { user?: unknown } };
    session?: { attributes?: unknown };
  };
  if (s.locale === undefined) delete loose.request.locale;
  if (s.drop === 'context' || s.drop === 'both') delete loose.context;
  if (s.drop === 'session' || s.drop === 'both') delete loose.session;
  if (s.drop === 'context.System.user') delete loose.context?.System.user;
  if (s.drop === 'session.attributes') delete loose.session?.attributes;
  return envelope;
}

const SOMETHING_WENT_WRONG = 'something went wrong on my side';

/** A linked request with everything Alexa always sends: however odd its values, it deserves a real answer. */
const wellFormed = (s: EnvelopeSpec) => s.linked && s.drop === 'nothing' && s.requestType !== 'other';

failOnEscapedRejections();
afterAll(() => jest.restoreAllMocks());

beforeEach(() => {
  nockSpotifyLibrary(PLAYLISTS, { [PLAYLISTS[0].id]: [trackItem('Drive', ['The Cars'])], [PLAYLISTS[1].id]: [] });
});

afterEach(() => nock.cleanAll());

it('any envelope, however odd, gets a spoken answer in well-formed SSML and never a throw', async () => {
  const skill = testSkill();
  await fc.assert(
    fc.asyncProperty(spec, async (s) => {
      const envelope = envelopeFor(s);
      // A throw here (past the error handlers) fails the property.
      const turn = await new Dialog(skill).send(envelope);
      const type = (envelope.request as { type: string }).type;
      if (SILENT_TYPES.has(type)) return;
      expect(turn.envelope.response.outputSpeech?.type).toBe('SSML');
      expect(turn.speech.trim()).not.toBe('');
      // Odd values are answered deliberately; "something went wrong" is only for the skill's own bugs.
      if (wellFormed(s)) expect(turn.speech).not.toContain(SOMETHING_WENT_WRONG);
    }),
    { numRuns: 1000 },
  );
}, 60_000);

describe('the named cases, one by one', () => {
  const skill = () => testSkill();
  const spoken = async (envelope: RequestEnvelope) => toTurn(await skill().invoke(envelope));

  it('ER_SUCCESS_NO_MATCH with a value still looks the name up', async () => {
    const turn = await spoken(
      envelopeFor({
        requestType: 'IntentRequest',
        otherType: '',
        intentName: 'PlaylistTrackCountIntent',
        slotValue: 'road trip',
        slotShape: 'slot',
        resolution: 'ER_SUCCESS_NO_MATCH',
        authority: 'static',
        resolvedValues: 'no values',
        locale: 'en-US',
        linked: true,
        drop: 'nothing',
        sessionAttributes: undefined,
      }),
    );
    expect(turn.speech).toContain('Road Trip has 10 songs.');
  });

  it.each(['', '   '])('an empty slot (%j) asks which playlist', async (value) => {
    const turn = await spoken(
      buildEnvelope(intentRequest('PlaylistContentsIntent', { playlistName: value }), { accessToken: LINKED_TOKEN }),
    );
    expect(turn.speech).toContain('Which playlist?');
  });

  it('an intent not in the model gets a pointer, not an error', async () => {
    const turn = await spoken(buildEnvelope(intentRequest('OrderPizzaIntent'), { accessToken: LINKED_TOKEN }));
    expect(turn.speech).toContain("Sorry, I didn't get that.");
  });

  it.each(['fr-FR', 'xx', '', 'en_US', 'valueOf', 'constructor', '__proto__', 'toString'])(
    'an odd locale (%j) is answered in a language the skill has',
    async (odd) => {
      const turn = await spoken(buildEnvelope(intentRequest('AMAZON.HelpIntent', {}, odd), { accessToken: LINKED_TOKEN }));
      expect(turn.speech.length).toBeGreaterThan(20);
    },
  );
});

describe('with SKILL_ID set, the one envelope that is refused', () => {
  it('a request for another skill is rejected', async () => {
    const turn = testSkill({ skillId: SKILL_ID }).invoke(buildEnvelope(launchRequest(), { accessToken: LINKED_TOKEN }));
    await expect(turn).rejects.toThrow(/ID verification failed/);
  });

  it('a request without context, so without a skill ID, is rejected too', async () => {
    const envelope = buildEnvelope(launchRequest(), { accessToken: LINKED_TOKEN, skillId: SKILL_ID }) as unknown as Record<string, unknown>;
    delete envelope.context;
    await expect(testSkill({ skillId: SKILL_ID }).invoke(envelope as unknown as RequestEnvelope)).rejects.toThrow();
  });

  it('a request for this skill is answered', async () => {
    const turn = toTurn(
      await testSkill({ skillId: SKILL_ID }).invoke(buildEnvelope(launchRequest(), { accessToken: LINKED_TOKEN, skillId: SKILL_ID })),
    );
    expect(turn.speech).toContain('Welcome');
  });
});
