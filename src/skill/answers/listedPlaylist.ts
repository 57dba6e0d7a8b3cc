import { HandlerInput } from 'ask-sdk-core';
import { choicePosition } from '../playlists/chooseCandidate';
import { Playlist } from '../providers/types';
import { RequestContext } from '../pipeline/requestContext';
import { readSessionState } from '../pipeline/sessionState';
import { readablePage } from './playlistListing';

/** A place in the playlist list just read: the playlist there, or how many were read when the place is past them. */
export type ListedPlaylist =
  { readonly kind: 'playlist'; readonly playlist: Playlist } | { readonly kind: 'pastRead'; readonly read: number };

/**
 * "What's on the second one", "play number four", "how many songs are on the third one",
 * right after the playlist list was read: the place is counted within that last answer (from
 * `listStart`), read again from the provider so it is the list the person heard. `place` is
 * the words said, or a number from an AMAZON.Ordinal slot. Undefined
 * when the list is not what is being read, or the words are not only a place.
 */
export async function listedPlaylist(
  handlerInput: HandlerInput,
  context: RequestContext,
  place: string | number | undefined,
): Promise<ListedPlaylist | undefined> {
  const { reading, listStart } = readSessionState(handlerInput);
  if (reading !== 'list' || listStart === undefined || place === undefined || place === '') return undefined;
  const { page } = await readablePage(context.provider(), listStart);
  const position = typeof place === 'number' ? place : choicePosition(place, page.playlists.length);
  if (position === undefined) return undefined;
  const playlist = page.playlists[position - 1];
  return playlist ? { kind: 'playlist', playlist } : { kind: 'pastRead', read: page.playlists.length };
}
