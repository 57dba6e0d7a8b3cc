import { DEFAULT_YOUTUBE_API_URL, ProviderName, SkillConfig } from '../config';
import { ProviderBinding } from '../handlers/requestContext';
import { PlaylistCache } from './playlistCache';
import { spotifyBinding } from './spotify/spotifyBinding';
import { youtubeBinding } from './youtube/youtubeBinding';

export interface ProviderBindingOptions {
  /** Shared by every request the binding serves; one per Lambda container. */
  readonly cache?: PlaylistCache;
}

/** The configured provider's binding: `PROVIDER` picks it, its own `*_API_URL` points it. */
export function providerBindingFor(
  config: Pick<SkillConfig, 'provider' | 'spotifyApiUrl' | 'youtubeApiUrl'>,
  options: ProviderBindingOptions = {},
): ProviderBinding {
  const provider: ProviderName = config.provider ?? 'spotify';
  switch (provider) {
    case 'spotify':
      return spotifyBinding(config.spotifyApiUrl, options);
    case 'youtube':
      return youtubeBinding(config.youtubeApiUrl ?? DEFAULT_YOUTUBE_API_URL, options);
    default: {
      const unknown: never = provider;
      throw new Error(`No provider binding for ${String(unknown)}`);
    }
  }
}
