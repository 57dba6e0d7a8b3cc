import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { playlistEntitiesDirective } from '../dynamicEntities/playlistEntities';
import { dynamicallyResolvedPlaylist } from '../dynamicEntities/resolvedPlaylist';
import { matchPlaylistName } from '../playlists/matchPlaylistName';
import { NotFoundError } from '../providers/errors';
import { Playlist } from '../providers/types';
import { ask } from '../speech/respond';
import { isIntent, slotText } from './intentMatchers';
import { RequestContext, requestContext } from './requestContext';
import { readSessionState, SessionState, writeSessionState } from './sessionState';

export const PLAYLIST_NAME_SLOT = 'playlistName';

export type NamedPlaylistAnswer = (handlerInput: HandlerInput, playlist: Playlist, context: RequestContext) => Promise<Response>;

export interface NamedPlaylistQuestion {
  /** The intent whose answer this is, remembered when the skill has to ask "which one?". */
  readonly intentName: string;
  readonly answer: NamedPlaylistAnswer;
}

/**
 * A handler for an intent that names one playlist. `questionFor` says which question the
 * name answers, given what the session remembers; undefined means the intent makes no
 * sense here, and the person hears the fallback help.
 *
 * A name Alexa resolved through the session's dynamic entities is taken as is. Otherwise
 * the playlist is found among all of the person's (the candidates of a "which one?" first),
 * Alexa is taught their names for the next turns, and an ambiguous name is asked about.
 */
export function namedPlaylistHandler(
  intentName: string,
  questionFor: (state: SessionState) => NamedPlaylistQuestion | undefined,
): RequestHandler {
  return {
    canHandle(handlerInput: HandlerInput): boolean {
      return isIntent(handlerInput, intentName);
    },
    async handle(handlerInput: HandlerInput): Promise<Response> {
      const context = requestContext(handlerInput);
      const { messages } = context;
      const state = readSessionState(handlerInput);
      const question = questionFor(state);
      if (!question) return ask(handlerInput, messages.fallback, messages.reprompt).getResponse();

      // The session forgets the pending question only once it is answered, so a failed lookup can be retried.
      const answer = async (playlist: Playlist) => {
        const response = await question.answer(handlerInput, playlist, context);
        writeSessionState(handlerInput, {});
        return response;
      };

      const resolved = dynamicallyResolvedPlaylist(handlerInput, PLAYLIST_NAME_SLOT, context.providerName);
      if (resolved) return answer(resolved);
      const spoken = slotText(handlerInput, PLAYLIST_NAME_SLOT);
      if (!spoken) return ask(handlerInput, messages.whichPlaylist, messages.reprompt).getResponse();

      if (state.pendingChoice?.length) {
        const choice = matchPlaylistName(spoken, state.pendingChoice);
        if (choice.kind === 'found') return answer(choice.playlist);
      }

      // Fastest first: the container's cached library (no round trip), then the person's memory, which gives
      // the ID of a name asked about before in any container (one round trip), then the full lookup.
      const provider = await context.provider();
      const kept = provider.cachedLibrary?.() ? undefined : await context.memory.findPlaylist(spoken);
      if (kept) {
        try {
          return await answer(kept);
        } catch (error) {
          // Gone since (404): forget the entry and look the name up afresh.
          if (!(error instanceof NotFoundError)) throw error;
          await context.memory.forgetPlaylist(kept.id);
        }
      }

      const library = await provider.listAllPlaylists();
      await context.memory.rememberLibrary(library);
      handlerInput.responseBuilder.addDirective(playlistEntitiesDirective(library, context.locale));
      const match = matchPlaylistName(spoken, library);
      if (match.kind === 'none') {
        writeSessionState(handlerInput, {});
        return ask(handlerInput, messages.noPlaylistMatch(spoken), messages.reprompt).getResponse();
      }
      if (match.kind === 'ambiguous') {
        writeSessionState(handlerInput, {
          pendingChoice: match.candidates.map(({ id, name }) => ({ id, name })),
          pendingIntent: question.intentName,
        });
        const names = match.candidates.map((playlist) => playlist.name);
        return ask(handlerInput, messages.ambiguousPlaylist(names), messages.whichOne).getResponse();
      }
      await context.memory.rememberSpokenForm(match.playlist, spoken);
      return answer(match.playlist);
    },
  };
}
