import { createHash } from 'node:crypto';

/** The key a person's memory is stored under: a SHA-256 of their Alexa user ID, never the ID itself. */
export const memoryKeyOf = (userId: string): string => createHash('sha256').update(userId).digest('hex');
