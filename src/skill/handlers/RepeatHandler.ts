import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { Playlist } from '../providers/types';
import { ask } from '../speech/respond';
import { answerPlaylistExtreme } from './PlaylistExtremesHandler';
import { playlistTalkedAbout } from '../answers/currentPlaylist';
import { answerFindArtist } from '../answers/artistSearch';
import { answerFindSong } from './FindSongHandler';
import { isIntent } from '../pipeline/intentMatchers';
import { answerDuration } from './PlaylistDurationHandler';
import { answerTrackCount } from './PlaylistTrackCountHandler';
import { moveReading } from '../answers/readingPosition';
import { answerRecentlyAddedAnywhere, answerRecentlyAddedTo } from './RecentlyAddedHandler';
import { RequestContext, requestContext } from '../pipeline/requestContext';
import { readSessionState } from '../pipeline/sessionState';
import { answerTrackDetail } from './TrackDetailHandler';

type PlaylistAnswer = (handlerInput: HandlerInput, playlist: Playlist, context: RequestContext) => Promise<Response>;

async function aboutPlaylistTalkedAbout(handlerInput: HandlerInput, context: RequestContext, answer: PlaylistAnswer): Promise<Response> {
  const playlist = await playlistTalkedAbout(handlerInput, context);
  if (!playlist) return ask(handlerInput, context.messages.lostPlaylist, context.messages.reprompt).getResponse();
  return answer(handlerInput, playlist, context);
}

/**
 * "Repeat that": the last answer again. It is worked out afresh from what the session
 * remembers (which answer, where, about which playlist) and from the provider, whose answers
 * are cached, so nothing the client could have changed is ever read out as the skill's words.
 */
export const RepeatHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'AMAZON.RepeatIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> | Response {
    const context = requestContext(handlerInput);
    const last = readSessionState(handlerInput).lastAnswer;
    switch (last?.kind) {
      case 'list':
      case 'tracks':
        return moveReading(handlerInput, 'again');
      case 'count':
        return aboutPlaylistTalkedAbout(handlerInput, context, answerTrackCount);
      case 'duration':
        return aboutPlaylistTalkedAbout(handlerInput, context, answerDuration);
      case 'recentOn':
        return aboutPlaylistTalkedAbout(handlerInput, context, answerRecentlyAddedTo);
      case 'detail':
        return answerTrackDetail(handlerInput, context, last.position);
      case 'find':
        return answerFindSong(handlerInput, last.query ?? '', context, { announce: false });
      case 'artist':
        return answerFindArtist(handlerInput, last.query ?? '', context, { announce: false });
      case 'biggest':
      case 'shortest':
        return answerPlaylistExtreme(handlerInput, context, last.kind);
      case 'recent':
        return answerRecentlyAddedAnywhere(handlerInput, context, { announce: false });
      default:
        return ask(handlerInput, context.messages.nothingToRepeat, context.messages.reprompt).getResponse();
    }
  },
};
