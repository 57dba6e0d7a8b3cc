/** A plain object (not null, not an array): the first check on anything read from outside, envelope or wire. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
