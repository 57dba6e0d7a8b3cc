import { ProviderBinding } from '../../handlers/requestContext';
import { cachedLazyBinding, ProviderBindingOptions } from '../cachedLazyBinding';

export function spotifyBinding(apiUrl: string, options: ProviderBindingOptions = {}): ProviderBinding {
  return cachedLazyBinding(
    'Spotify',
    async ({ accessToken, deadline }) => {
      const { SpotifyClient } = await import('./SpotifyClient');
      return new SpotifyClient({ apiUrl, accessToken, deadline });
    },
    options,
  );
}
