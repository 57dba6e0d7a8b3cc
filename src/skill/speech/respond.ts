import { HandlerInput, ResponseBuilder } from 'ask-sdk-core';
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
