import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { Playlist } from '../providers/types';
import { ask } from '../speech/respond';
import { join } from '../speech/utterance';
import { isIntent } from '../pipeline/intentMatchers';
import { RequestContext, requestContext } from '../pipeline/requestContext';
import { rememberPlaylist, updateSessionState } from '../pipeline/sessionState';

export type PlaylistExtreme = 'biggest' | 'shortest';

/** The playlist with the most songs, or the fewest; playlists whose count the provider did not give are left out of the fewest. */
function extremeOf(library: Playlist[], extreme: PlaylistExtreme): Playlist {
  if (extreme === 'biggest')
    return library.reduce((best, playlist) => ((playlist.trackCount ?? 0) > (best.trackCount ?? 0) ? playlist : best));
  const counted = library.filter((playlist) => playlist.trackCount !== undefined);
  if (counted.length === 0) return library[0];
  return counted.reduce((best, playlist) => (playlist.trackCount! < best.trackCount! ? playlist : best));
}

/** "What's my longest playlist?" / "what's my shortest playlist?": from the library's own counts, no track list read. */
export async function answerPlaylistExtreme(
  handlerInput: HandlerInput,
  context: RequestContext,
  extreme: PlaylistExtreme,
): Promise<Response> {
  const { messages, providerName } = context;
  const library = await context.provider().listAllPlaylists();
  if (library.length === 0) return ask(handlerInput, messages.emptyLibrary(providerName), messages.reprompt).getResponse();
  const found = extremeOf(library, extreme);
  rememberPlaylist(handlerInput, found);
  updateSessionState(handlerInput, { lastAnswer: { kind: extreme } });
  const total = found.trackCount ?? 0;
  const speech = extreme === 'biggest' ? messages.biggestPlaylist(found.name, total) : messages.shortestPlaylist(found.name, total);
  return ask(handlerInput, join([speech, messages.anythingElse]), messages.reprompt).getResponse();
}

export const BiggestPlaylistHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'BiggestPlaylistIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> {
    return answerPlaylistExtreme(handlerInput, requestContext(handlerInput), 'biggest');
  },
};

/** A question of its own rather than a slot on the biggest: "shortest" and "longest" are what people say, and each intent stays one meaning. */
export const ShortestPlaylistHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'ShortestPlaylistIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> {
    return answerPlaylistExtreme(handlerInput, requestContext(handlerInput), 'shortest');
  },
};
