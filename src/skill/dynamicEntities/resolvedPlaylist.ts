import { HandlerInput } from 'ask-sdk-core';
import { isRecord } from '../isRecord';
import { isProviderPlaylistId } from '../providers/playlistIds';
import { Playlist } from '../providers/types';

const DYNAMIC_AUTHORITY_PREFIX = 'amzn1.er-authority.echo-sdk.dynamic.';
/** Alexa sends a handful at most; anything longer was not written by Alexa. */
const MAX_RESOLVED_VALUES = 10;

const arrayOrEmpty = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Every playlist Alexa resolved through this session's dynamic entities, best match first: one
 * for a clear match, several when the words fit more than one ("workout" for Workout and
 * Workout Playlist).
 * Static resolutions are ignored: their IDs are the model's, not the provider's. The slot
 * comes from the envelope, so every level is checked, and an ID that is not in
 * `providerName`'s format is dropped before it can reach a URL.
 */
export function dynamicallyResolvedPlaylists(handlerInput: HandlerInput, slotName: string, providerName: string): Playlist[] {
  const request: unknown = handlerInput.requestEnvelope.request;
  if (!isRecord(request) || request.type !== 'IntentRequest' || !isRecord(request.intent) || !isRecord(request.intent.slots)) return [];
  const slot = request.intent.slots[slotName];
  if (!isRecord(slot) || !isRecord(slot.resolutions)) return [];
  return arrayOrEmpty(slot.resolutions.resolutionsPerAuthority)
    .filter(
      (authority) =>
        isRecord(authority) &&
        typeof authority.authority === 'string' &&
        authority.authority.startsWith(DYNAMIC_AUTHORITY_PREFIX) &&
        isRecord(authority.status) &&
        authority.status.code === 'ER_SUCCESS_MATCH',
    )
    .flatMap((authority) => arrayOrEmpty((authority as Record<string, unknown>).values))
    .flatMap((entry) => {
      const value = isRecord(entry) ? entry.value : undefined;
      if (!isRecord(value) || typeof value.name !== 'string' || !isProviderPlaylistId(providerName, value.id)) return [];
      return [{ id: value.id, name: value.name }];
    })
    .filter((playlist, index, all) => all.findIndex((other) => other.id === playlist.id) === index)
    .slice(0, MAX_RESOLVED_VALUES);
}
