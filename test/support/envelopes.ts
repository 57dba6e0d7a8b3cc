import { Request, RequestEnvelope } from 'ask-sdk-model';
import { buildEnvelope, EnvelopeOptions } from '../../src/local/requestEnvelope';

/*
 * What only tests put in an envelope: every credential Alexa can send. The builders themselves
 * are the local Alexa's (src/local/requestEnvelope.ts).
 */

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
