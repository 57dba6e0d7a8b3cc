/*
 * Spotify Player API bodies in their 2026 wire format, for nock: the devices list, the
 * playback state, and the player's error bodies (with `reason` where Spotify sends one).
 */

export interface FixtureDevice {
  id: string | null;
  name: string;
  type?: string;
  isActive?: boolean;
  isRestricted?: boolean;
}

export function deviceObject(device: FixtureDevice) {
  return {
    id: device.id,
    is_active: device.isActive ?? false,
    is_private_session: false,
    is_restricted: device.isRestricted ?? false,
    name: device.name,
    supports_volume: true,
    type: device.type ?? 'Smartphone',
    volume_percent: 60,
  };
}

export function devicesBody(devices: FixtureDevice[]) {
  return { devices: devices.map(deviceObject) };
}

export function trackObject(name: string, artists: string[]) {
  return {
    album: { name: `${name} (album)`, album_type: 'album', images: [] },
    artists: artists.map((artist) => ({ name: artist, type: 'artist', id: 'a1', uri: 'spotify:artist:a1' })),
    duration_ms: 215000,
    explicit: false,
    id: '4uLU6hMCjMI75M1A2tKUQC',
    is_local: false,
    name,
    type: 'track',
    uri: 'spotify:track:4uLU6hMCjMI75M1A2tKUQC',
  };
}

export function playbackStateBody(options: {
  device: FixtureDevice;
  track?: { name: string; artists: string[] };
  playlistId?: string;
  isPlaying?: boolean;
  shuffle?: boolean;
}) {
  const { playlistId } = options;
  return {
    device: deviceObject({ isActive: true, ...options.device }),
    repeat_state: 'off',
    shuffle_state: options.shuffle ?? false,
    context: playlistId
      ? {
          type: 'playlist',
          href: `https://api.spotify.com/v1/playlists/${playlistId}`,
          external_urls: { spotify: `https://open.spotify.com/playlist/${playlistId}` },
          uri: `spotify:playlist:${playlistId}`,
        }
      : null,
    timestamp: 1764072000000,
    progress_ms: 42000,
    is_playing: options.isPlaying ?? true,
    item: options.track ? trackObject(options.track.name, options.track.artists) : null,
    currently_playing_type: options.track ? 'track' : 'unknown',
    // What Spotify sends: a playing player disallows resuming, a paused one pausing.
    actions: { disallows: (options.isPlaying ?? true) ? { resuming: true } : { pausing: true } },
  };
}

export const playerError = (status: number, message: string, reason?: string) => ({
  error: { status, message, ...(reason ? { reason } : {}) },
});

export const PREMIUM_REQUIRED = playerError(403, 'Player command failed: Premium required', 'PREMIUM_REQUIRED');
export const NO_ACTIVE_DEVICE = playerError(404, 'Player command failed: No active device found', 'NO_ACTIVE_DEVICE');
export const INSUFFICIENT_SCOPE = playerError(403, 'Insufficient client scope');
