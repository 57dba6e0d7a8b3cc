import { HandlerInput } from 'ask-sdk-core';
import { Playlist } from '../providers/types';

const DYNAMIC_AUTHORITY_PREFIX = 'amzn1.er-authority.echo-sdk.dynamic.';
/** Alexa sends a handful at most; anything longer was not written by Alexa. */
const MAX_RESOLVED_VALUES = 10;

/**
 * The playlists Alexa resolved the slot to through this session's dynamic entities: one for a
 * clear match, several when the words fit more than one ("workout" for Workout and Workout
 * Playlist), none otherwise. Static resolutions are ignored: their IDs are the model's, not
 * the provider's.
 */
export function dynamicallyResolvedPlaylists(handlerInput: HandlerInput, slotName: string): Playlist[] {
  const { request } = handlerInput.requestEnvelope;
  if (request?.type !== 'IntentRequest') return [];
  const authorities = request.intent?.slots?.[slotName]?.resolutions?.resolutionsPerAuthority;
  if (!Array.isArray(authorities)) return [];
  for (const authority of authorities) {
    if (!authority?.authority?.startsWith?.(DYNAMIC_AUTHORITY_PREFIX) || authority.status?.code !== 'ER_SUCCESS_MATCH') continue;
    if (!Array.isArray(authority.values)) return [];
    const playlists: Playlist[] = [];
    for (const entry of authority.values.slice(0, MAX_RESOLVED_VALUES)) {
      const id: unknown = entry?.value?.id;
      const name: unknown = entry?.value?.name;
      if (typeof id === 'string' && id && typeof name === 'string' && !playlists.some((playlist) => playlist.id === id)) {
        playlists.push({ id, name });
      }
    }
    return playlists;
  }
  return [];
}
