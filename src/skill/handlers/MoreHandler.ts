import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { isIntent } from '../pipeline/intentMatchers';
import { moveReading } from '../answers/readingPosition';

/** "More", "next", "go on": the next songs of the playlist being read, or the next playlists. */
export const MoreHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'AMAZON.MoreIntent', 'AMAZON.NextIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> {
    return moveReading(handlerInput, 'next');
  },
};
