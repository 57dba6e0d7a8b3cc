import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { ask } from '../speech/respond';
import { isIntent } from '../pipeline/intentMatchers';
import { requestContext } from '../pipeline/requestContext';

export const HelpHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'AMAZON.HelpIntent');
  },
  handle(handlerInput: HandlerInput): Response {
    const { messages, providerName } = requestContext(handlerInput);
    return ask(handlerInput, messages.help(providerName), messages.reprompt).getResponse();
  },
};
