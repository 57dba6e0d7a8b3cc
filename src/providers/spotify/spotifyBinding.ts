import { ProviderBinding } from '../../handlers/requestContext';
import { cachedProvider } from '../cachedProvider';
import { lazyProvider } from '../lazyProvider';
import { cacheScope, PlaylistCache } from '../playlistCache';

export interface SpotifyBindingOptions {
  /** Shared by every request this binding serves; the Lambda makes one binding per container. */
  readonly cache?: PlaylistCache;
}

/**
 * Spotify for the skill: one cache per binding, and the client loaded on the first request
 * that needs it, so a launch starts as fast as a skill without it.
 */
export function spotifyBinding(apiUrl: string, options: SpotifyBindingOptions = {}): ProviderBinding {
  const cache = options.cache ?? new PlaylistCache();
  return {
    providerName: 'Spotify',
    create: ({ accessToken, userId, deadline }) =>
      cachedProvider(
        lazyProvider(async () => {
          const { SpotifyClient } = await import('./SpotifyClient');
          return new SpotifyClient({ apiUrl, accessToken, deadline });
        }),
        cache,
        cacheScope(userId, accessToken),
      ),
  };
}
