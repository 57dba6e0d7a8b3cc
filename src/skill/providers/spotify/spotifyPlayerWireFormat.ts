import { NoActiveDeviceError, PremiumRequiredError, ProviderError, ScopeMissingError } from '../errors';
import { isRecord } from '../../isRecord';
import { requireArray, requireObject } from '../jsonShape';
import { Device, PlaybackState, PlayerControl, PlayingItem } from '../player';

/*
 * Spotify's Player API bodies (2026 shape) as domain types, and its refusals as typed errors.
 * Devices: `{"devices":[{"id","is_active","is_private_session","is_restricted","name","type",
 * "volume_percent","supports_volume"}]}`. Playback state: `{"device","shuffle_state","context",
 * "is_playing","item","currently_playing_type",...}`, or 204 with no body when nothing plays.
 */

const SPOTIFY_PLAYLIST_URI = /^spotify:playlist:([0-9A-Za-z]{22})$/;
/** A device name is the person's own text; one this long is not a name anyone says. */
const MAX_DEVICE_NAME_LENGTH = 200;

/** The `context_uri` that plays a playlist. */
export function playlistContextUri(playlistId: string): string {
  return `spotify:playlist:${playlistId}`;
}

function toDevice(raw: unknown): Device | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, name, type } = raw;
  // Without an ID no command can reach it; a restricted device refuses every Web API command.
  if (typeof id !== 'string' || id === '' || raw.is_restricted === true) return undefined;
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_DEVICE_NAME_LENGTH) return undefined;
  return { id, name, type: typeof type === 'string' ? type : 'Unknown', isActive: raw.is_active === true };
}

export function parseDevices(body: unknown): Device[] {
  const page = requireObject(body, 'devices');
  return requireArray(page.devices, 'devices list')
    .map(toDevice)
    .filter((device): device is Device => device !== undefined);
}

function namesOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => (isRecord(entry) && typeof entry.name === 'string' && entry.name ? [entry.name] : []));
}

function toItem(raw: unknown): PlayingItem | undefined {
  if (!isRecord(raw) || typeof raw.name !== 'string') return undefined;
  if (raw.type === 'episode') {
    const show = isRecord(raw.show) && typeof raw.show.name === 'string' ? [raw.show.name] : [];
    return { title: raw.name, artists: show, kind: 'episode' };
  }
  return { title: raw.name, artists: namesOf(raw.artists), kind: raw.is_local === true ? 'local' : 'track' };
}

/** Spotify's names, in `actions.disallows`, for the actions behind the skill's controls. */
const DISALLOW_KEYS: Record<PlayerControl, string> = { pause: 'pausing', resume: 'resuming', next: 'skipping_next' };

function disallowedControls(actions: unknown): PlayerControl[] {
  const disallows = isRecord(actions) && isRecord(actions.disallows) ? actions.disallows : {};
  return (Object.keys(DISALLOW_KEYS) as PlayerControl[]).filter((control) => disallows[DISALLOW_KEYS[control]] === true);
}

/** The body of `GET /me/player`; undefined (a 204) means nothing is playing anywhere. */
export function parsePlaybackState(body: unknown): PlaybackState | undefined {
  if (body === undefined) return undefined;
  const state = requireObject(body, 'playback state');
  // The playing device may be restricted (a car, a TV); it is still where the music is.
  const device = isRecord(state.device) ? toDevice({ ...state.device, is_restricted: false }) : undefined;
  const contextUri = isRecord(state.context) && typeof state.context.uri === 'string' ? state.context.uri : undefined;
  return {
    isPlaying: state.is_playing === true,
    device,
    deviceRestricted: isRecord(state.device) && state.device.is_restricted === true,
    // A paused player disallows pausing, a playing one resuming: whether it plays is read from is_playing.
    disallowed: disallowedControls(state.actions),
    item: toItem(state.item),
    playlistId: contextUri ? SPOTIFY_PLAYLIST_URI.exec(contextUri)?.[1] : undefined,
    shuffle: state.shuffle_state === true,
  };
}

/**
 * Spotify's player refusals, each its own error: `{"error":{"status":403,"message":"Player
 * command failed: Premium required","reason":"PREMIUM_REQUIRED"}}`, a 404 with
 * `NO_ACTIVE_DEVICE` (or a device that is not awake), and a 403 "Insufficient client scope" for
 * a token granted before the playback scopes were asked for. Anything else is left to the
 * transport's generic mapping.
 */
export function spotifyPlayerRefusal(status: number, body: unknown): ProviderError | undefined {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const reason = typeof error.reason === 'string' ? error.reason : undefined;
  const message = typeof error.message === 'string' ? error.message : '';
  if (status === 403 && reason === 'PREMIUM_REQUIRED') return new PremiumRequiredError();
  if (status === 403 && /insufficient client scope/i.test(message)) return new ScopeMissingError();
  if (status === 404) return new NoActiveDeviceError();
  return undefined;
}
