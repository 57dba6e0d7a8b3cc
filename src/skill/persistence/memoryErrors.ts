import { RequestEnvelope } from 'ask-sdk-model';
import { createHash } from 'node:crypto';

/** Alexa's user IDs are a few hundred characters; anything else is not one. */
const MAX_USER_ID_LENGTH = 512;

/**
 * Thrown by a persistence adapter when the memory cannot be read, written or deleted: the
 * table refused, hung, throttled, is missing, or the request names no person. The skill
 * then answers without the memory; this error never reaches the person.
 */
export class MemoryUnavailableError extends Error {
  constructor(
    /** `read`, `write` or `delete`. */
    readonly operation: string,
    /** What went wrong, e.g. the service's error name; never the item or the request. */
    readonly detail: string,
  ) {
    super(`The memory could not ${operation === 'read' ? 'be read' : operation === 'write' ? 'be written' : 'be deleted'}: ${detail}`);
    this.name = 'MemoryUnavailableError';
  }
}

/**
 * The key of a person's memory: a SHA-256 of their Alexa user ID (which differs per skill and is
 * reset when they disable it), so the table never holds the ID itself.
 */
export function personKey(requestEnvelope: RequestEnvelope): string {
  const userId: unknown = requestEnvelope?.context?.System?.user?.userId;
  if (typeof userId !== 'string' || userId.length === 0 || userId.length > MAX_USER_ID_LENGTH) {
    throw new MemoryUnavailableError('read', 'the request names no Alexa user');
  }
  return createHash('sha256').update(userId).digest('hex');
}
