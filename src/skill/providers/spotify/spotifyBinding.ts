import { bindProvider, ProviderBinding, ProviderBindingOptions } from '../providerBinding';

export function spotifyBinding(apiUrl: string, options: ProviderBindingOptions = {}): ProviderBinding {
  const binding = bindProvider(
    'Spotify',
    async ({ accessToken, deadline }) => {
      // Loaded on first use: in the bundle this is providers.js, which a launch never reads.
      const { SpotifyClient } = await import('../providerClients');
      return new SpotifyClient({ apiUrl, accessToken, deadline });
    },
    options,
  );
  return {
    ...binding,
    // Never cached: what is playing changes by the second. Loaded like the client, from providers.js.
    createPlayer: async ({ accessToken, deadline }) => {
      const { SpotifyPlayer } = await import('../providerClients');
      return new SpotifyPlayer({ apiUrl, accessToken, deadline });
    },
  };
}
