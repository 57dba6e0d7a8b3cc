import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { Playlist } from '../providers/types';
import { ask } from '../speech/respond';
import { join } from '../speech/utterance';
import { NamedPlaylistQuestion, namedPlaylistHandler } from '../answers/namedPlaylist';
import { RequestContext } from '../pipeline/requestContext';
import { rememberPlaylist, updateSessionState } from '../pipeline/sessionState';

/**
 * The total playing time, summed from every entry's duration over all its pages. Unreadable
 * entries have none and add nothing; a provider that gives no durations at all (YouTube's
 * playlist items) gets an honest "I can't tell" with the song count.
 */
export async function answerDuration(handlerInput: HandlerInput, playlist: Playlist, context: RequestContext): Promise<Response> {
  const { messages, providerName } = context;
  const list = await context.provider().listAllTracks(playlist.id);
  const timed = list.tracks.filter((track) => track.durationMs !== undefined);
  const totalMs = timed.reduce((sum, track) => sum + (track.durationMs ?? 0), 0);
  rememberPlaylist(handlerInput, playlist);
  updateSessionState(handlerInput, { lastAnswer: { kind: 'duration' } });
  let speech = messages.playlistDuration(playlist.name, totalMs, list.total, list.complete);
  if (list.total === 0) speech = messages.playlistEmpty(playlist.name);
  else if (list.tracks.length === 0) speech = messages.playlistContents(playlist.name, list.total, []);
  else if (timed.length === 0) speech = messages.durationUnknown(playlist.name, list.total, providerName);
  return ask(handlerInput, join([speech, messages.anythingElse]), messages.reprompt).getResponse();
}

export const PLAYLIST_DURATION: NamedPlaylistQuestion = { intentName: 'PlaylistDurationIntent', answer: answerDuration };

/** "How long is road trip?", "how long is it?" */
export const PlaylistDurationHandler = namedPlaylistHandler(PLAYLIST_DURATION);
