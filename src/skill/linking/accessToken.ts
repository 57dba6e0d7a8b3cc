import { getAccountLinkingAccessToken, HandlerInput } from 'ask-sdk-core';

/**
 * The account-linking token Alexa sent, or undefined. `context` is where Alexa always puts
 * it; `session` is optional and may be absent, so it is only a fallback. A malformed
 * envelope with neither must not throw here.
 */
export function readAccessToken(handlerInput: HandlerInput): string | undefined {
  const envelope = handlerInput.requestEnvelope;
  let token: string | undefined;
  try {
    token = getAccountLinkingAccessToken(envelope);
  } catch {
    token = undefined;
  }
  token = token || envelope.session?.user?.accessToken;
  return typeof token === 'string' && token.trim() !== '' ? token : undefined;
}
