import { HandlerInput } from 'ask-sdk-core';
import { normalizeName } from '../playlists/normalizeName';
import { songMatcher } from '../playlists/songMatch';
import { Playlist, PlaylistTrack } from '../providers/types';
import { spokenPosition } from '../speech/spokenPosition';
import { sanitizeSpokenValue } from '../speech/utterance';
import { slotText } from '../pipeline/intentMatchers';
import { RequestContext } from '../pipeline/requestContext';
import { MAX_QUERY_LENGTH, PlaylistInFocus, readSessionState } from '../pipeline/sessionState';
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

/** The songs the last answer about `playlist` read out: from `trackStart` up to where "more" goes on. */
async function songsHeard(context: RequestContext, playlist: Playlist, focus: PlaylistInFocus): Promise<PlaylistTrack[]> {
  const read = await tracksReadAt(context, playlist.id, focus.trackStart ?? 0);
  return read.tracks.filter((track) => focus.trackOffset === undefined || track.position < focus.trackOffset);
}

/**
 * Where "play …" starts `playlist`:
 * - "play X starting at <title>": the song of that title, looked for on the whole playlist;
 * - "play the second one", no name said, right after songs of this playlist were read: the second
 *   of those songs, as "who sings the second one" counts them;
 * - "play the third song on X": that number from the top (unless the number chose the playlist
 *   itself, `numberChosePlaylist`); also a number past the songs just read;
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
  const spokenTitle = slotText(handlerInput, SONG_TITLE_SLOT);
  // A title is said back when it is not found: as bounded as any other search.
  const title = spokenTitle === undefined ? '' : sanitizeSpokenValue(spokenTitle, MAX_QUERY_LENGTH);
  if (title) {
    const track = await songTitled(context, playlist, title);
    if (track) return { kind: 'song', track };
    const number = numberInTitle(title);
    return number === undefined ? { kind: 'titleNotFound', title } : { kind: 'number', position: number };
  }
  const position = numberChosePlaylist ? undefined : spokenPosition(slotText(handlerInput, POSITION_SLOT));
  const { lastAnswer, playlist: focus, reading } = readSessionState(handlerInput);
  const nameSaid = slotText(handlerInput, PLAYLIST_NAME_SLOT) !== undefined;
  const readingThis = !nameSaid && focus?.id === playlist.id && focus.trackStart !== undefined;
  if (position !== undefined) {
    // "Play the second one" right after songs were read: the second of those, as "who sings the second one" counts.
    const heard = readingThis && reading === 'tracks' ? await songsHeard(context, playlist, focus) : [];
    const track = heard[position - 1];
    return track ? { kind: 'song', track } : { kind: 'number', position };
  }
  if (readingThis && lastAnswer?.kind === 'detail' && lastAnswer.position) {
    const read = await tracksReadAt(context, playlist.id, focus.trackStart);
    const track = read.tracks[lastAnswer.position - 1];
    if (track) return { kind: 'song', track };
  }
  return { kind: 'top' };
}
