import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { speak } from '../speech/respond';
import { isIntent } from '../pipeline/intentMatchers';
import { requestContext } from '../pipeline/requestContext';

/** "Stop", "cancel", "bye", and "no" to "Anything else?": goodbye, and the session ends. */
export const StopHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NoIntent');
  },
  handle(handlerInput: HandlerInput): Response {
    const { messages } = requestContext(handlerInput);
    return speak(handlerInput, messages.goodbye).withShouldEndSession(true).getResponse();
  },
};
