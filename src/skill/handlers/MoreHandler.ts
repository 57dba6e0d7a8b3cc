import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { isIntent } from '../pipeline/intentMatchers';
import { moveReading } from '../answers/readingPosition';

/**
 * "More", "go on", "what else": the next songs of the playlist being read, or the next playlists.
 * A bare "next" ("weiter") lands here only when `NextSongHandler`, which goes first, leaves it:
 * while something is being read, or with no music playing. A bare "continue" is Amazon's
 * ResumeIntent, `ResumeHandler`'s.
 */
export const MoreHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'AMAZON.MoreIntent', 'AMAZON.NextIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> {
    return moveReading(handlerInput, 'next');
  },
};
