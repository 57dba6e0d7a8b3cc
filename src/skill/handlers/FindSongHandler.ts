import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { artistAskedFor, artistMatcher, songKey, songMatcher } from '../playlists/songMatch';
import { PlaylistTrack } from '../providers/types';
import { sanitizeSpokenValue, Utterance } from '../speech/utterance';
import { isIntent, slotText } from '../pipeline/intentMatchers';
import { PLAYLISTS_NAMED, respondToSearch, scanLibrary, ScanOptions } from '../answers/libraryScan';
import { answerFindArtist, artistAnswer, findArtist } from '../answers/artistSearch';
import { elicitSlot } from '../answers/elicitPlaylist';
import { RequestContext, requestContext } from '../pipeline/requestContext';
import { MAX_QUERY_LENGTH, rememberPlaylist, updateSessionState } from '../pipeline/sessionState';

export const SONG_QUERY_SLOT = 'songQuery';

/**
 * "Which playlist has hound dog?", "do I have any Beyoncé?": every playlist the person can
 * read is searched by title and artist. Up to three playlists are named, then counted.
 */
export async function answerFindSong(
  handlerInput: HandlerInput,
  query: string,
  context: RequestContext,
  options: ScanOptions,
): Promise<Response> {
  const { messages } = context;
  const scan = await scanLibrary(handlerInput, context, options);
  const matches = songMatcher(query);
  const found = scan.read.map(({ playlist, tracks }) => ({ playlist, hits: tracks.filter(matches) })).filter(({ hits }) => hits.length > 0);
  const songs = new Map<string, PlaylistTrack>();
  for (const { hits } of found) for (const hit of hits) if (!songs.has(songKey(hit))) songs.set(songKey(hit), hit);

  const names = found.map(({ playlist }) => playlist.name);
  const shown = names.slice(0, PLAYLISTS_NAMED);
  const more = names.length - shown.length;
  let answer: Utterance;
  // Every song found is by the artist the words name ("beyonce"): said as the artist's answer.
  const byArtist = artistMatcher(query);
  const allByArtist = songs.size > 1 && [...songs.values()].every((song) => byArtist(song) !== undefined);
  if (found.length === 0) answer = messages.songNotFound(query);
  else if (allByArtist) answer = artistAnswer(context, findArtist(scan, query)!);
  else if (songs.size === 1) answer = messages.songFound([...songs.values()][0], shown, more);
  else answer = messages.songsFound(query, songs.size, shown, more);

  updateSessionState(handlerInput, { lastAnswer: { kind: 'find', query } });
  // One playlist found is the one "play it" or "how long is it" means next.
  if (found.length === 1) rememberPlaylist(handlerInput, found[0].playlist);
  return respondToSearch(handlerInput, context, answer, scan);
}

export const FindSongHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'FindSongIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> | Response {
    const context = requestContext(handlerInput);
    const spoken = slotText(handlerInput, SONG_QUERY_SLOT);
    const query = spoken === undefined ? '' : sanitizeSpokenValue(spoken, MAX_QUERY_LENGTH);
    if (!query) return elicitSlot(handlerInput, SONG_QUERY_SLOT, context.messages.whichSong, context.messages.whichSong);
    // "Do I have any Adele" lands here, since "do I have {songQuery}" is the song search's: it asks about an artist.
    const artist = artistAskedFor(query);
    if (artist !== undefined) return answerFindArtist(handlerInput, artist, context, { announce: true });
    return answerFindSong(handlerInput, query, context, { announce: true });
  },
};
