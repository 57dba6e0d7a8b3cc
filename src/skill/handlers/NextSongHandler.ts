import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { behindPlaybackGate } from '../answers/playbackGate';
import { controlPlayer, playbackStateForFollowUp } from '../answers/playerControl';
import { moveReading } from '../answers/readingPosition';
import { isIntent } from '../pipeline/intentMatchers';
import { requestContext } from '../pipeline/requestContext';
import { readSessionState } from '../pipeline/sessionState';

/** A bare "next" with nothing being read in this session, and a player to ask. */
function bareNextAboutMusic(handlerInput: HandlerInput): boolean {
  return (
    isIntent(handlerInput, 'AMAZON.NextIntent') &&
    readSessionState(handlerInput).reading === undefined &&
    requestContext(handlerInput).playback === 'on'
  );
}

/**
 * "Next song", "skip this song" (NextSongIntent): the device that plays skips to the next song.
 *
 * A bare "next" (Amazon's NextIntent) means the music only when this session is reading nothing
 * and music is playing now; while a list or a playlist's songs are being read it continues the
 * reading (`MoreHandler`, after this handler), and with nothing playing it reads as it always
 * did. The player is asked only in that one case.
 */
export const NextSongHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'NextSongIntent') || bareNextAboutMusic(handlerInput);
  },
  handle(handlerInput: HandlerInput): Promise<Response> | Response {
    if (isIntent(handlerInput, 'NextSongIntent')) {
      return behindPlaybackGate(handlerInput, (input, context) => controlPlayer(input, context, 'next'));
    }
    return behindPlaybackGate(handlerInput, async (input, context) => {
      const state = await playbackStateForFollowUp(context);
      return state?.isPlaying ? controlPlayer(input, context, 'next', state) : moveReading(input, 'next');
    });
  },
};
