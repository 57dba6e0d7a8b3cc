import { bindProvider, loadProviderClients, ProviderBinding, ProviderBindingOptions } from '../providerBinding';

export function spotifyBinding(apiUrl: string, options: ProviderBindingOptions = {}): ProviderBinding {
  const binding = bindProvider(
    'Spotify',
    ({ SpotifyClient }, { accessToken, deadline }) => new SpotifyClient({ apiUrl, accessToken, deadline }),
    options,
  );
  return {
    ...binding,
    // Never cached: what is playing changes by the second.
    createPlayer: async ({ accessToken, deadline }) => {
      const { SpotifyPlayer } = await loadProviderClients();
      return new SpotifyPlayer({ apiUrl, accessToken, deadline });
    },
  };
}
