import { HandlerInput, ResponseBuilder, ResponseFactory } from 'ask-sdk-core';
import { Utterance } from './utterance';

/** Alexa refuses speech over 8,000 characters; the skill never comes near it, but never passes it either. */
export const MAX_SPEECH_CHARACTERS = 8000;

function checkedSsml(utterance: Utterance): string {
  if (utterance.ssml.length > MAX_SPEECH_CHARACTERS) {
    throw new Error(`Speech of ${utterance.ssml.length} characters exceeds Alexa's limit`);
  }
  return utterance.ssml;
}

/** Speech that ends the turn; the caller decides whether the session stays open. */
export function speak(handlerInput: HandlerInput, speech: Utterance): ResponseBuilder {
  return handlerInput.responseBuilder.speak(checkedSsml(speech));
}

/** Speech plus a reprompt: the session stays open for the person's answer. */
export function ask(handlerInput: HandlerInput, speech: Utterance, reprompt: Utterance): ResponseBuilder {
  return handlerInput.responseBuilder.speak(checkedSsml(speech)).reprompt(checkedSsml(reprompt)).withShouldEndSession(false);
}

/**
 * The same request with a response builder of its own, for an error handler's answer.
 * ask-sdk shares one builder per request, so without this the answer to a failure would
 * carry whatever the failed handler had already added: a dynamic-entities directive for a
 * library whose token just died, a card, a screen.
 */
export function withFreshResponse(handlerInput: HandlerInput): HandlerInput {
  return { ...handlerInput, responseBuilder: ResponseFactory.init() };
}
