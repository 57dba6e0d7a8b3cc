import { ConcurrencyLimit } from './concurrencyLimit';
import { Deadline } from './deadline';
import { cachedProvider } from './cachedProvider';
import { ClientOptions } from './httpTransport';
import { cacheScope, PlaylistCache } from './playlistCache';
import { MusicPlayer } from './player';
import { PlaylistProvider } from './types';

/** What a provider client needs from one Alexa request. */
export interface ProviderRequest {
  readonly accessToken: string;
  readonly userId: string;
  /** One per Alexa request: every provider call the request makes shares it. */
  readonly deadline: Deadline;
  /** One per Alexa request: the cap on its provider calls in flight. */
  readonly limit: ConcurrencyLimit;
}

/** How the skill reaches a music provider: PROVIDER picks one for the Lambda; tests and the demo point it elsewhere. */
export interface ProviderBinding {
  readonly providerName: string;
  /** The provider for one request, answering from the binding's cache where it can. */
  create(request: ProviderRequest): PlaylistProvider;
  /** The provider's player for one request; absent when the provider has no playback API (YouTube). */
  readonly createPlayer?: (request: ProviderRequest) => MusicPlayer;
}

export interface ProviderBindingOptions {
  /** Shared by every request the binding serves; the Lambda makes one binding per container. */
  readonly cache?: PlaylistCache;
}

/** Binds a provider's client, made for one request by `newClient`, to a cache shared by every request of the binding. */
export function bindProvider(
  providerName: string,
  newClient: (options: ClientOptions) => PlaylistProvider,
  apiUrl: string,
  options: ProviderBindingOptions = {},
): ProviderBinding {
  const cache = options.cache ?? new PlaylistCache();
  return {
    providerName,
    create: ({ accessToken, userId, deadline, limit }) =>
      cachedProvider(newClient({ apiUrl, accessToken, deadline, limit }), cache, cacheScope(userId, accessToken)),
  };
}
