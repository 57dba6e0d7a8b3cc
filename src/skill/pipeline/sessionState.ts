import { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { isRecord } from '../isRecord';
import { isProviderPlaylistId } from '../providers/playlistIds';
import { requestContext } from './requestContext';

/*
 * What the skill remembers between the turns of one session. Session attributes travel
 * through the client and come back as it pleases, so everything read here is checked:
 * IDs against the provider's ID format, offsets as bounded safe integers, lists and strings
 * against caps. What does not pass is dropped, and only the checked state is written back.
 * Names kept here are hints for matching; what the skill says about a playlist comes from
 * the provider.
 */

/** A playlist by ID, with the name the provider gave it when it was stored. */
export interface PlaylistRef {
  readonly id: string;
  /** A hint for matching only: never spoken, since the client may have changed it. */
  readonly name: string;
}

/** A playlist the person may be choosing between; only id and name, never a whole library. */
export type PlaylistChoice = PlaylistRef;

/** The playlist last talked about, and where the reading of its songs stands. */
export interface PlaylistInFocus extends PlaylistRef {
  /** The provider position the last answer about its songs began at: "repeat" and "go back" start from it. */
  readonly trackStart?: number;
  /** The provider position "more" continues at. */
  readonly trackOffset?: number;
}

/** The answers "repeat that" can give again; each is re-derived from the provider, never replayed from the session. */
export const ANSWER_KINDS = [
  'list',
  'tracks',
  'count',
  'duration',
  'detail',
  'find',
  'artist',
  'biggest',
  'shortest',
  'recent',
  'recentOn',
] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export interface LastAnswer {
  readonly kind: AnswerKind;
  /** For "detail": which song of the last ones read (1-based). */
  readonly position?: number;
  /** For "find" and "artist": what the person asked to find. */
  readonly query?: string;
}

export interface SessionState {
  /** Where "more" continues the playlist list. */
  listOffset?: number;
  /** Where the last answer from the playlist list began. */
  listStart?: number;
  /** The playlist last talked about. */
  playlist?: PlaylistInFocus;
  /** What "more", "go back" and "start over" move through: the list, or the songs of `playlist`. */
  reading?: 'list' | 'tracks';
  /** What "repeat that" says again. */
  lastAnswer?: LastAnswer;
  /** The candidates of an ambiguous name, for the person's next answer. */
  pendingChoice?: PlaylistChoice[];
  /**
   * What the last answer offered, so that "yes" takes it up: `more`, to read on. It lasts one
   * turn only (`offeredLastTurn`): an answer that offers nothing leaves nothing to say yes to.
   */
  offer?: Offer;
}

export const OFFERS = ['more'] as const;
export type Offer = (typeof OFFERS)[number];

/** No playlist (Spotify allows 10,000 items; YouTube 5,000) and no library the skill reads comes near this. */
export const MAX_OFFSET = 100_000;
/** Longer than any provider's playlist name (Spotify 100 characters, YouTube 150). */
export const MAX_STORED_NAME_LENGTH = 200;
/** More candidates than anyone could choose between by voice. */
export const MAX_PENDING_CHOICES = 10;
/** A song query is a title or an artist, not a paragraph. */
export const MAX_QUERY_LENGTH = 100;
/** "The tenth one" is as far as anyone counts what they just heard. */
export const MAX_DETAIL_POSITION = 20;

function offsetOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_OFFSET ? value : undefined;
}

function nameOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_STORED_NAME_LENGTH ? value : undefined;
}

/** The skill's own long names are shortened rather than refused: a stored name is only a hint. */
function clipped<T extends PlaylistRef>(ref: T): T {
  return ref.name.length <= MAX_STORED_NAME_LENGTH ? ref : { ...ref, name: ref.name.slice(0, MAX_STORED_NAME_LENGTH) };
}

function playlistRefOf(value: unknown, providerName: string): PlaylistRef | undefined {
  if (!isRecord(value) || !isProviderPlaylistId(providerName, value.id)) return undefined;
  const name = nameOf(value.name);
  return name === undefined ? undefined : { id: value.id, name };
}

function playlistInFocusOf(value: unknown, providerName: string): PlaylistInFocus | undefined {
  const ref = playlistRefOf(value, providerName);
  if (!ref || !isRecord(value)) return undefined;
  return withoutUndefined({ ...ref, trackStart: offsetOf(value.trackStart), trackOffset: offsetOf(value.trackOffset) });
}

function pendingChoiceOf(value: unknown, providerName: string): PlaylistChoice[] | undefined {
  // A list longer than anyone could have been offered was not written by the skill: refused whole.
  if (!Array.isArray(value) || value.length > MAX_PENDING_CHOICES) return undefined;
  const choices = value.flatMap((entry) => {
    const ref = playlistRefOf(entry, providerName);
    return ref ? [ref] : [];
  });
  return choices.length > 0 ? choices : undefined;
}

