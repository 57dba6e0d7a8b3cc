import { HandlerInput } from 'ask-sdk-core';
import { PersonMemory } from '../persistence/personMemory';
import { findRequestMemory, keepRequestMemory } from './persistMemory';
import { requestContext } from './requestContext';

/**
 * What the skill keeps about this person between sessions, for this request: read on first
 * use, written back after the answer, never throws. One per request, within its deadline.
 */
export function requestMemory(handlerInput: HandlerInput): PersonMemory {
  const kept = findRequestMemory(handlerInput);
  if (kept) return kept;
  const context = requestContext(handlerInput);
  const memory = new PersonMemory({
    attributesManager: handlerInput.attributesManager,
    deadline: context.deadline,
    now: () => context.now(),
  });
  keepRequestMemory(handlerInput, memory);
  return memory;
}
