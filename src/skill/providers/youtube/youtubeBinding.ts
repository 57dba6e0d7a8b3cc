import { bindProvider, ProviderBinding, ProviderBindingOptions } from '../providerBinding';
import { YouTubeClient } from './YouTubeClient';

/** The name the skill speaks: "Your link to YouTube has expired". */
export const YOUTUBE_PROVIDER_NAME = 'YouTube';

export function youtubeBinding(apiUrl: string, options: ProviderBindingOptions = {}): ProviderBinding {
  return bindProvider(YOUTUBE_PROVIDER_NAME, (clientOptions) => new YouTubeClient(clientOptions), apiUrl, options);
}
