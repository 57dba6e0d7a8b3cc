import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { readAccessToken } from '../linking/accessToken';
import { ask } from '../speech/respond';
import { isIntent, isRequestType } from '../pipeline/intentMatchers';
import { requestContext } from '../pipeline/requestContext';
import { startFreshSession } from '../pipeline/sessionState';

/** Opening the skill, and "go home" from inside it: a fresh start with a short welcome. */
export const LaunchHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isRequestType(handlerInput, 'LaunchRequest') || isIntent(handlerInput, 'AMAZON.NavigateHomeIntent');
  },
  handle(handlerInput: HandlerInput): Response {
    const { messages, providerName } = requestContext(handlerInput);
    startFreshSession(handlerInput);
    if (readAccessToken(handlerInput) === undefined) {
      // Only reachable with optional linking: welcome the person and offer the link.
      return ask(handlerInput, messages.welcomeUnlinked(providerName), messages.reprompt).withLinkAccountCard().getResponse();
    }
    return ask(handlerInput, messages.welcome(providerName), messages.reprompt).getResponse();
  },
};
