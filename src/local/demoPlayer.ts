import { DemoReply, DemoRequest, DemoRouter, bearerToken, itemObject, jsonReply, spotifyError } from './demoProvider';
import { DEMO_USER, SampleLibrary, SamplePlaylist } from './sampleLibrary';

/*
 * Spotify Connect for the demo provider (2026 wire format of the Player API): the person's
 * devices, one of them an Echo that is idle at first, a Premium and a free account, the
 * playback scopes, and the playback state that GET /v1/me/player reports. It plugs into the
 * demo server as a router in front of the playlist routes, and the console reads its state.
 */

export interface DemoDevice {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  isActive: boolean;
  /** An Echo Spotify has not used lately: listed, yet its first command answers 404. */
  idle: boolean;
}

/** Who a token belongs to, and what it may do. `scope` undefined means every scope (the static demo token). */
export interface DemoGrant {
  readonly username: string;
  readonly scope?: string;
}

/** The free demo account: it reads playlists like anyone, and Spotify refuses to let it be controlled. */
export const DEMO_FREE_ACCOUNT = { username: 'demo-free', password: 'demo', displayName: 'Frankie Free' } as const;
export const READ_PLAYBACK_SCOPE = 'user-read-playback-state';
export const MODIFY_PLAYBACK_SCOPE = 'user-modify-playback-state';

export interface DemoPlayerOptions {
  readonly library: SampleLibrary;
  readonly acceptsToken: (token: string) => boolean;
  /** The grant behind a token; an accepted token without one is the Premium demo user with every scope. */
  readonly grantOf?: (token: string) => DemoGrant | undefined;
  /** Accounts with Premium; the demo user's by default. */
  readonly premiumUsers?: readonly string[];
}

interface Playing {
  deviceId: string;
  readonly playlistId: string;
  position: number;
  shuffle: boolean;
  /** False once paused; the context and position stay, for "resume". */
  isPlaying: boolean;
}

/** What the console shows: the devices and what plays on which. */
export interface DemoPlayerSnapshot {
  readonly devices: readonly { readonly name: string; readonly type: string; readonly isActive: boolean; readonly idle: boolean }[];
  readonly nowPlaying?: {
    readonly device: string;
    readonly playlist: string;
    readonly title?: string;
    readonly artists: readonly string[];
    readonly position: number;
    readonly shuffle: boolean;
    readonly isPlaying: boolean;
  };
}

export interface DemoPlayer {
  readonly router: DemoRouter;
  snapshot(): DemoPlayerSnapshot;
  /** Back to the start: nothing playing, the phone active, the Echo idle. */
  reset(): void;
}

/** Device IDs as Spotify shapes them: 40 hex characters. */
export const DEMO_DEVICE_IDS = {
  kitchenEcho: 'b4b7c1d0e3f2a5968778695a4b3c2d1e0f9a8b7c',
  phone: '3f1e2d4c5b6a79880796a5b4c3d2e1f0a9b8c7d6',
  livingRoom: '9a8b7c6d5e4f30211203f4e5d6c7b8a9f0e1d2c3',
} as const;

function startingDevices(): DemoDevice[] {
  return [
    { id: DEMO_DEVICE_IDS.kitchenEcho, name: 'Kitchen Echo', type: 'Speaker', isActive: false, idle: true },
    { id: DEMO_DEVICE_IDS.phone, name: `${DEMO_USER.displayName.split(' ')[0]}'s iPhone`, type: 'Smartphone', isActive: true, idle: false },
    { id: DEMO_DEVICE_IDS.livingRoom, name: 'Living Room Speaker', type: 'Speaker', isActive: false, idle: false },
  ];
}

const PLAYLIST_URI = /^spotify:playlist:([0-9A-Za-z]{22})$/;

function deviceObject(device: DemoDevice) {
  return {
    id: device.id,
    is_active: device.isActive,
    is_private_session: false,
    is_restricted: false,
    name: device.name,
    supports_volume: true,
    type: device.type,
    volume_percent: 55,
  };
}

