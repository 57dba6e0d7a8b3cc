import { SkillConfig } from '../config';
import { ProviderBinding, ProviderBindingOptions } from './providerBinding';
import { spotifyBinding } from './spotify/spotifyBinding';
import { youtubeBinding } from './youtube/youtubeBinding';

/** The configured provider's binding: `PROVIDER` picks it, its own `*_API_URL` points it. */
export function providerBindingFor(
  config: Pick<SkillConfig, 'provider' | 'spotifyApiUrl' | 'youtubeApiUrl'>,
  options: ProviderBindingOptions = {},
): ProviderBinding {
  return config.provider === 'youtube' ? youtubeBinding(config.youtubeApiUrl, options) : spotifyBinding(config.spotifyApiUrl, options);
}
