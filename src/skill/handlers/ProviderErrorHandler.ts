import { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { log } from '../logging/logger';
import { logResponse } from '../logging/requestLogger';
import { secretsOf } from '../logging/redact';
import { ForbiddenError, ProviderError } from '../providers/errors';
import { Messages } from '../speech/locales/en-US';
import { ask, speak } from '../speech/respond';
import { Utterance } from '../speech/utterance';
import { withFreshResponse } from './freshResponse';
import { findRequestContext, requestContext } from './requestContext';

function explain(failure: ProviderError, messages: Messages, providerName: string): Utterance {
  if (failure instanceof ForbiddenError) {
    if (failure.reason === 'quotaExceeded') return messages.quotaExceeded(providerName);
    return failure.resource === 'playlist' ? messages.playlistForbidden(providerName) : messages.libraryForbidden(providerName);
  }
  switch (failure.kind) {
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

/**
 * The one place where a provider failure becomes words. A dead token gets a LinkAccount
 * card and ends the session; anything else is explained and the session stays open. The
 * answer is built afresh: nothing the failed handler had added goes out with it.
 */
export const ProviderErrorHandler: ErrorHandler = {
  canHandle(handlerInput: HandlerInput, error: Error): boolean {
    // Without a request context there is no provider name to speak; the last net answers instead.
    return error instanceof ProviderError && findRequestContext(handlerInput) !== undefined;
  },
  async handle(handlerInput: HandlerInput, error: Error): Promise<Response> {
    const failure = error as ProviderError;
    const { messages, providerName, memory } = requestContext(handlerInput);
    log.warn('provider-error', { kind: failure.kind, message: failure.message }, secretsOf(handlerInput.requestEnvelope));
    const fresh = withFreshResponse(handlerInput);
    const response =
      failure.kind === 'link-expired'
        ? speak(fresh, messages.linkExpired(providerName)).withLinkAccountCard().withShouldEndSession(true).getResponse()
        : ask(fresh, explain(failure, messages, providerName), messages.reprompt).getResponse();
    // Response interceptors are skipped for error handlers: keep what the request learned (a stale entry dropped).
    await memory.persist();
    logResponse(handlerInput, response);
    return response;
  },
};
