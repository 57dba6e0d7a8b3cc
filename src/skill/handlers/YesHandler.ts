import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { moveReading } from '../answers/readingPosition';
import { ask } from '../speech/respond';
import { isIntent } from '../pipeline/intentMatchers';
import { requestContext } from '../pipeline/requestContext';
import { offeredLastTurn } from '../pipeline/sessionState';

/**
 * "Yes": to "say more to hear the next songs" it reads on, exactly as "more" would; to
 * "Anything else?" or anything else that offered nothing, it says what the person can ask.
 * ("No" ends the session: StopHandler.)
 */
export const YesHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'AMAZON.YesIntent');
  },
  handle(handlerInput: HandlerInput): Response | Promise<Response> {
    if (offeredLastTurn(handlerInput) === 'more') return moveReading(handlerInput, 'next');
    const { messages } = requestContext(handlerInput);
    return ask(handlerInput, messages.goAhead, messages.reprompt).getResponse();
  },
};
