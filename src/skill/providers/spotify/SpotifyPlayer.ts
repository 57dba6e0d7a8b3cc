import { NoActiveDeviceError } from '../errors';
import { ClientOptions, HttpTransport } from '../httpTransport';
import { Device, MusicPlayer, PlaybackState, PlayerControl, PlayPlaylistCommand } from '../player';
import { spotifyErrorReason } from './spotifyWireFormat';
import { parseDevices, parsePlaybackState, playlistContextUri, spotifyPlayerRefusal } from './spotifyPlayerWireFormat';

/** The endpoint behind each control. Resuming is `play` with no body: the context and position stay as they were. */
const CONTROL_ENDPOINTS = {
  pause: { method: 'PUT', path: '/me/player/pause' },
  resume: { method: 'PUT', path: '/me/player/play' },
  next: { method: 'POST', path: '/me/player/next' },
} as const;

/** How long an idle Echo gets to wake up before the one retry. */
export const IDLE_DEVICE_PAUSE_MS = 1000;
/** The retry is only started when it has at least this long to finish after the pause. */
const RETRY_RESERVE_MS = 750;

/**
 * Spotify Connect through the Web API's Player endpoints (Premium only; scopes
 * `user-read-playback-state` and `user-modify-playback-state`). Throws only `ProviderError`s.
 */
export class SpotifyPlayer implements MusicPlayer {
  private readonly transport: HttpTransport;

  constructor(private readonly options: ClientOptions) {
    this.transport = new HttpTransport({
      ...options,
      reasonFromErrorBody: spotifyErrorReason,
      refusalFromError: spotifyPlayerRefusal,
    });
  }

  async listDevices(): Promise<Device[]> {
    return parseDevices(await this.transport.getJson('player', '/me/player/devices'));
  }

  async playPlaylist(command: PlayPlaylistCommand): Promise<void> {
    const { device } = command;
    const body = {
      context_uri: playlistContextUri(command.playlistId),
      ...(command.startAt ? { offset: { position: command.startAt } } : {}),
    };
    await this.commandWakingIdleDevice(device, () =>
      this.transport.call({ method: 'PUT', resource: 'player', path: '/me/player/play', params: { device_id: device.id }, body }),
    );
    // After play, so that the device is awake; the first song is the one asked for, the rest shuffled.
    if (command.shuffle) {
      await this.transport.call({
        method: 'PUT',
        resource: 'player',
        path: '/me/player/shuffle',
        params: { state: 'true', device_id: device.id },
      });
    }
  }

  async playbackState(): Promise<PlaybackState | undefined> {
    // Without additional_types, an episode comes back as a null item.
    return parsePlaybackState(await this.transport.getJson('player', '/me/player', { additional_types: 'track,episode' }));
  }

  async control(control: PlayerControl, device: Device): Promise<void> {
    const { method, path } = CONTROL_ENDPOINTS[control];
    // Sent once: after a lost answer or a 5xx the command may have been carried out, and a second "next" would skip two songs.
    await this.transport.call({ method, resource: 'player', path, params: { device_id: device.id }, once: true });
  }

  /**
   * An Echo that has not played Spotify for a while is listed, yet answers the first command
   * with a 404. One retry after a short pause, while the request has time, usually reaches it.
   */
  private async commandWakingIdleDevice(device: Device, command: () => Promise<unknown>): Promise<void> {
    try {
      await command();
      return;
    } catch (error) {
      if (!(error instanceof NoActiveDeviceError) || !this.options.deadline.allows(IDLE_DEVICE_PAUSE_MS, RETRY_RESERVE_MS)) {
        throw error instanceof NoActiveDeviceError ? new NoActiveDeviceError(device.name) : error;
      }
    }
    await this.options.deadline.wait(IDLE_DEVICE_PAUSE_MS);
    try {
      await command();
    } catch (error) {
      throw error instanceof NoActiveDeviceError ? new NoActiveDeviceError(device.name) : error;
    }
  }
}
