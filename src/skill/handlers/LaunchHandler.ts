import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { readAccessToken } from '../linking/accessToken';
import { ask } from '../speech/respond';
import { isIntent, isRequestType } from './intentMatchers';
import { requestContext } from './requestContext';
import { startFreshSession } from './sessionCheck';

/** Opening the skill, and "go home" from inside it: a fresh start with a short welcome. */
export const LaunchHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isRequestType(handlerInput, 'LaunchRequest') || isIntent(handlerInput, 'AMAZON.NavigateHomeIntent');
  },
  handle(handlerInput: HandlerInput): Response {
    const { greetings, providerName } = requestContext(handlerInput);
    startFreshSession(handlerInput);
    if (readAccessToken(handlerInput) === undefined) {
      // Only reachable with optional linking: welcome the person and offer the link.
      return ask(handlerInput, greetings.welcomeUnlinked(providerName), greetings.reprompt).withLinkAccountCard().getResponse();
    }
    return ask(handlerInput, greetings.welcome(providerName), greetings.reprompt).getResponse();
  },
};
