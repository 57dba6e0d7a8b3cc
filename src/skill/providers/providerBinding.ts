import { Deadline } from './deadline';
import type { PlaylistCache } from './playlistCache';
import { MusicPlayer } from './player';
import { PlaylistProvider } from './types';

/** What a provider client needs from one Alexa request. */
export interface ProviderRequest {
  readonly accessToken: string;
  readonly userId: string;
  /** One per Alexa request: every provider call the request makes shares it, and its cap on calls in flight. */
  readonly deadline: Deadline;
}

/** How the skill reaches a music provider: PROVIDER picks one for the Lambda; tests and the demo point it elsewhere. */
export interface ProviderBinding {
  readonly providerName: string;
  /** The provider for one request, answering from the binding's cache where it can. */
  create(request: ProviderRequest): Promise<PlaylistProvider>;
  /** The provider's player for one request; absent when the provider has no playback API (YouTube). */
  readonly createPlayer?: (request: ProviderRequest) => Promise<MusicPlayer>;
}

export interface ProviderBindingOptions {
  /** Shared by every request the binding serves; the Lambda makes one binding per container. */
  readonly cache?: PlaylistCache;
}

/** The clients, their cache and what reaches them; in the bundle, providers.js. */
export type ProviderClients = typeof import('./providerClients');

/** Loaded on first use: in the bundle this is providers.js, which a launch or help request never reads. */
export const loadProviderClients = (): Promise<ProviderClients> => import('./providerClients');

/**
 * Binds a provider client to a per-binding cache: `newClient` makes the client for one
 * request from the loaded clients. The cache is made with the first client, because its code
 * is in providers.js too.
 */
export function bindProvider(
  providerName: string,
  newClient: (clients: ProviderClients, request: ProviderRequest) => PlaylistProvider,
  options: ProviderBindingOptions = {},
): ProviderBinding {
  let cache = options.cache;
  return {
    providerName,
    create: async (request) => {
      const clients = await loadProviderClients();
      cache ??= new clients.PlaylistCache();
      return clients.cachedProvider(newClient(clients, request), cache, clients.cacheScope(request.userId, request.accessToken));
    },
  };
}
