import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { Playlist, PlaylistTrack } from '../providers/types';
import { isIntent, slotText } from '../pipeline/intentMatchers';
import { respondToSearch, scanLibrary, ScanOptions } from '../answers/libraryScan';
import { NamedPlaylistQuestion, namedPlaylistHandler, PLAYLIST_NAME_SLOT } from '../answers/namedPlaylist';
import { RequestContext, requestContext } from '../pipeline/requestContext';
import { rememberPlaylist, updateSessionState } from '../pipeline/sessionState';

/** How many of a playlist's newest songs are read. */
const NEWEST_READ = 3;

const addedTime = (track: PlaylistTrack) => (track.addedAt === undefined ? Number.NaN : Date.parse(track.addedAt));
const newestFirst = (a: PlaylistTrack, b: PlaylistTrack) => addedTime(b) - addedTime(a);
const hasAddedTime = (track: PlaylistTrack) => !Number.isNaN(addedTime(track));

/** "What did I add recently?": the newest `added_at` across every playlist the person can read. */
export async function answerRecentlyAddedAnywhere(
  handlerInput: HandlerInput,
  context: RequestContext,
  options: ScanOptions,
): Promise<Response> {
  const { messages } = context;
  const scan = await scanLibrary(handlerInput, context, options);
  let newest: { playlist: Playlist; track: PlaylistTrack } | undefined;
  for (const { playlist, tracks } of scan.read) {
    for (const track of tracks.filter(hasAddedTime)) {
      if (!newest || addedTime(track) > addedTime(newest.track)) newest = { playlist, track };
    }
  }
  updateSessionState(handlerInput, { lastAnswer: { kind: 'recent' } });
  if (newest) rememberPlaylist(handlerInput, newest.playlist);
  const answer = newest ? messages.latestAddition(newest.track, newest.playlist.name, newest.track.addedAt!) : messages.nothingAdded;
  return respondToSearch(handlerInput, context, answer, scan);
}

/** "What did I add to road trip lately?": that playlist's newest songs, newest first. */
export async function answerRecentlyAddedTo(handlerInput: HandlerInput, playlist: Playlist, context: RequestContext): Promise<Response> {
  const { messages } = context;
  const list = await context.provider().listAllTracks(playlist.id);
  const newest = list.tracks.filter(hasAddedTime).sort(newestFirst).slice(0, NEWEST_READ);
  rememberPlaylist(handlerInput, playlist);
  updateSessionState(handlerInput, { lastAnswer: { kind: 'recentOn' } });
  let answer = messages.latestAdditionsTo(playlist.name, newest);
  if (list.total === 0) answer = messages.playlistEmpty(playlist.name);
  else if (newest.length === 0) answer = messages.nothingAdded;
  return respondToSearch(handlerInput, context, answer);
}

const RECENTLY_ADDED_TO: NamedPlaylistQuestion = { intentName: 'RecentlyAddedIntent', answer: answerRecentlyAddedTo };
const onOnePlaylist = namedPlaylistHandler(RECENTLY_ADDED_TO);

/**
 * "What did I add recently" (no playlist named: across all of them) and "what did I add to X
 * lately" (that one). Unlike the other questions, a missing name here means "anywhere".
 */
export const RecentlyAddedHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, RECENTLY_ADDED_TO.intentName);
  },
  handle(handlerInput: HandlerInput): Promise<Response> | Response {
    if (slotText(handlerInput, PLAYLIST_NAME_SLOT) !== undefined) return onOnePlaylist.handle(handlerInput);
    return answerRecentlyAddedAnywhere(handlerInput, requestContext(handlerInput), { announce: true });
  },
};
