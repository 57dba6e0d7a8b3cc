import { bindProvider, ProviderBinding, ProviderBindingOptions } from '../providerBinding';

/** The name the skill speaks: "Your link to YouTube has expired". */
export const YOUTUBE_PROVIDER_NAME = 'YouTube';

export function youtubeBinding(apiUrl: string, options: ProviderBindingOptions = {}): ProviderBinding {
  return bindProvider(
    YOUTUBE_PROVIDER_NAME,
    async ({ accessToken, deadline }) => {
      const { YouTubeClient } = await import('./YouTubeClient');
      return new YouTubeClient({ apiUrl, accessToken, deadline });
    },
    options,
  );
}
