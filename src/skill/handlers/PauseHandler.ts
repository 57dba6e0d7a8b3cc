import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { behindPlaybackGate } from '../answers/playbackGate';
import { controlPlayer } from '../answers/playerControl';
import { isIntent } from '../pipeline/intentMatchers';

/**
 * "Pause", "pause the music", "stop the music": pauses the device that plays. A bare "stop"
 * is Amazon's StopIntent, which ends the skill (`StopHandler`) and leaves the music alone.
 */
export const PauseHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'AMAZON.PauseIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> | Response {
    return behindPlaybackGate(handlerInput, (input, context) => controlPlayer(input, context, 'pause'));
  },
};
