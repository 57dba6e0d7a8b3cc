import { bindProvider, ProviderBinding, ProviderBindingOptions } from '../providerBinding';

/** The name the skill speaks: "Your link to YouTube has expired". */
export const YOUTUBE_PROVIDER_NAME = 'YouTube';

export function youtubeBinding(apiUrl: string, options: ProviderBindingOptions = {}): ProviderBinding {
  return bindProvider(
    YOUTUBE_PROVIDER_NAME,
    ({ YouTubeClient }, { accessToken, deadline }) => new YouTubeClient({ apiUrl, accessToken, deadline }),
    options,
  );
}
