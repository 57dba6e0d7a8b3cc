/**
 * Scopes the provider's playlist calls need, by provider name. A preset may ask for more, never
 * less: without them linking still succeeds, and the skill then reads only part of a library.
 */
const REQUIRED_SCOPES: Readonly<Record<string, readonly string[]>> = {
  // GET /v1/me/playlists returns a person's private playlists only with this scope.
  spotify: ['playlist-read-private'],
  // playlists.list with mine=true and playlistItems.list need read access to the account; this is the narrowest scope.
  youtube: ['https://www.googleapis.com/auth/youtube.readonly'],
};

export function requiredScopesFor(provider: string): readonly string[] {
  return REQUIRED_SCOPES[provider] ?? [];
}
