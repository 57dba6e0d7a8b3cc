import { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { log } from '../logging/logger';
import { secretsOf } from '../logging/redact';
import { logResponse } from '../logging/requestLogger';
import { messagesFor } from '../speech/messages';
import { ask } from '../speech/respond';

/**
 * The last net: anything no other handler caught gets a short apology, never a rethrow,
 * so the person never hears Alexa's "there was a problem with the requested skill's response".
 */
export const UnexpectedErrorHandler: ErrorHandler = {
  canHandle(): boolean {
    return true;
  },
  handle(handlerInput: HandlerInput, error: Error): Response {
    log.error('unhandled-error', { name: error?.name, message: error?.message }, secretsOf(handlerInput.requestEnvelope));
    // The request context may be what failed, so the words come straight from the default locale.
    const messages = messagesFor(handlerInput.requestEnvelope?.request?.locale);
    const response = ask(handlerInput, messages.somethingWentWrong, messages.reprompt).getResponse();
    logResponse(handlerInput, response);
    return response;
  },
};
