import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { withPlaylistEntities } from '../dynamicEntities/playlistEntities';
import { dynamicallyResolvedPlaylists } from '../dynamicEntities/resolvedPlaylist';
import { chooseCandidate, choosesByAge } from '../playlists/chooseCandidate';
import { matchPlaylistName, MAX_CANDIDATES } from '../playlists/matchPlaylistName';
import { tellApart } from '../playlists/tellApart';
import { spokenPosition } from '../speech/spokenPosition';
import { NotFoundError } from '../providers/errors';
import { Playlist } from '../providers/types';
import { elicitPlaylist, PLAYLIST_NAME_SLOT } from './elicitPlaylist';
import { isIntent, slotText } from '../pipeline/intentMatchers';
import { RequestContext, requestContext } from '../pipeline/requestContext';
import { playlistTalkedAbout } from './currentPlaylist';
import { listedPlaylist } from './listedPlaylist';
import { readSessionState, writeSessionState } from '../pipeline/sessionState';
import { requestMemory } from '../pipeline/requestMemory';

export { PLAYLIST_NAME_SLOT };

export type NamedPlaylistAnswer = (handlerInput: HandlerInput, playlist: Playlist, context: RequestContext) => Promise<Response>;

export interface NamedPlaylistQuestion {
  /** The intent whose answer this is. */
  readonly intentName: string;
  readonly answer: NamedPlaylistAnswer;
  /** A slot that, with no name said, picks a playlist by its place in the list just read ("play the fourth one"). */
  readonly placeSlot?: string;
}

/**
 * What the person's words came to: a playlist, a question back to them, or no name at all.
 * `library` is the library when it was read on the way, for `withPlaylistEntities`.
 */
export type PlaylistResolution =
  /** `fromMemory`: found in the person's kept index, not the provider's library; it may be stale. */
  | { readonly kind: 'playlist'; readonly playlist: Playlist; readonly library?: readonly Playlist[]; readonly fromMemory?: boolean }
  | { readonly kind: 'asked'; readonly response: Response; readonly library?: readonly Playlist[] }
  | { readonly kind: 'unnamed' };

/** Reads the whole library, which the caller then teaches Alexa with `withPlaylistEntities`; the person's memory keeps its index. */
async function readLibrary(handlerInput: HandlerInput, context: RequestContext): Promise<readonly Playlist[]> {
  const library = await context.provider().listAllPlaylists();
  await requestMemory(handlerInput).rememberLibrary(library);
  return library;
}

/** The playlists of `ids` as the library has them; IDs the library lacks are dropped, so none reaches a URL unchecked. */
function fromLibrary(ids: readonly { readonly id: string }[], library: readonly Playlist[]): Playlist[] {
  return ids.flatMap(({ id }) => library.filter((playlist) => playlist.id === id).slice(0, 1));
}

function forgetPendingChoice(handlerInput: HandlerInput): void {
  writeSessionState(handlerInput, { ...readSessionState(handlerInput), pendingChoice: undefined });
}

/**
 * "Which one?", naming what tells the candidates apart; the answer comes back to the same intent.
 * `byAge`: the person chose by age, which no provider's data can tell, so the question says so.
 */
function askWhichOne(handlerInput: HandlerInput, context: RequestContext, candidates: readonly Playlist[], byAge = false): Response {
  const shown = candidates.slice(0, MAX_CANDIDATES);
  writeSessionState(handlerInput, {
    ...readSessionState(handlerInput),
    pendingChoice: shown.map(({ id, name }) => ({ id, name })),
  });
  const { messages, providerName } = context;
  const labels = tellApart(shown);
  const question = byAge ? messages.cannotTellByAge(providerName, labels) : messages.ambiguousPlaylist(labels);
  return elicitPlaylist(handlerInput, question, messages.whichOne);
}

/**
 * The playlist the person named in the `playlistName` slot. In order:
 * - an answer to "which one?" ("the second one", "Bob's", a name) picks among that question's candidates;
 * - one playlist Alexa resolved through the dynamic entities is taken as is; several are the
 *   candidates, and only an exact name among them decides without asking;
 * - a name the person's memory knows exactly gives its ID without reading the library (unless
 *   `useMemory` is false: the kept entry turned out stale);
 * - otherwise the name is matched against the whole library: nothing found is said and asked
 *   again, equally good matches are asked about, never picked silently; a clear match is kept
 *   in the person's memory as a spoken form of that playlist.
 * An empty slot comes back `unnamed`: the caller decides what no name means.
 */
