import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { log } from '../logging/logger';
import { isRequestType } from '../pipeline/intentMatchers';
import { requestMemory } from '../pipeline/requestMemory';

/**
 * The person disabled the skill (the `SKILL_DISABLED` event `skill.json` subscribes to): everything
 * kept about them is deleted. The event carries no token, and the linking gate lets every skill
 * event through. Alexa expects no speech for an event.
 */
export const SkillDisabledHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isRequestType(handlerInput, 'AlexaSkillEvent.SkillDisabled');
  },
  async handle(handlerInput: HandlerInput): Promise<Response> {
    await requestMemory(handlerInput).forget();
    log.info('memory-deleted', { reason: 'skill-disabled' });
    return handlerInput.responseBuilder.getResponse();
  },
};
