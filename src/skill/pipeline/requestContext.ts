import { getLocale, HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { PlaybackMode } from '../config';
import { readAccessToken } from '../linking/accessToken';
import { Clock, systemClock } from '../providers/clock';
import { ConcurrencyLimit } from '../providers/concurrencyLimit';
import { Deadline } from '../providers/deadline';
import { MusicPlayer } from '../providers/player';
import { ProviderBinding, ProviderRequest } from '../providers/providerBinding';
import { PlaylistProvider } from '../providers/types';
import { Messages } from '../speech/locales/en-US';
import { messagesFor } from '../speech/messages';

/** What every handler needs for one request: its words, and its provider within its deadline. */
export interface RequestContext {
  /** Everything the skill says, in the request's locale. */
  readonly messages: Messages;
  readonly locale: string;
  readonly providerName: string;
  /** When this request's provider calls must be done: counted from when Alexa sent it. */
  readonly deadline: Deadline;
  /** The provider, bound to this request's token and deadline. Only call it once linked. A function, not a method: handlers destructure it. */
  readonly provider: () => PlaylistProvider;
  /** The time now, in epoch milliseconds (injected in tests). */
  now(): number;
  /** `on` when the play intents may start music; `off` by PLAYBACK=off; `unsupported` for a provider without a player. */
  readonly playback: PlaybackMode | 'unsupported';
  /** The provider's player, bound like `provider()`. Only call it when `playback` is `on`. */
  player(): MusicPlayer;
}

const CONTEXT_KEY = 'playlistReaderContext';

function safeLocale(handlerInput: HandlerInput): string | undefined {
  try {
    return getLocale(handlerInput.requestEnvelope);
  } catch {
    return undefined;
  }
}

/** The person's Alexa user ID, or a placeholder for a malformed envelope. */
function safeUserId(handlerInput: HandlerInput): string {
  const { context, session } = handlerInput.requestEnvelope;
  return context?.System?.user?.userId ?? session?.user?.userId ?? 'unknown-user';
}

/**
 * Starts the request's deadline and builds its context before any handler is chosen. Every
 * provider call of the request shares the deadline and one cap on calls in flight.
 * `clock` times the deadline and its waits; `now` is what the person's memory records;
 * `playback` is PLAYBACK (the play intents' player exists only when it is `on`).
 */
export function attachRequestContext(
  binding: ProviderBinding,
  clock: Clock = systemClock,
  now: () => number = () => clock.now(),
  playback: PlaybackMode = 'on',
): RequestInterceptor {
  return {
    process(handlerInput: HandlerInput): void {
      const deadline = Deadline.forRequest(handlerInput.requestEnvelope.request?.timestamp, clock);
      const limit = new ConcurrencyLimit();
      const messages = messagesFor(safeLocale(handlerInput));
      let client: PlaylistProvider | undefined;
      let player: MusicPlayer | undefined;
      const providerRequest = (): ProviderRequest => {
        const accessToken = readAccessToken(handlerInput);
        if (!accessToken) throw new Error('a provider was asked for on a request without an access token');
        return { accessToken, userId: safeUserId(handlerInput), deadline, limit };
      };
      const { createPlayer } = binding;
      const context: RequestContext = {
        messages,
        locale: messages.locale,
        providerName: binding.providerName,
        deadline,
        now,
        provider: () => {
          client ??= binding.create(providerRequest());
          return client;
        },
        playback: createPlayer ? playback : 'unsupported',
        player() {
          if (!createPlayer || playback !== 'on') throw new Error('player() called while playback is not on');
          player ??= createPlayer(providerRequest());
          return player;
        },
      };
      handlerInput.attributesManager.getRequestAttributes()[CONTEXT_KEY] = context;
    },
  };
}

/** The request's context, or undefined when the interceptor did not get to build it. */
export function findRequestContext(handlerInput: HandlerInput): RequestContext | undefined {
  return handlerInput.attributesManager.getRequestAttributes()[CONTEXT_KEY] as RequestContext | undefined;
}

export function requestContext(handlerInput: HandlerInput): RequestContext {
  const context = findRequestContext(handlerInput);
  if (!context) throw new Error('attachRequestContext must run before the handlers');
  return context;
}
