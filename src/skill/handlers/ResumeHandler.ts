import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { behindPlaybackGate } from '../answers/playbackGate';
import { controlPlayer } from '../answers/playerControl';
import { moveReading } from '../answers/readingPosition';
import { isIntent } from '../pipeline/intentMatchers';
import { readSessionState } from '../pipeline/sessionState';

/**
 * "Resume", "keep playing", "continue the music": resumes the device that plays, where it was.
 * Amazon's ResumeIntent also hears a bare "continue", so while this session is reading a list
 * or a playlist's songs, it goes on reading, as "more" would.
 */
export const ResumeHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'AMAZON.ResumeIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> | Response {
    if (readSessionState(handlerInput).reading !== undefined) return moveReading(handlerInput, 'next');
    return behindPlaybackGate(handlerInput, (input, context) => controlPlayer(input, context, 'resume'));
  },
};
