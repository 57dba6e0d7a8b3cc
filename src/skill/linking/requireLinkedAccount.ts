import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { AccountLinkingMode } from '../config';
import { speak } from '../speech/respond';
import { readAccessToken } from './accessToken';
import { needsLinkedAccount } from './linkingPolicy';
import { requestContext } from '../handlers/requestContext';

/**
 * The one gate for account linking. Registered first, it answers any request that needs a
 * linked account but carries no token with a LinkAccount card, so no other handler has to
 * check for one.
 */
export function requireLinkedAccount(mode: AccountLinkingMode): RequestHandler {
  return {
    canHandle(handlerInput: HandlerInput): boolean {
      const { request } = handlerInput.requestEnvelope;
      const intentName = request.type === 'IntentRequest' ? request.intent?.name : undefined;
      return needsLinkedAccount(mode, request.type, intentName) && readAccessToken(handlerInput) === undefined;
    },
    handle(handlerInput: HandlerInput): Response {
      const { messages, providerName } = requestContext(handlerInput);
      return speak(handlerInput, messages.linkAccount(providerName)).withLinkAccountCard().withShouldEndSession(true).getResponse();
    },
  };
}
