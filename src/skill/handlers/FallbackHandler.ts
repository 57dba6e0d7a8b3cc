import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { ask } from '../speech/respond';
import { isIntent } from '../pipeline/intentMatchers';
import { requestContext } from '../pipeline/requestContext';

export const FallbackHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'AMAZON.FallbackIntent');
  },
  handle(handlerInput: HandlerInput): Response {
    const { messages } = requestContext(handlerInput);
    return ask(handlerInput, messages.fallback, messages.reprompt).getResponse();
  },
};
