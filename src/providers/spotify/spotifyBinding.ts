import { ProviderBinding } from '../../handlers/requestContext';
import { SpotifyClient } from './SpotifyClient';

export function spotifyBinding(apiUrl: string): ProviderBinding {
  return {
    providerName: 'Spotify',
    create: ({ accessToken, deadline }) => new SpotifyClient({ apiUrl, accessToken, deadline }),
  };
}
