import { PlaylistTrack } from './types';

/*
 * Playback on the person's own devices (Spotify Connect), in the skill's terms. Only Spotify
 * has a player; a provider without one has no `MusicPlayer` at all.
 */

/** A device the skill can start music on. */
export interface Device {
  readonly id: string;
  /** The name the person gave it in Spotify, e.g. "Kitchen Echo", "Alice's iPhone". */
  readonly name: string;
  /** The provider's kind of device, e.g. "Smartphone", "Speaker", "Computer". */
  readonly type: string;
  /** The device that played most recently; commands without a device go to it. */
  readonly isActive: boolean;
}

/** What a player plays: a song or an episode, with no place in any playlist. */
export type PlayingItem = Omit<PlaylistTrack, 'position'>;

/** The remote-control commands the skill sends to the device that plays. */
export type PlayerControl = 'pause' | 'resume' | 'next';

/** What the person's player is doing now. */
export interface PlaybackState {
  readonly isPlaying: boolean;
  readonly device?: Device;
  /** The playing device takes no Web API commands (a car, some TVs); it is still where the music is. */
  readonly deviceRestricted: boolean;
  /** Controls the provider says the player refuses right now, e.g. skipping during an ad. */
  readonly disallowed: readonly PlayerControl[];
  /** The song or episode; absent for an ad, or an item the provider does not describe. */
  readonly item?: PlayingItem;
  /** The playlist being played, when the player plays one. */
  readonly playlistId?: string;
  readonly shuffle: boolean;
}

export interface PlayPlaylistCommand {
  readonly playlistId: string;
  readonly device: Device;
  /** Zero-based index of the song to start at; the start of the playlist when left out. */
  readonly startAt?: number;
  readonly shuffle?: boolean;
}

/** What a provider's player offers the handlers. Methods throw only `ProviderError`s. */
export interface MusicPlayer {
  /** Devices that accept commands now; restricted ones and ones without an ID are left out. */
  listDevices(): Promise<Device[]>;
  /** Starts a playlist on a device (and turns shuffle on when asked). Resolves once the provider accepted it. */
  playPlaylist(command: PlayPlaylistCommand): Promise<void>;
  /** Undefined when nothing is playing and no device is active. */
  playbackState(): Promise<PlaybackState | undefined>;
  /** Pauses, resumes or skips to the next song on that device. Resolves once the provider accepted it. */
  control(control: PlayerControl, device: Device): Promise<void>;
}
