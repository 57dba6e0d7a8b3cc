import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { artistMatcher } from '../playlists/songMatch';
import { Playlist } from '../providers/types';
import { ask } from '../speech/respond';
import { join, sanitizeSpokenValue, Utterance } from '../speech/utterance';
import { isIntent, slotText } from '../pipeline/intentMatchers';
import { LibraryScan, scanCaveats, scanLibrary, ScanOptions } from '../answers/libraryScan';
import { RequestContext, requestContext } from '../pipeline/requestContext';
import { MAX_QUERY_LENGTH, rememberPlaylist, updateSessionState } from '../pipeline/sessionState';

export const ARTIST_SLOT = 'artist';
/** Playlists named in the answer; the rest are counted ("and 2 more"). */
const PLAYLISTS_NAMED = 3;

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
  const speech = join([answer, ...scanCaveats(context, scan)]);
  return ask(handlerInput, join([speech, messages.anythingElse]), messages.reprompt)
    .withSimpleCard(messages.skillName, speech.text)
    .getResponse();
}

/** An intent of its own: the artist slot (AMAZON.Artist) is recognised better than a free search phrase. */
export const FindArtistHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'FindArtistIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> | Response {
    const context = requestContext(handlerInput);
    const spoken = slotText(handlerInput, ARTIST_SLOT);
    const query = spoken === undefined ? '' : sanitizeSpokenValue(spoken, MAX_QUERY_LENGTH);
    if (!query) return ask(handlerInput, context.messages.whichArtist, context.messages.whichArtist).getResponse();
    return answerFindArtist(handlerInput, query, context, { announce: true });
  },
};
