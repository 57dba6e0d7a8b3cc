import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { ask } from '../speech/respond';
import { spokenPosition } from '../speech/spokenPosition';
import { join } from '../speech/utterance';
import { playlistTalkedAbout } from '../answers/currentPlaylist';
import { isIntent, slotText } from '../pipeline/intentMatchers';
import { answerPlaylistContents, TRACKS_PER_ANSWER, tracksReadAt } from '../answers/playlistTracks';
import { listedPlaylist } from '../answers/listedPlaylist';
import { RequestContext, requestContext } from '../pipeline/requestContext';
import { MAX_DETAIL_POSITION, readSessionState, updateSessionState } from '../pipeline/sessionState';

export const POSITION_SLOT = 'position';

/** "Who sings the third one?": the song at that place among the ones just read, from the provider again. */
export async function answerTrackDetail(
  handlerInput: HandlerInput,
  context: RequestContext,
  position: number | undefined,
): Promise<Response> {
  const { messages } = context;
  const focus = readSessionState(handlerInput).playlist;
  if (focus?.trackStart === undefined) return ask(handlerInput, messages.noSongsReadYet, messages.reprompt).getResponse();
  const playlist = await playlistTalkedAbout(handlerInput, context);
  if (!playlist) return ask(handlerInput, messages.lostPlaylist, messages.reprompt).getResponse();
  const read = await tracksReadAt(context, playlist.id, focus.trackStart);
  const track = position === undefined ? undefined : read.tracks[position - 1];
  if (!track || position === undefined) {
    const heard = Math.min(read.tracks.length, TRACKS_PER_ANSWER);
    return ask(handlerInput, messages.whichSongNumber(heard), messages.whichSongNumber(heard)).getResponse();
  }
  updateSessionState(handlerInput, { lastAnswer: { kind: 'detail', position } });
  const speech = messages.trackDetail(position, track);
  return ask(handlerInput, join([speech, messages.anythingElse]), messages.reprompt).getResponse();
}

/** "Who sings the third one?", "what's the third song?"; after the playlist list, "what's the third one?" is the third playlist. */
export const TrackDetailHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'TrackDetailIntent');
  },
  async handle(handlerInput: HandlerInput): Promise<Response> {
    const context = requestContext(handlerInput);
    const position = spokenPosition(slotText(handlerInput, POSITION_SLOT), MAX_DETAIL_POSITION);
    // "What's the third one" right after the playlist list was read: the third playlist of that answer, read out.
    const listed = await listedPlaylist(handlerInput, context, position);
    if (listed?.kind === 'playlist') return answerPlaylistContents(handlerInput, listed.playlist, context);
    if (listed?.kind === 'pastRead') {
      const question = context.messages.whichListNumber(listed.read);
      return ask(handlerInput, question, question).getResponse();
    }
    return answerTrackDetail(handlerInput, context, position);
  },
};
