import { HandlerInput } from 'ask-sdk-core';
import { Playlist } from '../providers/types';
import { RequestContext } from '../pipeline/requestContext';
import { lastPlaylist, readSessionState } from '../pipeline/sessionState';

/**
 * The playlist last talked about, as the provider has it now: its own name and count, never
 * the name the session carried. Undefined when nothing was talked about, or when the
 * provider no longer has it (deleted, or an ID the client made up). The library is cached
 * per container, so this rarely costs a request.
 */
export async function playlistTalkedAbout(handlerInput: HandlerInput, context: RequestContext): Promise<Playlist | undefined> {
  const ref = lastPlaylist(readSessionState(handlerInput));
  return ref ? playlistWithId(context, ref.id) : undefined;
}

/** The provider's own entry for a playlist known by ID (a pending choice, say), or undefined. */
export async function playlistWithId(context: RequestContext, id: string): Promise<Playlist | undefined> {
  const library = await context.provider().listAllPlaylists();
  return library.find((playlist) => playlist.id === id);
}
