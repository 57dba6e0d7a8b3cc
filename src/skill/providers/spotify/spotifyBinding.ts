import { bindProvider, ProviderBinding, ProviderBindingOptions } from '../providerBinding';
import { SpotifyClient } from './SpotifyClient';
import { SpotifyPlayer } from './SpotifyPlayer';

export function spotifyBinding(apiUrl: string, options: ProviderBindingOptions = {}): ProviderBinding {
  return {
    ...bindProvider('Spotify', (clientOptions) => new SpotifyClient(clientOptions), apiUrl, options),
    // Never cached: what is playing changes by the second.
    createPlayer: ({ accessToken, deadline, limit }) => new SpotifyPlayer({ apiUrl, accessToken, deadline, limit }),
  };
}
