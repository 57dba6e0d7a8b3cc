import { HandlerInput } from 'ask-sdk-core';
import { Playlist } from '../providers/types';

const DYNAMIC_AUTHORITY_PREFIX = 'amzn1.er-authority.echo-sdk.dynamic.';

/**
 * The playlist Alexa resolved through this session's dynamic entities, if any. Static
 * resolutions are ignored: their IDs are the model's, not the provider's.
 */
export function dynamicallyResolvedPlaylist(handlerInput: HandlerInput, slotName: string): Playlist | undefined {
  const { request } = handlerInput.requestEnvelope;
  if (request?.type !== 'IntentRequest') return undefined;
  const authorities = request.intent?.slots?.[slotName]?.resolutions?.resolutionsPerAuthority ?? [];
  for (const authority of authorities) {
    if (!authority?.authority?.startsWith(DYNAMIC_AUTHORITY_PREFIX) || authority.status?.code !== 'ER_SUCCESS_MATCH') continue;
    const value = authority.values?.[0]?.value;
    if (typeof value?.id === 'string' && value.id && typeof value.name === 'string') return { id: value.id, name: value.name };
  }
  return undefined;
}
