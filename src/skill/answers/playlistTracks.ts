import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { playlistTracksDirective, supportsApl } from '../apl/renderPlaylists';
import { Playlist, PlaylistProvider, PlaylistTrack } from '../providers/types';
import { ask, MAX_SPEECH_CHARACTERS } from '../speech/respond';
import { join, Utterance } from '../speech/utterance';
import { RequestContext } from '../pipeline/requestContext';
import { requestMemory } from '../pipeline/requestMemory';
import { updateSessionState } from '../pipeline/sessionState';

/** How many tracks one answer reads out. */
export const TRACKS_PER_ANSWER = 5;
/** Unavailable items are skipped, so a few more are fetched than are read; it is the same single request. */
const TRACKS_FETCHED_FOR_VOICE = 10;
/** A screen shows more than is read. */
export const TRACKS_ON_SCREEN = 20;
/** A page can be all unreadable entries; the next few are tried before saying that was all. */
const MAX_PAGES_PER_ANSWER = 3;

export interface TracksRead {
  /** Readable songs from the offset on, in playlist order. */
  readonly tracks: PlaylistTrack[];
  readonly total: number;
  /** The provider position after the last entry looked at. */
  readonly nextOffset: number;
}

/**
 * The readable songs from provider position `offset` on, `limit` entries at a time, reading
 * on past pages of unreadable entries (Spotify's `null`s) a few times. The same call gives the
 * same songs, so "repeat that" and "who sings the third one" see what the answer read.
 */
export async function readTracksFrom(provider: PlaylistProvider, playlistId: string, offset: number, limit: number): Promise<TracksRead> {
  let from = offset;
  let page = await provider.listTracks(playlistId, from, limit);
  const tracks = [...page.tracks];
  // Read on only past a full page: a short one means the provider has nothing more to give now.
  const full = () => page.nextOffset - from >= limit;
  for (
    let pages = 1;
    tracks.length < TRACKS_PER_ANSWER && full() && page.nextOffset < page.total && pages < MAX_PAGES_PER_ANSWER;
    pages++
  ) {
    from = page.nextOffset;
    page = await provider.listTracks(playlistId, from, limit);
    tracks.push(...page.tracks);
  }
  return { tracks, total: page.total, nextOffset: Math.max(offset, page.nextOffset) };
}

/** The songs a voice answer reads from `offset`: the same for the answer and for questions about it. */
export async function tracksReadAt(context: RequestContext, playlistId: string, offset: number): Promise<TracksRead> {
  return readTracksFrom(context.provider(), playlistId, offset, TRACKS_FETCHED_FOR_VOICE);
}

/** As many songs as fit in Alexa's limit: escaping can make long names six times longer ("&quot;"). */
function fitted(speechWith: (shown: number) => Utterance, available: number, continuation: Utterance): number {
  let shown = Math.min(TRACKS_PER_ANSWER, available);
  while (shown > 1 && join([speechWith(shown), continuation]).ssml.length > MAX_SPEECH_CHARACTERS) shown--;
  return shown;
}

/**
 * Reads a playlist's songs from provider position `offset`: the count and the first songs when
 * it starts at the beginning, the next ones after that, and the list on a screen. Remembers the
 * playlist and where the reading stands, so "more", "repeat that", "go back" and "who sings
 * the third one" can follow.
 */
export async function answerPlaylistTracks(
  handlerInput: HandlerInput,
  playlist: Playlist,
  offset: number,
  context: RequestContext,
): Promise<Response> {
  const { messages } = context;
  const withScreen = supportsApl(handlerInput);
  const read = withScreen
    ? await readTracksFrom(context.provider(), playlist.id, offset, TRACKS_ON_SCREEN)
    : await tracksReadAt(context, playlist.id, offset);

  let speech: Utterance;
  let continuation = messages.anythingElse;
  let reprompt = messages.reprompt;
  let next = offset;
  if (read.total === 0) speech = messages.playlistEmpty(playlist.name);
  else if (read.tracks.length === 0 && offset > 0) {
    // "More" past the last song: say so and offer the start, rather than starting over unasked.
    speech = messages.noMoreTracks(playlist.name);
    continuation = reprompt = messages.afterLastTrack;
  } else if (read.tracks.length === 0) {
    speech = messages.playlistContents(playlist.name, read.total, []);
    next = read.nextOffset;
  } else {
    const remainingAfter = (shown: number) => Math.max(0, read.total - (read.tracks[shown - 1].position + 1));
    const speechWith = (shown: number) =>
      offset === 0
        ? messages.playlistContents(playlist.name, read.total, read.tracks.slice(0, shown))
        : messages.moreTracks(playlist.name, read.tracks.slice(0, shown), remainingAfter(shown));
    const shown = fitted(speechWith, read.tracks.length, messages.tracksContinuation);
    speech = speechWith(shown);
    next = read.tracks[shown - 1].position + 1;
    if (remainingAfter(shown) > 0) continuation = messages.tracksContinuation;
  }

  updateSessionState(handlerInput, {
    playlist: { id: playlist.id, name: playlist.name, trackStart: offset, trackOffset: next },
    reading: 'tracks',
    lastAnswer: { kind: 'tracks' },
    offer: continuation === messages.tracksContinuation ? 'more' : undefined,
  });
  const response = ask(handlerInput, join([speech, continuation]), reprompt).withSimpleCard(messages.skillName, speech.text);
  if (withScreen) response.addDirective(playlistTracksDirective(playlist, read.total, read.tracks, messages));
  return response.getResponse();
}

/** "What's on road trip?": the song count and the first few songs with their artists, plus the list on a screen. */
export async function answerPlaylistContents(handlerInput: HandlerInput, playlist: Playlist, context: RequestContext): Promise<Response> {
  const response = await answerPlaylistTracks(handlerInput, playlist, 0, context);
  await requestMemory(handlerInput).markHeard(playlist);
  return response;
}

/**
 * Where the five songs before provider position `start` begin, counting only readable ones,
 * so "go back" reads exactly the songs before the ones just heard.
 */
export async function previousTracksStart(context: RequestContext, playlistId: string, start: number): Promise<number> {
  if (start <= 0) return 0;
  const from = Math.max(0, start - TRACKS_FETCHED_FOR_VOICE);
  const page = await context.provider().listTracks(playlistId, from, start - from);
  const before = page.tracks.filter((track) => track.position < start);
  if (before.length < TRACKS_PER_ANSWER) return from === 0 ? 0 : Math.max(0, start - TRACKS_PER_ANSWER);
  return before[before.length - TRACKS_PER_ANSWER].position;
}
