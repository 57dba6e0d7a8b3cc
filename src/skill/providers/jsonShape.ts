import { isRecord } from '../isRecord';
import { MalformedResponseError } from './errors';

/*
 * The few checks every provider's wire-format parser needs. A body that fails one is
 * malformed: the skill apologises rather than reading a half-understood answer.
 */

export type Json = Record<string, unknown>;

export const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

export function requireObject(value: unknown, what: string): Json {
  if (!isRecord(value)) throw new MalformedResponseError(`${what} is not an object`);
  return value;
}

export function requireArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new MalformedResponseError(`${what} is not an array`);
  return value;
}

export function requireCount(value: unknown, what: string): number {
  if (!isCount(value)) throw new MalformedResponseError(`${what} is not a count`);
  return value;
}
