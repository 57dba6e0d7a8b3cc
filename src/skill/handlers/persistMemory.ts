import { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { PersonMemory } from '../persistence/personMemory';

const MEMORY_KEY = 'playlistReaderMemory';

/** The person's memory for this request, if a handler has asked for it (`requestMemory`). */
export function findRequestMemory(handlerInput: HandlerInput): PersonMemory | undefined {
  return handlerInput.attributesManager.getRequestAttributes()[MEMORY_KEY] as PersonMemory | undefined;
}

/** Keeps `memory` for the rest of the request, so that `persistMemory` writes it back. */
export function keepRequestMemory(handlerInput: HandlerInput, memory: PersonMemory): void {
  handlerInput.attributesManager.getRequestAttributes()[MEMORY_KEY] = memory;
}

/**
 * Registered as a response interceptor: writes back what the request changed in the person's
 * memory, after the answer is ready. A request that never asked for the memory (a launch) loads
 * none of its code.
 */
export const persistMemory: ResponseInterceptor = {
  async process(handlerInput: HandlerInput): Promise<void> {
    await findRequestMemory(handlerInput)?.persist();
  },
};
