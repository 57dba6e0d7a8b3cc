import { HandlerInput } from 'ask-sdk-core';
import { normalizeName } from '../playlists/normalizeName';
import { songMatcher } from '../playlists/songMatch';
import { Playlist, PlaylistTrack } from '../providers/types';
import { spokenPosition } from '../speech/spokenPosition';
import { slotText } from '../pipeline/intentMatchers';
import { RequestContext } from '../pipeline/requestContext';
import { readSessionState } from '../pipeline/sessionState';
import { PLAYLIST_NAME_SLOT } from './elicitPlaylist';
import { tracksReadAt } from './playlistTracks';

export const POSITION_SLOT = 'position';
export const SONG_TITLE_SLOT = 'songTitle';

/** Where playback starts: the top, a song number the person said, or one song, by title or the one last talked about. */
export type StartingSong =
  | { readonly kind: 'top' }
  /** "Play the third song on X": 1-based, as said. */
  | { readonly kind: 'number'; readonly position: number }
  /** `track.position` is the provider's own place, unplayable entries counted. */
  | { readonly kind: 'song'; readonly track: PlaylistTrack }
  | { readonly kind: 'titleNotFound'; readonly title: string };

/** "the third song" caught as a title ("play X from the third song") is still a number. */
const numberInTitle = (title: string) => spokenPosition(title.replace(/\s+(?:song|track|one|titel|lied)$/i, ''));

/** The song titled `title` on the playlist: the same title first, else one whose title has every word said. */
async function songTitled(context: RequestContext, playlist: Playlist, title: string): Promise<PlaylistTrack | undefined> {
  const { tracks } = await context.provider().listAllTracks(playlist.id);
  const wanted = normalizeName(title);
  const byTitleOnly = (track: PlaylistTrack) => songMatcher(title)({ ...track, artists: [] });
  return tracks.find((track) => normalizeName(track.title) === wanted) ?? tracks.find(byTitleOnly);
}

/**
 * Where "play …" starts `playlist`:
 * - "play X starting at <title>": the song of that title, looked for on the whole playlist;
 * - "play the third song on X": that number (unless the number chose the playlist itself, `numberChosePlaylist`);
 * - "play that one", "play it", no name said, right after "who sings the third one" about this
 *   playlist: that song, as the provider has it again;
 * - otherwise the top.
 */
export async function startingSong(
  handlerInput: HandlerInput,
  context: RequestContext,
  playlist: Playlist,
  numberChosePlaylist: boolean,
): Promise<StartingSong> {
  const title = slotText(handlerInput, SONG_TITLE_SLOT);
  if (title) {
    const track = await songTitled(context, playlist, title);
    if (track) return { kind: 'song', track };
    const number = numberInTitle(title);
    return number === undefined ? { kind: 'titleNotFound', title } : { kind: 'number', position: number };
  }
  const position = numberChosePlaylist ? undefined : spokenPosition(slotText(handlerInput, POSITION_SLOT));
  if (position !== undefined) return { kind: 'number', position };
  const { lastAnswer, playlist: focus } = readSessionState(handlerInput);
  const nameSaid = slotText(handlerInput, PLAYLIST_NAME_SLOT) !== undefined;
  if (!nameSaid && lastAnswer?.kind === 'detail' && lastAnswer.position && focus?.id === playlist.id && focus.trackStart !== undefined) {
    const read = await tracksReadAt(context, playlist.id, focus.trackStart);
    const track = read.tracks[lastAnswer.position - 1];
    if (track) return { kind: 'song', track };
  }
  return { kind: 'top' };
}
