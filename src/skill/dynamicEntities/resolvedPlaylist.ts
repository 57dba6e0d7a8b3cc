import { HandlerInput } from 'ask-sdk-core';
import { isProviderPlaylistId } from '../providers/playlistIds';
import { Playlist } from '../providers/types';

const DYNAMIC_AUTHORITY_PREFIX = 'amzn1.er-authority.echo-sdk.dynamic.';
/** Alexa sends a handful at most; anything longer was not written by Alexa. */
const MAX_RESOLVED_VALUES = 10;

const arrayOrEmpty = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
// Not providers/jsonShape's twin by accident: that module ships with the provider clients, and
// sharing it from here would make every listing load the bundle's shared.js as well.
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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
  if (!isObject(request) || request.type !== 'IntentRequest' || !isObject(request.intent) || !isObject(request.intent.slots)) return [];
  const slot = request.intent.slots[slotName];
  if (!isObject(slot) || !isObject(slot.resolutions)) return [];
  return arrayOrEmpty(slot.resolutions.resolutionsPerAuthority)
    .filter(
      (authority) =>
        isObject(authority) &&
        typeof authority.authority === 'string' &&
        authority.authority.startsWith(DYNAMIC_AUTHORITY_PREFIX) &&
        isObject(authority.status) &&
        authority.status.code === 'ER_SUCCESS_MATCH',
    )
    .flatMap((authority) => arrayOrEmpty((authority as Record<string, unknown>).values))
    .flatMap((entry) => {
      const value = isObject(entry) ? entry.value : undefined;
      if (!isObject(value) || typeof value.name !== 'string' || !isProviderPlaylistId(providerName, value.id)) return [];
      return [{ id: value.id, name: value.name }];
    })
    .filter((playlist, index, all) => all.findIndex((other) => other.id === playlist.id) === index)
    .slice(0, MAX_RESOLVED_VALUES);
}
