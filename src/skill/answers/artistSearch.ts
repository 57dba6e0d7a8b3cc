import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { artistMatcher } from '../playlists/songMatch';
import { Playlist } from '../providers/types';
import { Utterance } from '../speech/utterance';
import { LibraryScan, PLAYLISTS_NAMED, respondToSearch, scanLibrary, ScanOptions } from './libraryScan';
import { RequestContext } from '../pipeline/requestContext';
import { rememberPlaylist, updateSessionState } from '../pipeline/sessionState';

/*
 * The artist search, shared by the artist intent, the song search ("do I have any Adele") and
 * "repeat that".
 */

export interface ArtistFound {
  /** The artist as the provider spells it ("Elvis Presley" for "elvis"). */
  readonly artist: string;
  readonly playlists: Playlist[];
}

/** The playlists with a song by the artist `query` names, from a scan; undefined when none has one. */
export function findArtist(scan: LibraryScan, query: string): ArtistFound | undefined {
  const matches = artistMatcher(query);
  let artist: string | undefined;
  const playlists: Playlist[] = [];
  for (const { playlist, tracks } of scan.read) {
    const named = tracks.map(matches).find((name) => name !== undefined);
    if (named === undefined) continue;
    artist ??= named;
    playlists.push(playlist);
  }
  return artist === undefined ? undefined : { artist, playlists };
}

/** "Queen is on 2 playlists: Road Trip and Rock & Roll." */
export function artistAnswer(context: RequestContext, found: ArtistFound): Utterance {
  const names = found.playlists.map((playlist) => playlist.name);
  const shown = names.slice(0, PLAYLISTS_NAMED);
  return context.messages.artistFound(found.artist, names.length, shown, names.length - shown.length);
}

/**
 * "Got anything by Queen?", "which playlists have Adele on them?": every playlist the person
 * can read is searched for songs by that artist, by artist name only.
 */
export async function answerFindArtist(
  handlerInput: HandlerInput,
  query: string,
  context: RequestContext,
  options: ScanOptions,
): Promise<Response> {
  const { messages } = context;
  const scan = await scanLibrary(handlerInput, context, options);
  const found = findArtist(scan, query);
  updateSessionState(handlerInput, { lastAnswer: { kind: 'artist', query } });
  // One playlist found is the one "play it" or "how long is it" means next.
  if (found?.playlists.length === 1) rememberPlaylist(handlerInput, found.playlists[0]);
  const answer = found ? artistAnswer(context, found) : messages.artistNotFound(query);
  return respondToSearch(handlerInput, context, answer, scan);
}
