import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response, SessionEndedRequest } from 'ask-sdk-model';
import { log } from '../logging/logger';
import { isRequestType } from '../pipeline/intentMatchers';

/** Alexa accepts no speech here; the reason is logged for whoever reads the logs. */
export const SessionEndedHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isRequestType(handlerInput, 'SessionEndedRequest');
  },
  handle(handlerInput: HandlerInput): Response {
    const request = handlerInput.requestEnvelope.request as SessionEndedRequest;
    log.info('session-ended', { reason: request.reason, error: request.error?.type });
    return handlerInput.responseBuilder.getResponse();
  },
};
