import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { playlistEntitiesDirective } from '../dynamicEntities/playlistEntities';
import { dynamicallyResolvedPlaylist } from '../dynamicEntities/resolvedPlaylist';
import { matchPlaylistName } from '../playlists/matchPlaylistName';
import { Playlist } from '../providers/types';
import { ask } from '../speech/respond';
import { isIntent, slotText } from './intentMatchers';
import { RequestContext, requestContext } from './requestContext';
import { readSessionState, writeSessionState } from './sessionState';

export const PLAYLIST_NAME_SLOT = 'playlistName';

export type NamedPlaylistAnswer = (handlerInput: HandlerInput, playlist: Playlist, context: RequestContext) => Promise<Response>;

/**
 * A handler for an intent about one playlist the person names. A name Alexa resolved
 * through the session's dynamic entities is taken as is. Otherwise it finds the playlist
 * among all of theirs (preferring the candidates of a question it just asked), teaches
 * Alexa their names for the next turns, asks which one when the name is ambiguous, and
 * hands a clear match to `answer`.
 */
export function namedPlaylistHandler(intentName: string, answer: NamedPlaylistAnswer): RequestHandler {
  return {
    canHandle(handlerInput: HandlerInput): boolean {
      return isIntent(handlerInput, intentName);
    },
    async handle(handlerInput: HandlerInput): Promise<Response> {
      const context = requestContext(handlerInput);
      const { messages } = context;
      const resolved = dynamicallyResolvedPlaylist(handlerInput, PLAYLIST_NAME_SLOT);
      if (resolved) {
        writeSessionState(handlerInput, {});
        return answer(handlerInput, resolved, context);
      }
      const spoken = slotText(handlerInput, PLAYLIST_NAME_SLOT);
      if (!spoken) return ask(handlerInput, messages.whichPlaylist, messages.reprompt).getResponse();

      const { pendingChoice } = readSessionState(handlerInput);
      if (pendingChoice?.length) {
        const choice = matchPlaylistName(spoken, pendingChoice);
        if (choice.kind === 'found') {
          writeSessionState(handlerInput, {});
          return answer(handlerInput, choice.playlist, context);
        }
      }

      const library = await context.provider().listAllPlaylists();
      handlerInput.responseBuilder.addDirective(playlistEntitiesDirective(library, context.locale));
      const match = matchPlaylistName(spoken, library);
      if (match.kind === 'none') {
        writeSessionState(handlerInput, {});
        return ask(handlerInput, messages.noPlaylistMatch(spoken), messages.reprompt).getResponse();
      }
      if (match.kind === 'ambiguous') {
        writeSessionState(handlerInput, { pendingChoice: match.candidates.map(({ id, name }) => ({ id, name })) });
        const names = match.candidates.map((playlist) => playlist.name);
        return ask(handlerInput, messages.ambiguousPlaylist(names), messages.whichPlaylist).getResponse();
      }
      writeSessionState(handlerInput, {});
      return answer(handlerInput, match.playlist, context);
    },
  };
}
