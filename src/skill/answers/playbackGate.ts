import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { ask } from '../speech/respond';
import { isIntent } from '../pipeline/intentMatchers';
import { RequestContext, requestContext } from '../pipeline/requestContext';

/**
 * The one check every playback answer shares: with a provider that has no player (YouTube)
 * or with PLAYBACK=off, the person hears why, and no player endpoint is called. Neither is an
 * error, so neither gets a card.
 */
export function behindPlaybackGate(
  handlerInput: HandlerInput,
  handle: (handlerInput: HandlerInput, context: RequestContext) => Promise<Response>,
): Promise<Response> | Response {
  const context = requestContext(handlerInput);
  const { messages, providerName } = context;
  if (context.playback === 'unsupported') {
    return ask(handlerInput, messages.playback.unsupported(providerName), messages.reprompt).getResponse();
  }
  if (context.playback === 'off') return ask(handlerInput, messages.playback.off, messages.reprompt).getResponse();
  return handle(handlerInput, context);
}

/** A play intent's handler, behind the playback gate. */
export function playbackIntentHandler(
  intentName: string,
  handle: (handlerInput: HandlerInput, context: RequestContext) => Promise<Response>,
): RequestHandler {
  return {
    canHandle(handlerInput: HandlerInput): boolean {
      return isIntent(handlerInput, intentName);
    },
    handle(handlerInput: HandlerInput): Promise<Response> | Response {
      return behindPlaybackGate(handlerInput, handle);
    },
  };
}
