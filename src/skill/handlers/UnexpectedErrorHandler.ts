import { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { log } from '../logging/logger';
import { secretsOf } from '../logging/redact';
import { logResponse } from '../logging/requestLogger';
import { messagesFor } from '../speech/messages';
import { ask, withFreshResponse } from '../speech/respond';

/**
 * What a log line can say of anything thrown. The stack goes as one string a frame: the logger
 * redacts each line (tokens, Bearer credentials) and bounds it, and `npm run stack` maps the
 * frames back to the TypeScript through the bundle's source maps.
 */
function describeError(error: unknown): Record<string, unknown> {
  try {
    if (!(error instanceof Error)) return { name: typeof error, message: String(error) };
    return { name: error.name, message: error.message, stack: error.stack?.split('\n') };
  } catch {
    // Whatever was thrown fights being described (a throwing getter or toString); the line still goes out.
    return { name: typeof error };
  }
}

/**
 * The last net: anything no other handler caught gets a short apology, never a rethrow,
 * so the person never hears Alexa's "there was a problem with the requested skill's response".
 */
export const UnexpectedErrorHandler: ErrorHandler = {
  canHandle(): boolean {
    return true;
  },
  handle(handlerInput: HandlerInput, error: Error): Response {
    log.error('unhandled-error', describeError(error), secretsOf(handlerInput.requestEnvelope));
    // The request context may be what failed, so the words come from the locale the envelope names, read afresh.
    const messages = messagesFor(handlerInput.requestEnvelope?.request?.locale);
    const response = ask(withFreshResponse(handlerInput), messages.somethingWentWrong, messages.reprompt).getResponse();
    logResponse(handlerInput, response);
    return response;
  },
};
