import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { AccountLinkingMode } from '../config';
import { speak } from '../speech/respond';
import { readAccessToken } from './accessToken';
import { unlinkedAnswer, UnlinkedAnswer } from './linkingPolicy';
import { requestContext } from '../pipeline/requestContext';

function answerFor(mode: AccountLinkingMode, handlerInput: HandlerInput): UnlinkedAnswer {
  if (readAccessToken(handlerInput) !== undefined) return 'go-on';
  // The envelope is untrusted: `request` may be missing or not an object at all.
  const request = handlerInput.requestEnvelope.request as { type?: unknown; intent?: { name?: unknown } | null } | null | undefined;
  return unlinkedAnswer(mode, request?.type, request?.intent?.name);
}

/**
 * The one gate for account linking. Registered first, it answers any request that needs a
 * linked account but carries no token with a LinkAccount card, so no other handler has to
 * check for one. "Help" hears what linking unlocks; "stop" and "cancel" pass through.
 */
export function requireLinkedAccount(mode: AccountLinkingMode): RequestHandler {
  return {
    canHandle(handlerInput: HandlerInput): boolean {
      return answerFor(mode, handlerInput) !== 'go-on';
    },
    handle(handlerInput: HandlerInput): Response {
      const { messages, providerName } = requestContext(handlerInput);
      const speech =
        answerFor(mode, handlerInput) === 'explain-linking' ? messages.helpUnlinked(providerName) : messages.linkAccount(providerName);
      return speak(handlerInput, speech).withLinkAccountCard().withShouldEndSession(true).getResponse();
    },
  };
}
