import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { ask } from '../speech/respond';
import { isIntent } from './intentMatchers';
import { requestContext } from './requestContext';

export const HelpHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'AMAZON.HelpIntent');
  },
  handle(handlerInput: HandlerInput): Response {
    const { messages, providerName } = requestContext(handlerInput);
    return ask(handlerInput, messages.help(providerName), messages.reprompt).getResponse();
  },
};
