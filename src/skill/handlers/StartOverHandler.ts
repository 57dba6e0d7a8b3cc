import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { isIntent } from '../pipeline/intentMatchers';
import { moveReading } from '../answers/readingPosition';

/** "Start over": what is being read, from its beginning. */
export const StartOverHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'AMAZON.StartOverIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> {
    return moveReading(handlerInput, 'start');
  },
};
