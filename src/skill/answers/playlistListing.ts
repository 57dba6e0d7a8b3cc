import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { playlistListDirective, supportsApl } from '../apl/renderPlaylists';
import { withPlaylistEntities } from '../dynamicEntities/playlistEntities';
import { Playlist, PlaylistPage, PlaylistProvider } from '../providers/types';
import { ask } from '../speech/respond';
import { join } from '../speech/utterance';
import { requestContext } from '../pipeline/requestContext';
import { updateSessionState } from '../pipeline/sessionState';

/** How many playlist names one answer reads out. */
export const NAMES_PER_ANSWER = 5;

/**
 * The first answer reads a whole provider page (Spotify's `limit`, YouTube's `maxResults`, both
 * at most 50): the same single round trip, and Alexa learns those names at once.
 */
export const FIRST_READ = 50;

/** A page can be all unreadable entries; the next few are tried before saying that was all. */
const MAX_PAGES_PER_ANSWER = 3;

/** The first `count` playlists of `page`, which began at `offset`; "more" continues right after the last of them. */
function firstOf(page: PlaylistPage, offset: number, count: number): PlaylistPage {
  if (page.playlists.length <= count) return page;
  const last = page.positions?.[count - 1] ?? offset + count - 1;
  return { playlists: page.playlists.slice(0, count), total: page.total, nextOffset: last + 1 };
}

export interface ReadablePage {
  /** What this answer reads out. */
  readonly page: PlaylistPage;
  /** Every playlist the first request brought, for Alexa to learn. */
  readonly read: Playlist[];
}

/** The playlists one answer reads from `offset`: the same for the answer and for "what's on the second one" after it. */
export async function readablePage(provider: PlaylistProvider, offset: number): Promise<ReadablePage> {
  let page = await provider.listPlaylists(offset, offset === 0 ? FIRST_READ : NAMES_PER_ANSWER);
  const read = page.playlists;
  for (
    let tries = 1;
    page.playlists.length === 0 && page.nextOffset > offset && page.nextOffset < page.total && tries < MAX_PAGES_PER_ANSWER;
    tries++
  ) {
    offset = page.nextOffset;
    page = await provider.listPlaylists(offset, NAMES_PER_ANSWER);
  }
  return { page: firstOf(page, offset, NAMES_PER_ANSWER), read };
}

export interface PlaylistPageOptions {
  /** "List my playlists" again: say that the list picks up where it stopped, or start it over when it had ended. */
  readonly resumed?: boolean;
}

/**
 * Reads one page of playlist names starting at `offset` and remembers where the next
 * "more" continues. The first page also says how many there are in all.
 */
export async function answerPlaylistPage(handlerInput: HandlerInput, offset: number, options: PlaylistPageOptions = {}): Promise<Response> {
  const context = requestContext(handlerInput);
  const { messages, providerName } = context;
  const provider = context.provider();
  const { page, read } = await readablePage(provider, offset);
  const remember = (listOffset: number | undefined, offer?: 'more') =>
    updateSessionState(handlerInput, { listOffset, listStart: offset, reading: 'list', lastAnswer: { kind: 'list' }, offer });
  if (page.total === 0) {
    remember(undefined);
    return ask(handlerInput, messages.emptyLibrary(providerName), messages.reprompt).getResponse();
  }
  const names = page.playlists.map((playlist) => playlist.name);
  if (names.length === 0) {
    if (options.resumed && offset > 0) return answerPlaylistPage(handlerInput, 0);
    remember(Math.max(offset, Math.min(page.nextOffset, page.total)));
    return ask(handlerInput, join([messages.noMorePlaylists, messages.afterLastPlaylist]), messages.afterLastPlaylist).getResponse();
  }
  const { nextOffset } = page;
  const remaining = Math.max(0, page.total - nextOffset);
  remember(nextOffset, remaining > 0 ? 'more' : undefined);
  const heading = offset === 0 ? messages.playlistSummary(page.total, names) : messages.morePlaylists(names, remaining);
  const spoken = options.resumed ? join([messages.resumingList, heading]) : heading;
  const speech = join([spoken, messages.listContinuation(remaining)]);
  const response = ask(handlerInput, speech, messages.listContinuation(remaining)).withSimpleCard(messages.skillName, heading.text);
  if (supportsApl(handlerInput)) response.addDirective(playlistListDirective(messages.skillName, page.playlists, messages));
  // Alexa learns the whole library when this container has read it, else the first page just read.
  const learned = provider.cachedLibrary?.() ?? (offset === 0 && read.length > 0 ? read : undefined);
  return withPlaylistEntities(response.getResponse(), learned, context.locale);
}
