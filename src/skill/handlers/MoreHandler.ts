import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { isIntent } from './intentMatchers';
import { answerPlaylistPage } from './playlistListing';
import { readSessionState } from './sessionState';

/** "More" or "next": continues the list where the last answer stopped, or starts it. */
export const MoreHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'AMAZON.MoreIntent', 'AMAZON.NextIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> {
    return answerPlaylistPage(handlerInput, readSessionState(handlerInput).listOffset ?? 0);
  },
};
