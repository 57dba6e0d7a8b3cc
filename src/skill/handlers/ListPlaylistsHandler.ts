import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { isIntent } from './intentMatchers';
import { answerPlaylistPage } from './playlistListing';

export const ListPlaylistsHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'ListPlaylistsIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> {
    return answerPlaylistPage(handlerInput, 0);
  },
};
