import { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { log } from '../logging/logger';
import { logResponse } from '../logging/requestLogger';
import { secretsOf } from '../logging/redact';
import { ForbiddenError, ProviderError } from '../providers/errors';
import { Messages } from '../speech/locales/en-US';
import { ask, speak } from '../speech/respond';
import { Utterance } from '../speech/utterance';
import { requestContext } from './requestContext';

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
 * card and ends the session; anything else is explained and the session stays open.
 */
export const ProviderErrorHandler: ErrorHandler = {
  canHandle(_handlerInput: HandlerInput, error: Error): boolean {
    return error instanceof ProviderError;
  },
  async handle(handlerInput: HandlerInput, error: Error): Promise<Response> {
    const failure = error as ProviderError;
    const { messages, providerName, memory } = requestContext(handlerInput);
    log.warn('provider-error', { kind: failure.kind, message: failure.message }, secretsOf(handlerInput.requestEnvelope));
    const response =
      failure.kind === 'link-expired'
        ? speak(handlerInput, messages.linkExpired(providerName)).withLinkAccountCard().withShouldEndSession(true).getResponse()
        : ask(handlerInput, explain(failure, messages, providerName), messages.reprompt).getResponse();
    // Response interceptors are skipped for error handlers: keep what the request learned (a stale entry dropped).
    await memory.persist();
    logResponse(handlerInput, response);
    return response;
  },
};
