import { bindProvider, ProviderBinding, ProviderBindingOptions } from '../providerBinding';

export function spotifyBinding(apiUrl: string, options: ProviderBindingOptions = {}): ProviderBinding {
  return bindProvider(
    'Spotify',
    async ({ accessToken, deadline }) => {
      const { SpotifyClient } = await import('./SpotifyClient');
      return new SpotifyClient({ apiUrl, accessToken, deadline });
    },
    options,
  );
}
