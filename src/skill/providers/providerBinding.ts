import { cachedProvider } from './cachedProvider';
import { Deadline } from './deadline';
import { cacheScope, PlaylistCache } from './playlistCache';
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

/**
 * Binds a provider client to a per-binding cache. `loadClient` imports the client's module
 * itself, so a launch or help request, which never asks for a provider, never loads it (or axios).
 */
export function bindProvider(
  providerName: string,
  loadClient: (request: ProviderRequest) => Promise<PlaylistProvider>,
  options: ProviderBindingOptions = {},
): ProviderBinding {
  const cache = options.cache ?? new PlaylistCache();
  return {
    providerName,
    create: async (request) => cachedProvider(await loadClient(request), cache, cacheScope(request.userId, request.accessToken)),
  };
}
