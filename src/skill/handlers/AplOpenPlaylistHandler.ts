import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { interfaces, Response } from 'ask-sdk-model';
import { OPEN_PLAYLIST_EVENT } from '../apl/renderPlaylists';
import { isRequestType } from './intentMatchers';
import { answerPlaylistContents } from './PlaylistContentsHandler';
import { requestContext } from './requestContext';
import { writeSessionState } from './sessionState';

type UserEvent = interfaces.alexa.presentation.apl.UserEvent;

function openedPlaylist(handlerInput: HandlerInput): { id: string; name: string } | undefined {
  if (!isRequestType(handlerInput, 'Alexa.Presentation.APL.UserEvent')) return undefined;
  const [event, id, name] = (handlerInput.requestEnvelope.request as UserEvent).arguments ?? [];
  if (event !== OPEN_PLAYLIST_EVENT || typeof id !== 'string' || !id) return undefined;
  return { id, name: typeof name === 'string' && name ? name : '' };
}

/** A touch on a playlist on screen: answered as if the person had asked what is on it. */
export const AplOpenPlaylistHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return openedPlaylist(handlerInput) !== undefined;
  },
  handle(handlerInput: HandlerInput): Promise<Response> {
    const playlist = openedPlaylist(handlerInput)!;
    writeSessionState(handlerInput, {});
    return answerPlaylistContents(handlerInput, playlist, requestContext(handlerInput));
  },
};
