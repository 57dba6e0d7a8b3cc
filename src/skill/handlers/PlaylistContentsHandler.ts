import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { Playlist } from '../providers/types';
import { NamedPlaylistQuestion, namedPlaylistHandler } from '../answers/namedPlaylist';
import { answerPlaylistTracks } from '../answers/playlistTracks';
import { RequestContext } from '../pipeline/requestContext';
import { requestMemory } from '../pipeline/requestMemory';

/** The song count and the first few songs with their artists, plus the list on a screen. */
export async function answerPlaylistContents(handlerInput: HandlerInput, playlist: Playlist, context: RequestContext): Promise<Response> {
  const response = await answerPlaylistTracks(handlerInput, playlist, 0, context);
  await requestMemory(handlerInput).markHeard(playlist);
  return response;
}

/** "What's on road trip?" */
export const PLAYLIST_CONTENTS: NamedPlaylistQuestion = { intentName: 'PlaylistContentsIntent', answer: answerPlaylistContents };

export const PlaylistContentsHandler = namedPlaylistHandler(PLAYLIST_CONTENTS);
