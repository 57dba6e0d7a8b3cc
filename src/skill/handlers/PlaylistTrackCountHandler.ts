import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { Playlist } from '../providers/types';
import { ask } from '../speech/respond';
import { join } from '../speech/utterance';
import { NamedPlaylistQuestion, namedPlaylistHandler } from '../answers/namedPlaylist';
import { RequestContext } from '../pipeline/requestContext';
import { rememberPlaylist, updateSessionState } from '../pipeline/sessionState';

/** Answered from the playlist list, or from its items when the list had no count. */
export async function answerTrackCount(handlerInput: HandlerInput, playlist: Playlist, context: RequestContext): Promise<Response> {
  const { messages } = context;
  const total = playlist.trackCount ?? (await context.provider().listTracks(playlist.id, 0, 1)).total;
  rememberPlaylist(handlerInput, playlist);
  updateSessionState(handlerInput, { lastAnswer: { kind: 'count' } });
  const speech = messages.trackCount(playlist.name, total);
  return ask(handlerInput, join([speech, messages.anythingElse]), messages.reprompt).getResponse();
}

export const PLAYLIST_TRACK_COUNT: NamedPlaylistQuestion = { intentName: 'PlaylistTrackCountIntent', answer: answerTrackCount };

/** "How many songs are in road trip?" */
export const PlaylistTrackCountHandler = namedPlaylistHandler(PLAYLIST_TRACK_COUNT);
