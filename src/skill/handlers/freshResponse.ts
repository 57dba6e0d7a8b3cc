import { HandlerInput } from 'ask-sdk-core';
import { ResponseFactory } from '../askSdkCore';

/**
 * The same request with a response builder of its own, for an error handler's answer.
 * ask-sdk shares one builder per request, so without this the answer to a failure would
 * carry whatever the failed handler had already added: a dynamic-entities directive for a
 * library whose token just died, a card, a screen.
 */
export function withFreshResponse(handlerInput: HandlerInput): HandlerInput {
  return { ...handlerInput, responseBuilder: ResponseFactory.init() };
}
