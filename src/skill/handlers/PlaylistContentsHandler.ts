import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { playlistTracksDirective, supportsApl } from '../apl/renderPlaylists';
import { Playlist } from '../providers/types';
import { ask, MAX_SPEECH_CHARACTERS } from '../speech/respond';
import { join } from '../speech/utterance';
import { NamedPlaylistQuestion, namedPlaylistHandler } from './namedPlaylistHandler';
import { RequestContext } from './requestContext';

/** How many tracks one answer reads out. */
export const TRACKS_PER_ANSWER = 5;
/** Unavailable items are skipped, so a few more are fetched than are read; it is the same single request. */
const TRACKS_FETCHED_FOR_VOICE = 10;
/** A screen shows more than is read. */
export const TRACKS_ON_SCREEN = 20;

/** The song count and the first few songs with their artists, plus the list on a screen. */
export async function answerPlaylistContents(handlerInput: HandlerInput, playlist: Playlist, context: RequestContext): Promise<Response> {
  const { messages, provider } = context;
  const withScreen = supportsApl(handlerInput);
  const page = await (await provider()).listTracks(playlist.id, withScreen ? TRACKS_ON_SCREEN : TRACKS_FETCHED_FOR_VOICE);
  await context.memory.markHeard(playlist);
  const speechWith = (shown: number) =>
    page.total === 0
      ? messages.playlistEmpty(playlist.name)
      : messages.playlistContents(playlist.name, page.total, page.tracks.slice(0, shown));
  // Escaping can make long names six times longer ("&quot;"); read fewer songs rather than pass Alexa's limit.
  let shown = TRACKS_PER_ANSWER;
  while (shown > 1 && join([speechWith(shown), messages.anythingElse]).ssml.length > MAX_SPEECH_CHARACTERS) shown--;
  const speech = speechWith(shown);
  const response = ask(handlerInput, join([speech, messages.anythingElse]), messages.reprompt).withSimpleCard(
    messages.skillName,
    speech.text,
  );
  if (withScreen) response.addDirective(playlistTracksDirective(playlist, page.total, page.tracks, messages));
  return response.getResponse();
}

/** "What's on road trip?" */
export const PLAYLIST_CONTENTS: NamedPlaylistQuestion = { intentName: 'PlaylistContentsIntent', answer: answerPlaylistContents };

export const PlaylistContentsHandler = namedPlaylistHandler(PLAYLIST_CONTENTS);
