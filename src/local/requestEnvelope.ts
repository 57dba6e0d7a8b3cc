import { randomUUID } from 'node:crypto';
import { Intent, Request, RequestEnvelope, Slot } from 'ask-sdk-model';

/*
 * Builds request envelopes the way Alexa sends them, for the local dialog and the tests.
 * The token goes in `context.System.user` (always present) and in `session.user`.
 */

export const LOCAL_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';
export const LOCAL_USER_ID = 'amzn1.ask.account.LOCALTESTUSER';
/** The Echo a local request comes from, unless another is picked. */
export const LOCAL_DEVICE_ID = 'amzn1.ask.device.LOCAL';
/** What a local request carries as Alexa's API token, unless another is given. */
export const LOCAL_API_ACCESS_TOKEN = 'local-api-access-token';

export interface EnvelopeOptions {
  readonly accessToken?: string;
  readonly locale?: string;
  readonly skillId?: string;
  readonly userId?: string;
  /** Attributes from the previous response; their presence means the session goes on. */
  readonly sessionAttributes?: Record<string, unknown>;
  readonly sessionId?: string;
  readonly supportedInterfaces?: Record<string, unknown>;
  /** The Echo that asks (`context.System.device.deviceId`). */
  readonly deviceId?: string;
  /**
   * False leaves out `apiEndpoint` and `apiAccessToken`: a local Alexa has no Directive
   * Service, and without them the skill sends no progressive response, so it never calls Amazon.
   */
  readonly alexaApi?: boolean;
}

export function launchRequest(locale = 'en-US'): Request {
  return { type: 'LaunchRequest', requestId: `amzn1.echo-api.request.${randomUUID()}`, timestamp: new Date().toISOString(), locale };
}

export function intentRequest(name: string, slotValues: Record<string, string | undefined> = {}, locale = 'en-US'): Request {
  const slots: Record<string, Slot> = {};
  for (const [slotName, value] of Object.entries(slotValues)) {
    slots[slotName] = { name: slotName, value, confirmationStatus: 'NONE' };
  }
  const intent: Intent = { name, confirmationStatus: 'NONE', slots };
  return {
    type: 'IntentRequest',
    requestId: `amzn1.echo-api.request.${randomUUID()}`,
    timestamp: new Date().toISOString(),
    locale,
    dialogState: 'COMPLETED',
    intent,
  };
}

/** What a screen device sends when a touch fires an APL `SendEvent`: the document's token and the event's arguments. */
export function aplUserEvent(token: string, args: readonly unknown[], locale = 'en-US'): Request {
  return {
    type: 'Alexa.Presentation.APL.UserEvent',
    requestId: `amzn1.echo-api.request.${randomUUID()}`,
    timestamp: new Date().toISOString(),
    locale,
    token,
    arguments: [...args],
    source: { type: 'TouchWrapper', handler: 'Press', id: '' },
    components: {},
  };
}

export function sessionEndedRequest(
  reason: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS' = 'USER_INITIATED',
  locale = 'en-US',
): Request {
  return {
    type: 'SessionEndedRequest',
    requestId: `amzn1.echo-api.request.${randomUUID()}`,
    timestamp: new Date().toISOString(),
    locale,
    reason,
  };
}

/** What Alexa sends when the person disables the skill (the `SKILL_DISABLED` event); send it with `buildEventEnvelope`. */
export function skillDisabledEvent(locale = 'en-US'): Request {
  const now = new Date().toISOString();
  return {
    type: 'AlexaSkillEvent.SkillDisabled',
    requestId: `amzn1.echo-api.request.${randomUUID()}`,
    timestamp: now,
    eventCreationTime: now,
    eventPublishingTime: now,
    locale,
    body: { userInformation: { persistenceStatus: 'NOT_PERSISTED' } },
  } as Request;
}

/** A skill event arrives outside any session, so its envelope has none. */
export function buildEventEnvelope(request: Request, options: EnvelopeOptions = {}): RequestEnvelope {
  const envelope: Partial<RequestEnvelope> = buildEnvelope(request, options);
  delete envelope.session;
  return envelope as RequestEnvelope;
}

export function buildEnvelope(request: Request, options: EnvelopeOptions = {}): RequestEnvelope {
  const skillId = options.skillId ?? LOCAL_SKILL_ID;
  const user = {
    userId: options.userId ?? LOCAL_USER_ID,
    ...(options.accessToken ? { accessToken: options.accessToken } : {}),
  };
  const application = { applicationId: skillId };
  return {
    version: '1.0',
    session: {
      new: options.sessionAttributes === undefined,
      sessionId: options.sessionId ?? `amzn1.echo-api.session.${randomUUID()}`,
      application,
      attributes: options.sessionAttributes ?? {},
      user,
    },
    context: {
      // Without the Alexa API fields when `alexaApi` is false, which Alexa itself always sends.
      System: {
        application,
        user,
        device: { deviceId: options.deviceId ?? LOCAL_DEVICE_ID, supportedInterfaces: options.supportedInterfaces ?? {} },
        ...(options.alexaApi === false ? {} : { apiEndpoint: 'https://api.amazonalexa.com', apiAccessToken: LOCAL_API_ACCESS_TOKEN }),
      } as RequestEnvelope['context']['System'],
    },
    request: { ...request, locale: (request as { locale?: string }).locale ?? options.locale ?? 'en-US' },
  };
}
