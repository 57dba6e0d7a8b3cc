import { ProviderBinding } from '../../handlers/requestContext';
import { cachedProvider } from '../cachedProvider';
import { lazyProvider } from '../lazyProvider';
import { cacheScope, PlaylistCache } from '../playlistCache';

/** The name the skill speaks: "Your link to YouTube has expired". */
export const YOUTUBE_PROVIDER_NAME = 'YouTube';

export interface YouTubeBindingOptions {
  /** Shared by every request this binding serves; the Lambda makes one binding per container. */
  readonly cache?: PlaylistCache;
}

/**
 * YouTube for the skill, built like Spotify's binding: one cache per binding, and the client
 * loaded on the first request that needs it.
 */
export function youtubeBinding(apiUrl: string, options: YouTubeBindingOptions = {}): ProviderBinding {
  const cache = options.cache ?? new PlaylistCache();
  return {
    providerName: YOUTUBE_PROVIDER_NAME,
    create: ({ accessToken, userId, deadline }) =>
      cachedProvider(
        lazyProvider(async () => {
          const { YouTubeClient } = await import('./YouTubeClient');
          return new YouTubeClient({ apiUrl, accessToken, deadline });
        }),
        cache,
        cacheScope(userId, accessToken),
      ),
  };
}
