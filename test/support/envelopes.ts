import { randomUUID } from 'node:crypto';
import { Request, RequestEnvelope } from 'ask-sdk-model';
import { buildEnvelope, EnvelopeOptions } from '../../src/local/requestEnvelope';

/*
 * The envelopes only tests send; the local Alexa's own builders (launch, intent, APL touch,
 * the envelope itself) are in src/local/requestEnvelope.ts.
 */

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

/** What a test envelope may carry besides the local Alexa's: every credential Alexa can send. */
export interface TestEnvelopeOptions extends EnvelopeOptions {
  /** Alexa's token for its own APIs (`context.System.apiAccessToken`); the local one when left out. */
  readonly apiAccessToken?: string;
  /** The token Alexa sends in `user.permissions` when the person granted the skill permissions. */
  readonly consentToken?: string;
  /** The recognised speaker (`context.System.person`), with their own token when they linked an account of their own. */
  readonly person?: { readonly personId: string; readonly accessToken?: string };
}

/** `buildEnvelope`, with the credentials only tests send. */
export function buildTestEnvelope(request: Request, options: TestEnvelopeOptions = {}): RequestEnvelope {
  const { apiAccessToken, consentToken, person, ...local } = options;
  const envelope = buildEnvelope(request, local);
  const { System } = envelope.context;
  if (apiAccessToken !== undefined && System.apiAccessToken !== undefined) System.apiAccessToken = apiAccessToken;
  if (person) System.person = person;
  if (consentToken) {
    for (const user of [System.user, envelope.session?.user]) if (user) user.permissions = { consentToken };
  }
  return envelope;
}
