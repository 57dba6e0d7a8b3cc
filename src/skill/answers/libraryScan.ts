import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { ForbiddenError, LinkExpiredError } from '../providers/errors';
import { Playlist, PlaylistTrack } from '../providers/types';
import { ask } from '../speech/respond';
import { join, Utterance } from '../speech/utterance';
import { sendProgressiveResponse } from '../alexaApi/progressiveResponse';
import { RequestContext } from '../pipeline/requestContext';

/** Playlists a search's answer names; the rest are counted ("and 2 more"). */
export const PLAYLISTS_NAMED = 3;
/** Track lists read at once; also the size of one round of requests. */
export const SCAN_CONCURRENCY = 10;
/** Time kept back from the deadline to build and send the answer with what was found. */
export const SCAN_RESERVE_MS = 1000;

export interface PlaylistWithTracks {
  readonly playlist: Playlist;
  readonly tracks: PlaylistTrack[];
}

export interface LibraryScan {
  readonly library: Playlist[];
  /** The playlists whose songs were read, in library order. */
  readonly read: PlaylistWithTracks[];
  /** Playlists the provider would not show the songs of (Spotify's 403 for playlists that are not yours). */
  readonly forbidden: number;
  /** Playlists not read because time ran out or the provider failed for them. */
  readonly unread: number;
}

export interface ScanOptions {
  /** Say "let me look through your N playlists" first, when the scan takes more than one round. */
  readonly announce: boolean;
}

/** A 403 for one playlist's items is that playlist's; a spent quota or a dead link is the whole answer's. */
function isRefusedPlaylist(error: unknown): boolean {
  return error instanceof ForbiddenError && error.resource === 'playlist' && error.reason !== 'quotaExceeded';
}

/**
 * Reads the songs of every playlist the person has, ten at a time, until done or until the
 * deadline leaves only enough time to answer; then answers with what it has. Track lists
 * come through the provider's per-container cache, so a second question reads nothing again.
 */
export async function scanLibrary(handlerInput: HandlerInput, context: RequestContext, options: ScanOptions): Promise<LibraryScan> {
  const provider = context.provider();
  const library = await provider.listAllPlaylists();
  const announced =
    options.announce && library.length > SCAN_CONCURRENCY
      ? sendProgressiveResponse(handlerInput, context.messages.searchAnnouncement(library.length))
      : Promise.resolve(false);

  const read: (PlaylistWithTracks | undefined)[] = [];
  let forbidden = 0;
  let next = 0;
  let stopped = false;
  const worker = async () => {
    while (!stopped && next < library.length && context.deadline.allows(SCAN_RESERVE_MS)) {
      const index = next++;
      try {
        const list = await provider.listAllTracks(library[index].id);
        if (!stopped) read[index] = { playlist: library[index], tracks: list.tracks };
      } catch (error) {
        if (isRefusedPlaylist(error)) {
          if (!stopped) forbidden++;
        } else if (error instanceof ForbiddenError || error instanceof LinkExpiredError) {
          throw error;
        }
        // Anything else (a timeout, a 5xx, a playlist deleted meanwhile) leaves it unread.
      }
    }
  };
  const workers = Promise.all(Array.from({ length: Math.min(SCAN_CONCURRENCY, library.length) }, worker));
  // A failure after time is up must not surface as an unhandled rejection.
  workers.catch(() => undefined);
  // On the deadline's own clock, so that time is simulated in tests like every other wait.
  const timeUp = new Promise<void>((resolve) => {
    const signal = context.deadline.clock.timeoutSignal(Math.max(0, context.deadline.remainingMs() - SCAN_RESERVE_MS));
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  try {
    await Promise.race([workers, timeUp]);
  } finally {
    stopped = true;
  }
  await announced;
  const done = read.filter((entry): entry is PlaylistWithTracks => entry !== undefined);
  return { library, read: done, forbidden, unread: library.length - done.length - forbidden };
}

/** What the scan could not cover, said plainly after the answer. */
export function scanCaveats(context: RequestContext, scan: LibraryScan): Utterance[] {
  const { messages, providerName } = context;
  return [
    ...(scan.forbidden > 0 ? [messages.searchForbidden(scan.forbidden, providerName)] : []),
    ...(scan.unread > 0 ? [messages.searchIncomplete(scan.read.length, scan.library.length)] : []),
  ];
}

/**
 * A search's answer: what it found, then what the scan (if any) could not cover, then "anything
 * else?", with the same words on a card. The session stays open.
 */
export function respondToSearch(handlerInput: HandlerInput, context: RequestContext, answer: Utterance, scan?: LibraryScan): Response {
  const { messages } = context;
  const speech = scan ? join([answer, ...scanCaveats(context, scan)]) : answer;
  return ask(handlerInput, join([speech, messages.anythingElse]), messages.reprompt)
    .withSimpleCard(messages.skillName, speech.text)
    .getResponse();
}
