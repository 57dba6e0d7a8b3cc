import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { ask } from '../speech/respond';
import { join } from '../speech/utterance';
import { isIntent } from '../pipeline/intentMatchers';
import { RequestContext, requestContext } from '../pipeline/requestContext';
import { rememberPlaylist, updateSessionState } from '../pipeline/sessionState';

/** "What's my longest playlist?": the one with the most songs, from the library's own counts. */
export async function answerBiggestPlaylist(handlerInput: HandlerInput, context: RequestContext): Promise<Response> {
  const { messages, providerName } = context;
  const library = await context.provider().listAllPlaylists();
  if (library.length === 0) return ask(handlerInput, messages.emptyLibrary(providerName), messages.reprompt).getResponse();
  const biggest = library.reduce((best, playlist) => ((playlist.trackCount ?? 0) > (best.trackCount ?? 0) ? playlist : best));
  rememberPlaylist(handlerInput, biggest);
  updateSessionState(handlerInput, { lastAnswer: { kind: 'biggest' } });
  const speech = messages.biggestPlaylist(biggest.name, biggest.trackCount ?? 0);
  return ask(handlerInput, join([speech, messages.anythingElse]), messages.reprompt).getResponse();
}

export const BiggestPlaylistHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'BiggestPlaylistIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> {
    return answerBiggestPlaylist(handlerInput, requestContext(handlerInput));
  },
};
