import { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import { PersonMemory } from '../persistence/personMemory';
import { requestContext } from './requestContext';

const MEMORY_KEY = 'playlistReaderMemory';

/**
 * What the skill keeps about this person between sessions, for this request: read on first
 * use, written back by `persistMemory` after the answer. One per request, within its deadline;
 * its reads and writes never throw (a failing table counts as a new person).
 */
export function requestMemory(handlerInput: HandlerInput): PersonMemory {
  const attributes = handlerInput.attributesManager.getRequestAttributes();
  const kept = attributes[MEMORY_KEY] as PersonMemory | undefined;
  if (kept) return kept;
  const context = requestContext(handlerInput);
  const memory = new PersonMemory({
    attributesManager: handlerInput.attributesManager,
    deadline: context.deadline,
    now: () => context.now(),
  });
  attributes[MEMORY_KEY] = memory;
  return memory;
}

/** Writes back what the request changed in the person's memory, if it asked for it at all. */
export async function writeRequestMemory(handlerInput: HandlerInput): Promise<void> {
  const memory = handlerInput.attributesManager.getRequestAttributes()[MEMORY_KEY] as PersonMemory | undefined;
  await memory?.persist();
}

/** The response interceptor that writes the memory back once the answer is ready (error handlers call `writeRequestMemory`). */
export const persistMemory: ResponseInterceptor = { process: writeRequestMemory };
