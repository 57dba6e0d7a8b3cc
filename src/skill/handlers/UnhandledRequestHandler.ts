import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { messagesFor } from '../speech/messages';
import { ask } from '../speech/respond';
import { isRequestType } from '../pipeline/intentMatchers';

/**
 * Registered last: an intent the model does not have, or a request type the skill does not
 * know, gets a short spoken pointer instead of an error.
 */
export const UnhandledRequestHandler: RequestHandler = {
  canHandle(): boolean {
    return true;
  },
  handle(handlerInput: HandlerInput): Response {
    // Alexa forbids any response to this one.
    if (isRequestType(handlerInput, 'System.ExceptionEncountered')) return handlerInput.responseBuilder.getResponse();
    const messages = messagesFor(handlerInput.requestEnvelope.request?.locale);
    return ask(handlerInput, messages.unknownRequest, messages.reprompt).getResponse();
  },
};
