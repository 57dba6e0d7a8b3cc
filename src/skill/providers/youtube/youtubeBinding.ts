import { bindProvider, ProviderBinding, ProviderBindingOptions } from '../providerBinding';

/** The name the skill speaks: "Your link to YouTube has expired". */
export const YOUTUBE_PROVIDER_NAME = 'YouTube';

export function youtubeBinding(apiUrl: string, options: ProviderBindingOptions = {}): ProviderBinding {
  return bindProvider(
    YOUTUBE_PROVIDER_NAME,
    async ({ accessToken, deadline }) => {
      // Loaded on first use: in the bundle this is providers.js, which a launch never reads.
      const { YouTubeClient } = await import('../providerClients');
      return new YouTubeClient({ apiUrl, accessToken, deadline });
    },
    options,
  );
}
