import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { ask } from '../speech/respond';
import { playlistTalkedAbout } from './currentPlaylist';
import { answerPlaylistPage, NAMES_PER_ANSWER } from './playlistListing';
import { answerPlaylistTracks, previousTracksStart } from './playlistTracks';
import { requestContext } from '../pipeline/requestContext';
import { readSessionState, updateSessionState } from '../pipeline/sessionState';

/** Where a follow-up moves the reading: on, the same again, back to the start, or the five before. */
export type ReadingMove = 'next' | 'again' | 'start' | 'back';

/**
 * "More", "repeat that", "start over", "go back": each moves through whatever is being read,
 * a playlist's songs or the playlist list, and each keeps its own place. With nothing being
 * read, the list is.
 */
export async function moveReading(handlerInput: HandlerInput, move: ReadingMove): Promise<Response> {
  const context = requestContext(handlerInput);
  const state = readSessionState(handlerInput);
  if (state.reading === 'tracks' && state.playlist) {
    const playlist = await playlistTalkedAbout(handlerInput, context);
    if (!playlist) {
      updateSessionState(handlerInput, { playlist: undefined, reading: undefined, lastAnswer: undefined });
      return ask(handlerInput, context.messages.lostPlaylist, context.messages.reprompt).getResponse();
    }
    const { trackStart = 0, trackOffset = 0 } = state.playlist;
    const offset = {
      next: () => Promise.resolve(trackOffset),
      again: () => Promise.resolve(trackStart),
      start: () => Promise.resolve(0),
      back: () => previousTracksStart(context, playlist.id, trackStart),
    }[move];
    return answerPlaylistTracks(handlerInput, playlist, await offset(), context);
  }
  const { listOffset = 0, listStart = 0 } = state;
  const offset = { next: listOffset, again: listStart, start: 0, back: Math.max(0, listStart - NAMES_PER_ANSWER) }[move];
  return answerPlaylistPage(handlerInput, offset);
}