function lastAnswerOf(value: unknown): LastAnswer | undefined {
  if (!isRecord(value) || !ANSWER_KINDS.includes(value.kind as AnswerKind)) return undefined;
  const kind = value.kind as AnswerKind;
  if (kind === 'detail') {
    const position = value.position;
    const valid = typeof position === 'number' && Number.isSafeInteger(position) && position >= 1 && position <= MAX_DETAIL_POSITION;
    return valid ? { kind, position } : undefined;
  }
  if (kind === 'find' || kind === 'artist') {
    const query = value.query;
    const valid = typeof query === 'string' && query.trim() !== '' && query.length <= MAX_QUERY_LENGTH;
    return valid ? { kind, query } : undefined;
  }
  return { kind };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** The checked state in `raw`; anything unexpected or out of bounds is left out. */
export function parseSessionState(raw: unknown, providerName: string): SessionState {
  if (!isRecord(raw)) return {};
  return withoutUndefined({
    listOffset: offsetOf(raw.listOffset),
    listStart: offsetOf(raw.listStart),
    playlist: playlistInFocusOf(raw.playlist, providerName),
    reading: raw.reading === 'list' || raw.reading === 'tracks' ? raw.reading : undefined,
    lastAnswer: lastAnswerOf(raw.lastAnswer),
    pendingChoice: pendingChoiceOf(raw.pendingChoice, providerName),
    offer: OFFERS.includes(raw.offer as Offer) ? (raw.offer as Offer) : undefined,
  });
}

function providerNameOf(handlerInput: HandlerInput): string {
  return requestContext(handlerInput).providerName;
}

/** Whether the request belongs to a session at all: skill events and a malformed `session: null` do not. */
function hasSession(handlerInput: HandlerInput): boolean {
  const session: unknown = handlerInput.requestEnvelope.session;
  return typeof session === 'object' && session !== null;
}

/** Forgets whatever the session carried; out of session it is a no-op. */
export function startFreshSession(handlerInput: HandlerInput): void {
  if (hasSession(handlerInput)) handlerInput.attributesManager.setSessionAttributes({});
}

const OFFER_KEY = 'playlistReaderOffer';

/** What the previous answer of this session offered ("say more to hear the next songs"), checked; undefined when it offered nothing. */
export function offeredLastTurn(handlerInput: HandlerInput): Offer | undefined {
  return handlerInput.attributesManager.getRequestAttributes()[OFFER_KEY] as Offer | undefined;
}

/**
 * Runs after the request context is attached. Session attributes come back through the
 * client, so each request's are replaced by their checked form before any handler reads them,
 * and a handler that writes nothing sends back nothing it was not meant to. A new session
 * holds nothing the skill wrote: it starts empty.
 */
export const checkSessionAttributes: RequestInterceptor = {
  process(handlerInput: HandlerInput): void {
    if (!hasSession(handlerInput)) return;
    if ((handlerInput.requestEnvelope.session as { new?: unknown }).new === true) return startFreshSession(handlerInput);
    let checked: SessionState = {};
    try {
      checked = parseSessionState(handlerInput.attributesManager.getSessionAttributes(), providerNameOf(handlerInput));
    } catch {
      // Without a request context nothing can be checked, so nothing is kept.
    }
    // An offer is good for the one answer after it: this request may take it up, and only an answer that offers again keeps one.
    const { offer, ...kept } = checked;
    handlerInput.attributesManager.getRequestAttributes()[OFFER_KEY] = offer;
    handlerInput.attributesManager.setSessionAttributes({ ...kept });
  },
};

export function readSessionState(handlerInput: HandlerInput): SessionState {
  if (!hasSession(handlerInput)) return {};
  return parseSessionState(handlerInput.attributesManager.getSessionAttributes(), providerNameOf(handlerInput));
}

/** Replaces what the session remembers with the checked form of `state`; out of session (no `session` object) it is a no-op. */
export function writeSessionState(handlerInput: HandlerInput, state: SessionState): void {
  if (!hasSession(handlerInput)) return;
  const ownNames = {
    ...state,
    playlist: state.playlist && clipped(state.playlist),
    pendingChoice: state.pendingChoice?.map(clipped),
  };
  handlerInput.attributesManager.setSessionAttributes({ ...parseSessionState(ownNames, providerNameOf(handlerInput)) });
}

/** Changes the fields in `changes` and keeps the rest; a field set to `undefined` is forgotten. */
export function updateSessionState(handlerInput: HandlerInput, changes: Partial<SessionState>): void {
  writeSessionState(handlerInput, { ...readSessionState(handlerInput), ...changes });
}

/** The playlist last talked about ("how long is it", "play it"), its ID checked; its name is a hint, not for speaking. */
export function lastPlaylist(state: SessionState): PlaylistRef | undefined {
  return state.playlist ? { id: state.playlist.id, name: state.playlist.name } : undefined;
}

/** Makes `playlist` the one last talked about; its reading position is kept only if it already was. */
export function rememberPlaylist(handlerInput: HandlerInput, playlist: PlaylistRef): void {
  const current = readSessionState(handlerInput).playlist;
  const kept = current?.id === playlist.id ? { trackStart: current.trackStart, trackOffset: current.trackOffset } : {};
  updateSessionState(handlerInput, { playlist: { id: playlist.id, name: playlist.name, ...kept } });
}
