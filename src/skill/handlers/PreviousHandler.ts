import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { isIntent } from '../pipeline/intentMatchers';
import { moveReading } from '../answers/readingPosition';

/** "Go back", "previous": the five before the ones just read. */
export const PreviousHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'AMAZON.PreviousIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> {
    return moveReading(handlerInput, 'back');
  },
};
