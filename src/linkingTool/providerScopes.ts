import type { PlaybackMode } from '../skill/config';

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

/**
 * Scopes the play intents need, by provider: GET /v1/me/player and /v1/me/player/devices read
 * playback state; PUT /v1/me/player/play and /shuffle modify it. A token without them gets
 * 403 "Insufficient client scope". YouTube has no playback API.
 */
export const PLAYBACK_SCOPES: Readonly<Record<string, readonly string[]>> = {
  spotify: ['user-read-playback-state', 'user-modify-playback-state'],
};

/** What the skill's calls need with this PLAYBACK setting (on unless given). */
export function requiredScopesFor(provider: string, playback: PlaybackMode = 'on'): readonly string[] {
  const forPlayback = playback === 'on' ? (PLAYBACK_SCOPES[provider] ?? []) : [];
  return [...(REQUIRED_SCOPES[provider] ?? []), ...forPlayback];
}

/** Why a required scope is required, for the message that names it. */
export function scopePurpose(scope: string): string {
  return Object.values(PLAYBACK_SCOPES).some((scopes) => scopes.includes(scope))
    ? 'playing music needs it (PLAYBACK=on; PLAYBACK=off stops requiring it)'
    : "the provider's playlist calls need it";
}