const playerError = (status: number, message: string, reason: string) => jsonReply(status, { error: { status, message, reason } });
const premiumRequired = () => playerError(403, 'Player command failed: Premium required', 'PREMIUM_REQUIRED');
const noActiveDevice = () => playerError(404, 'Player command failed: No active device found', 'NO_ACTIVE_DEVICE');
/** What Spotify answers a command the player cannot carry out now: pausing what is paused, resuming what plays. */
const restrictionViolated = () => playerError(403, 'Player command failed: Restriction violated', 'UNKNOWN');
const COMMANDS = ['PUT /v1/me/player/play', 'PUT /v1/me/player/shuffle', 'PUT /v1/me/player/pause', 'POST /v1/me/player/next'];

function parseBody(text: string): Record<string, unknown> | undefined {
  if (text.trim() === '') return {};
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function createDemoPlayer(options: DemoPlayerOptions): DemoPlayer {
  const premiumUsers = options.premiumUsers ?? [DEMO_USER.id];
  let devices = startingDevices();
  let playing: Playing | undefined;

  const playlistById = (id: string): SamplePlaylist | undefined => options.library.playlists.find((playlist) => playlist.id === id);

  /** The device a command targets: the named one, else the active one. */
  function target(deviceId: string | null): DemoDevice | DemoReply {
    const device =
      deviceId === null ? devices.find((candidate) => candidate.isActive) : devices.find((candidate) => candidate.id === deviceId);
    if (!device) return deviceId === null ? noActiveDevice() : playerError(404, 'Device not found', 'NO_ACTIVE_DEVICE');
    if (device.idle) {
      // Spotify wakes it on the way; the next command finds it.
      device.idle = false;
      return noActiveDevice();
    }
    return device;
  }

  function activate(device: DemoDevice): void {
    for (const candidate of devices) candidate.isActive = candidate === device;
  }

  function play(request: DemoRequest): DemoReply {
    const body = parseBody(request.body);
    if (!body) return spotifyError(400, 'Malformed json');
    if (Object.keys(body).length === 0) return resume(request);
    const contextUri = typeof body.context_uri === 'string' ? body.context_uri : '';
    const playlist = playlistById(PLAYLIST_URI.exec(contextUri)?.[1] ?? '');
    if (!playlist) return spotifyError(contextUri ? 404 : 400, contextUri ? 'Context not found' : 'Missing context_uri');
    const offset = body.offset as { position?: unknown } | undefined;
    const position = offset?.position ?? 0;
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= playlist.items.length) {
      return spotifyError(400, 'Invalid offset position');
    }
    const device = target(request.url.searchParams.get('device_id'));
    if (!('id' in device)) return device;
    activate(device);
    playing = { deviceId: device.id, playlistId: playlist.id, position, shuffle: playing?.shuffle ?? false, isPlaying: true };
    return { status: 204 };
  }

  /** The device that plays, for a command that needs something playing: the named one must be it. */
  function playingOn(request: DemoRequest): { playing: Playing; device: DemoDevice } | DemoReply {
    const device = target(request.url.searchParams.get('device_id'));
    if (!('id' in device)) return device;
    if (!playing || playing.deviceId !== device.id) return noActiveDevice();
    return { playing, device };
  }

  /** `PUT /me/player/play` with no body: the paused context goes on where it stopped. */
  function resume(request: DemoRequest): DemoReply {
    const found = playingOn(request);
    if (!('playing' in found)) return found;
    if (found.playing.isPlaying) return restrictionViolated();
    found.playing.isPlaying = true;
    return { status: 204 };
  }

  function pause(request: DemoRequest): DemoReply {
    const found = playingOn(request);
    if (!('playing' in found)) return found;
    if (!found.playing.isPlaying) return restrictionViolated();
    found.playing.isPlaying = false;
    return { status: 204 };
  }

  /** Skipping starts playback; past the last song the playlist is back at its start, paused, as with repeat off. */
  function next(request: DemoRequest): DemoReply {
    const found = playingOn(request);
    if (!('playing' in found)) return found;
    const playlist = playlistById(found.playing.playlistId);
    const atEnd = !playlist || found.playing.position + 1 >= playlist.items.length;
    found.playing.position = atEnd ? 0 : found.playing.position + 1;
    found.playing.isPlaying = !atEnd;
    return { status: 204 };
  }

  function shuffle(request: DemoRequest): DemoReply {
    const state = request.url.searchParams.get('state');
    if (state !== 'true' && state !== 'false') return spotifyError(400, 'Invalid state');
    const device = target(request.url.searchParams.get('device_id'));
    if (!('id' in device)) return device;
    if (!playing || playing.deviceId !== device.id)
      return playerError(404, 'Player command failed: No active device found', 'NO_ACTIVE_DEVICE');
    playing.shuffle = state === 'true';
    return { status: 204 };
  }

  function state(apiUrl: string): DemoReply {
    const device = devices.find((candidate) => candidate.id === playing?.deviceId);
    const playlist = playing && playlistById(playing.playlistId);
    if (!playing || !device || !playlist) return { status: 204 };
    const item = playlist.items[playing.position] ?? null;
    return jsonReply(200, {
      device: deviceObject(device),
      repeat_state: 'off',
      shuffle_state: playing.shuffle,
      context: {
        type: 'playlist',
        href: `${apiUrl}/playlists/${playlist.id}`,
        external_urls: { spotify: `https://open.spotify.com/playlist/${playlist.id}` },
        uri: `spotify:playlist:${playlist.id}`,
      },
      timestamp: Date.now(),
      progress_ms: 1000,
      is_playing: playing.isPlaying,
      item: itemObject(apiUrl, item),
      currently_playing_type: item === null ? 'unknown' : item.type,
      actions: { disallows: playing.isPlaying ? { resuming: true } : { pausing: true } },
    });
  }

  const router: DemoRouter = (request) => {
    const { pathname } = request.url;
    if (pathname !== '/v1/me/player' && !pathname.startsWith('/v1/me/player/')) return undefined;
    const token = bearerToken(request.headers);
    if (token === undefined || !options.acceptsToken(token)) {
      return spotifyError(401, 'Invalid access token', { 'www-authenticate': 'Bearer realm="spotify", error="invalid_token"' });
    }
    const grant = options.grantOf?.(token) ?? { username: DEMO_USER.id };
    const scopes = grant.scope === undefined ? undefined : grant.scope.split(/\s+/);
    const needs = request.method === 'GET' ? READ_PLAYBACK_SCOPE : MODIFY_PLAYBACK_SCOPE;
    if (scopes && !scopes.includes(needs)) return spotifyError(403, 'Insufficient client scope');
    const apiUrl = `${request.url.origin}/v1`;
    const route = `${request.method} ${pathname}`;
    if (route === 'GET /v1/me/player/devices') return jsonReply(200, { devices: devices.map(deviceObject) });
    if (route === 'GET /v1/me/player') return state(apiUrl);
    if (!COMMANDS.includes(route)) return spotifyError(405, 'Method not allowed');
    if (!premiumUsers.includes(grant.username)) return premiumRequired();
    if (pathname.endsWith('/play')) return play(request);
    if (pathname.endsWith('/pause')) return pause(request);
    if (pathname.endsWith('/next')) return next(request);
    return shuffle(request);
  };

  return {
    router,
    snapshot() {
      const device = devices.find((candidate) => candidate.id === playing?.deviceId);
      const playlist = playing && playlistById(playing.playlistId);
      const item = playing && playlist ? (playlist.items[playing.position] ?? null) : null;
      return {
        devices: devices.map(({ name, type, isActive, idle }) => ({ name, type, isActive, idle })),
        nowPlaying:
          playing && device && playlist
            ? {
                device: device.name,
                playlist: playlist.name,
                title: item?.name,
                artists: item === null ? [] : item.type === 'episode' ? [item.show] : [...item.artists],
                position: playing.position + 1,
                shuffle: playing.shuffle,
                isPlaying: playing.isPlaying,
              }
            : undefined,
      };
    },
    reset() {
      devices = startingDevices();
      playing = undefined;
    },
  };
}
