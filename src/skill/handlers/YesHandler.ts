import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { ask } from '../speech/respond';
import { isIntent } from '../pipeline/intentMatchers';
import { requestContext } from '../pipeline/requestContext';

/** "Yes" to "Anything else?": the person wants to go on, so say what they can ask. ("No" ends the session: StopHandler.) */
export const YesHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'AMAZON.YesIntent');
  },
  handle(handlerInput: HandlerInput): Response {
    const { messages } = requestContext(handlerInput);
    return ask(handlerInput, messages.goAhead, messages.reprompt).getResponse();
  },
};
