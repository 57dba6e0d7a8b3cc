import { ProviderBinding, ProviderRequest } from '../handlers/requestContext';
import { cachedProvider } from './cachedProvider';
import { lazyProvider } from './lazyProvider';
import { cacheScope, PlaylistCache } from './playlistCache';
import { PlaylistProvider } from './types';

export interface ProviderBindingOptions {
  /** Shared by every request the binding serves; the Lambda makes one binding per container. */
  readonly cache?: PlaylistCache;
}

/**
 * How every provider is bound: one cache per binding, and the client (with axios) loaded on
 * the first request that needs it, so a launch starts as fast as a skill without one.
 */
export function cachedLazyBinding(
  providerName: string,
  loadClient: (request: ProviderRequest) => Promise<PlaylistProvider>,
  options: ProviderBindingOptions = {},
): ProviderBinding {
  const cache = options.cache ?? new PlaylistCache();
  return {
    providerName,
    create: (request) => cachedProvider(lazyProvider(() => loadClient(request)), cache, cacheScope(request.userId, request.accessToken)),
  };
}