export async function resolveNamedPlaylist(
  handlerInput: HandlerInput,
  context: RequestContext,
  { useMemory = true, placeSlot }: { readonly useMemory?: boolean; readonly placeSlot?: string } = {},
): Promise<PlaylistResolution> {
  const spoken = slotText(handlerInput, PLAYLIST_NAME_SLOT);
  const resolved = dynamicallyResolvedPlaylists(handlerInput, PLAYLIST_NAME_SLOT, context.providerName);
  const { messages } = context;
  const pendingChoice = readSessionState(handlerInput).pendingChoice ?? [];
  // Right after the list was read, "the second one" is a place in it, not a name; a "which one?" answers first.
  const place = spoken ?? (placeSlot ? spokenPosition(slotText(handlerInput, placeSlot)) : undefined);
  const listed = pendingChoice.length === 0 ? await listedPlaylist(handlerInput, context, place) : undefined;
  if (listed?.kind === 'playlist') return { kind: 'playlist', playlist: listed.playlist };
  if (listed?.kind === 'pastRead') {
    const question = messages.whichListNumber(listed.read);
    return { kind: 'asked', response: elicitPlaylist(handlerInput, question, question) };
  }
  if (!spoken && resolved.length === 0) return { kind: 'unnamed' };
  let library: readonly Playlist[] | undefined;
  const libraryRead = async () => (library ??= await readLibrary(handlerInput, context));
  const found = (playlist: Playlist): PlaylistResolution => ({ kind: 'playlist', playlist, library });
  const asked = (response: Response): PlaylistResolution => ({ kind: 'asked', response, library });

  if (pendingChoice.length > 0 && spoken) {
    const candidates = fromLibrary(pendingChoice, await libraryRead());
    const chosen = chooseCandidate(spoken, candidates);
    if (chosen) return found(chosen);
    // "The newer one": nothing says how old a playlist is, so ask again, plainly, rather than guess.
    if (choosesByAge(spoken) && candidates.length > 1) return asked(askWhichOne(handlerInput, context, candidates, true));
  }

  if (resolved.length === 1) return found(resolved[0]);
  if (resolved.length > 1) {
    const all = await libraryRead();
    const candidates = resolved.map((value) => all.find((playlist) => playlist.id === value.id) ?? value);
    const match = spoken ? matchPlaylistName(spoken, candidates) : undefined;
    if (match?.kind === 'found') return found(match.playlist);
    return asked(askWhichOne(handlerInput, context, match?.kind === 'ambiguous' ? match.candidates : candidates));
  }

  // Fastest first: the container's cached library (no round trip), then the person's memory, which gives
  // the ID of a name asked about before in any container (one round trip), then the full lookup.
  const warm = library !== undefined || context.provider().cachedLibrary?.() !== undefined;
  const kept = useMemory && !warm ? await requestMemory(handlerInput).findPlaylist(spoken!) : undefined;
  if (kept) return { kind: 'playlist', playlist: kept, fromMemory: true };

  const match = matchPlaylistName(spoken!, await libraryRead());
  if (match.kind === 'found') {
    await requestMemory(handlerInput).rememberSpokenForm(match.playlist, spoken!);
    return found(match.playlist);
  }
  if (match.kind === 'ambiguous') return asked(askWhichOne(handlerInput, context, match.candidates));
  forgetPendingChoice(handlerInput);
  return asked(elicitPlaylist(handlerInput, messages.noPlaylistMatch(spoken!), messages.whichPlaylist));
}

/**
 * A handler for an intent that names one playlist: it resolves the name (asking "which
 * playlist?" or "which one?" with `Dialog.ElicitSlot` when it must) and gives `question`'s
 * answer. The session forgets a "which one?" only once it is answered, so a failed lookup
 * can be retried.
 */
export function namedPlaylistHandler(question: NamedPlaylistQuestion): RequestHandler {
  return {
    canHandle(handlerInput: HandlerInput): boolean {
      return isIntent(handlerInput, question.intentName);
    },
    async handle(handlerInput: HandlerInput): Promise<Response> {
      const context = requestContext(handlerInput);
      const { messages, locale } = context;
      const { placeSlot } = question;
      let resolution = await resolveNamedPlaylist(handlerInput, context, { placeSlot });
      if (resolution.kind === 'playlist' && resolution.fromMemory) {
        try {
          return await answered(handlerInput, context, question, resolution.playlist);
        } catch (error) {
          // Gone since (404): forget the kept entry and look the name up afresh.
          if (!(error instanceof NotFoundError)) throw error;
          await requestMemory(handlerInput).forgetPlaylist(resolution.playlist.id);
          resolution = await resolveNamedPlaylist(handlerInput, context, { useMemory: false, placeSlot });
        }
      }
      if (resolution.kind === 'unnamed') {
        // "How long is it?": no name means the playlist last talked about, if there is one.
        const talkedAbout = await playlistTalkedAbout(handlerInput, context);
        if (!talkedAbout) return elicitPlaylist(handlerInput, messages.whichPlaylist, messages.whichPlaylist);
        return answered(handlerInput, context, question, talkedAbout);
      }
      if (resolution.kind === 'asked') return withPlaylistEntities(resolution.response, resolution.library, locale);
      return withPlaylistEntities(await answered(handlerInput, context, question, resolution.playlist), resolution.library, locale);
    },
  };
}

/** The question's answer about `playlist`; only then is the "which one?" forgotten, so a failed lookup can be retried. */
async function answered(
  handlerInput: HandlerInput,
  context: RequestContext,
  question: NamedPlaylistQuestion,
  playlist: Playlist,
): Promise<Response> {
  const response = await question.answer(handlerInput, playlist, context);
  forgetPendingChoice(handlerInput);
  return response;
}
