import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { behindPlaybackGate } from '../answers/playbackGate';
import { controlPlayer, playbackStateForFollowUp } from '../answers/playerControl';
import { moveReading } from '../answers/readingPosition';
import { isIntent } from '../pipeline/intentMatchers';
import { requestContext } from '../pipeline/requestContext';
import { readSessionState } from '../pipeline/sessionState';

/**
 * "Resume the music", "keep playing", "unpause" (ResumeMusicIntent): the device that plays goes
 * on where it paused, whatever is being read.
 *
 * A bare "resume", "continue" or "keep going" (Amazon's ResumeIntent, whose own words those are)
 * goes on with whatever stopped. While this session reads a list or a playlist's songs and
 * nothing is paused on the player, that is the reading, as "more" would; music that is paused
 * is resumed. With nothing being read it is the music, as it always was.
 */
export const ResumeHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'ResumeMusicIntent', 'AMAZON.ResumeIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> | Response {
    const aboutMusic = isIntent(handlerInput, 'ResumeMusicIntent') || readSessionState(handlerInput).reading === undefined;
    if (aboutMusic) return behindPlaybackGate(handlerInput, (input, context) => controlPlayer(input, context, 'resume'));
    if (requestContext(handlerInput).playback !== 'on') return moveReading(handlerInput, 'next');
    return behindPlaybackGate(handlerInput, async (input, context) => {
      const state = await playbackStateForFollowUp(context);
      const paused = state?.device !== undefined && !state.isPlaying;
      return paused ? controlPlayer(input, context, 'resume', state) : moveReading(input, 'next');
    });
  },
};
