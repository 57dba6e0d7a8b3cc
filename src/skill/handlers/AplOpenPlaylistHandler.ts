import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { OPEN_PLAYLIST_EVENT } from '../apl/renderPlaylists';
import { isProviderPlaylistId } from '../providers/playlistIds';
import { ask } from '../speech/respond';
import { isRequestType } from '../pipeline/intentMatchers';
import { answerPlaylistContents } from '../answers/playlistTracks';
import { requestContext } from '../pipeline/requestContext';
import { updateSessionState } from '../pipeline/sessionState';

/** The arguments of a touch on a playlist, as the device sent them back: anything at all. */
function openPlaylistArguments(handlerInput: HandlerInput): unknown[] | undefined {
  if (!isRequestType(handlerInput, 'Alexa.Presentation.APL.UserEvent')) return undefined;
  const args: unknown = (handlerInput.requestEnvelope.request as { arguments?: unknown }).arguments;
  return Array.isArray(args) && args[0] === OPEN_PLAYLIST_EVENT ? args : undefined;
}

/**
 * A touch on a playlist on screen: answered as if the person had asked what is on it. The
 * ID comes back from the device, so one that is not in the provider's format is a playlist
 * that cannot exist, and never reaches a URL.
 */
export const AplOpenPlaylistHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return openPlaylistArguments(handlerInput) !== undefined;
  },
  handle(handlerInput: HandlerInput): Promise<Response> | Response {
    const [, id, name] = openPlaylistArguments(handlerInput) ?? [];
    const context = requestContext(handlerInput);
    updateSessionState(handlerInput, { pendingChoice: undefined });
    if (!isProviderPlaylistId(context.providerName, id)) {
      return ask(handlerInput, context.messages.playlistNotFound, context.messages.reprompt).getResponse();
    }
    return answerPlaylistContents(handlerInput, { id, name: typeof name === 'string' ? name : '' }, context);
  },
};
