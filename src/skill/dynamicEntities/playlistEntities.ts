import { dialog, Response } from 'ask-sdk-model';
import { Playlist } from '../providers/types';
import { sanitizeSpokenValue } from '../speech/utterance';

export const PLAYLIST_SLOT_TYPE = 'PLAYLIST_NAME';
/** Alexa takes at most 100 dynamic entity values in one directive. */
export const MAX_DYNAMIC_ENTITIES = 100;
const MAX_ENTITY_NAME_LENGTH = 100;

/** How a person would say a written name: "&" and "+" as words, without emoji or symbols. */
export function spokenForms(name: string, locale: string): string[] {
  const and = locale.startsWith('de') ? ' und ' : ' and ';
  const spoken = name
    .replace(/[&+]/g, and)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return spoken && spoken !== name.toLowerCase() ? [spoken] : [];
}

/**
 * Teaches Alexa the names of this person's playlists for the rest of the session, so that
 * "what's on Beyoncé Favourites" resolves to that playlist's ID (`ER_SUCCESS_MATCH`).
 */
export function playlistEntitiesDirective(playlists: readonly Playlist[], locale: string): dialog.DynamicEntitiesDirective {
  const values = playlists
    .slice(0, MAX_DYNAMIC_ENTITIES)
    .map((playlist) => ({ playlist, value: sanitizeSpokenValue(playlist.name, MAX_ENTITY_NAME_LENGTH) }))
    .filter(({ value }) => value !== '')
    .map(({ playlist, value }) => ({ id: playlist.id, name: { value, synonyms: spokenForms(value, locale) } }));
  return {
    type: 'Dialog.UpdateDynamicEntities',
    updateBehavior: 'REPLACE',
    types: [{ name: PLAYLIST_SLOT_TYPE, values }],
  };
}

/**
 * Alexa learns the names of the library just read, for the rest of the session. Added to the
 * finished answer only, so that a failure after the read never carries it.
 */
export function withPlaylistEntities(response: Response, library: readonly Playlist[] | undefined, locale: string): Response {
  if (!library) return response;
  return { ...response, directives: [...(response.directives ?? []), playlistEntitiesDirective(library, locale)] };
}
