import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { isIntent } from '../pipeline/intentMatchers';
import { answerPlaylistPage } from '../answers/playlistListing';
import { readSessionState } from '../pipeline/sessionState';

/**
 * "List my playlists": from the start, or, when the list was left part-way through in this
 * session, from where it stopped. A list read to its end starts over.
 */
export const ListPlaylistsHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'ListPlaylistsIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> {
    const { listOffset } = readSessionState(handlerInput);
    return listOffset ? answerPlaylistPage(handlerInput, listOffset, { resumed: true }) : answerPlaylistPage(handlerInput, 0);
  },
};
