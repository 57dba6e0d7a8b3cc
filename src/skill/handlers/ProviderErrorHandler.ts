import { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { log } from '../logging/logger';
import { logResponse } from '../logging/requestLogger';
import { secretsOf } from '../logging/redact';
import { ForbiddenError, NoActiveDeviceError, ProviderError } from '../providers/errors';
import { Messages } from '../speech/locales/en-US';
import { ask, speak, withFreshResponse } from '../speech/respond';
import { Utterance } from '../speech/utterance';
import { requestContext, findRequestContext } from '../pipeline/requestContext';
import { writeRequestMemory } from '../pipeline/requestMemory';

function explain(failure: ProviderError, messages: Messages, providerName: string): Utterance {
  if (failure instanceof ForbiddenError) {
    if (failure.reason === 'quotaExceeded') return messages.quotaExceeded(providerName);
    if (failure.resource === 'player') return messages.playback.playerForbidden(providerName);
    return failure.resource === 'playlist' ? messages.playlistForbidden(providerName) : messages.libraryForbidden(providerName);
  }
  if (failure instanceof NoActiveDeviceError) {
    return failure.deviceName === undefined
      ? messages.playback.noActiveDevice(providerName)
      : messages.playback.deviceAsleep(failure.deviceName, providerName);
  }
  switch (failure.kind) {
    case 'premium-required':
      return messages.playback.premiumRequired(providerName);
    case 'not-found':
      return messages.playlistNotFound;
    case 'rate-limited':
      return messages.rateLimited(providerName);
    case 'malformed':
      return messages.providerMalformed(providerName);
    default:
      return messages.providerUnavailable(providerName);
  }
}

/** A failure that only a new link can fix: a dead token, or one granted before the playback scopes were asked for. */
function relinkSpeech(failure: ProviderError, messages: Messages, providerName: string): Utterance | undefined {
  if (failure.kind === 'link-expired') return messages.linkExpired(providerName);
  if (failure.kind === 'scope-missing') return messages.playback.scopeMissing(providerName);
  return undefined;
}

/**
 * The one place where a provider failure becomes words. A dead token, or one without the
 * scopes a call needs, gets a LinkAccount card and ends the session; anything else is
 * explained, with no card, and the session stays open. The answer is built afresh:
 * nothing the failed handler had added goes out with it.
 */
export const ProviderErrorHandler: ErrorHandler = {
  canHandle(handlerInput: HandlerInput, error: Error): boolean {
    // Without a request context there is no provider name to speak; the last net answers instead.
    return error instanceof ProviderError && findRequestContext(handlerInput) !== undefined;
  },
  async handle(handlerInput: HandlerInput, error: Error): Promise<Response> {
    const failure = error as ProviderError;
    const { messages, providerName } = requestContext(handlerInput);
    log.warn('provider-error', { kind: failure.kind, message: failure.message }, secretsOf(handlerInput.requestEnvelope));
    const fresh = withFreshResponse(handlerInput);
    const relink = relinkSpeech(failure, messages, providerName);
    const response = relink
      ? speak(fresh, relink).withLinkAccountCard().withShouldEndSession(true).getResponse()
      : ask(fresh, explain(failure, messages, providerName), messages.reprompt).getResponse();
    // Response interceptors are skipped for error handlers: keep what the request learned (a stale entry dropped).
    await writeRequestMemory(handlerInput);
    logResponse(handlerInput, response);
    return response;
  },
};
