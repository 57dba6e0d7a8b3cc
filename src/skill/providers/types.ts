/** A playlist as the skill needs it, whatever the provider. */
export interface Playlist {
  readonly id: string;
  readonly name: string;
  readonly ownerName?: string;
  /** Number of items; undefined when the provider did not say. */
  readonly trackCount?: number;
  /** A cover image for screens, when the provider has one. */
  readonly imageUrl?: string;
  /** The provider's version of the playlist (Spotify's `snapshot_id`); it changes whenever the items do. */
  readonly snapshotId?: string;
}

export interface PlaylistPage {
  readonly playlists: Playlist[];
  /** Total playlists in the library, across all pages. */
  readonly total: number;
  /**
   * Where the following page starts. Not always `offset + playlists.length`: a provider may
   * send entries it cannot show (Spotify's `null`s), which take a place but are dropped.
   */
  readonly nextOffset: number;
  /**
   * Each playlist's place in the library, when the page skipped entries it could not show;
   * without it, the playlists sit one after another from the page's offset.
   */
  readonly positions?: readonly number[];
}

export interface PlaylistTrack {
  readonly title: string;
  /** Artists for a song, the show for an episode; empty when unknown. */
  readonly artists: string[];
  readonly kind: 'track' | 'episode' | 'local';
  /** The entry's place in the playlist, counted by the provider, unreadable entries included. */
  readonly position: number;
  /** Playing time; undefined when the provider does not say (YouTube's playlist items never do). */
  readonly durationMs?: number;
  /** When it was added to the playlist (ISO 8601), when the provider says. */
  readonly addedAt?: string;
}

export interface PlaylistTracksPage {
  readonly tracks: PlaylistTrack[];
  readonly total: number;
  /** Where the following page starts; like `PlaylistPage.nextOffset`, unreadable entries take a place. */
  readonly nextOffset: number;
}

/** Every readable entry of one playlist, read page after page. */
export interface PlaylistTrackList {
  readonly tracks: PlaylistTrack[];
  readonly total: number;
  /** False when the playlist is longer than a provider reads in one request; `tracks` then holds the start. */
  readonly complete: boolean;
}

/** What every music provider offers the handlers. Methods throw only `ProviderError`s. */
export interface PlaylistProvider {
  listPlaylists(offset: number, limit: number): Promise<PlaylistPage>;
  /** Every playlist in the library: the first page, then all others at once. */
  listAllPlaylists(): Promise<Playlist[]>;
  /** Up to `limit` entries from the provider's `offset` on. */
  listTracks(playlistId: string, offset: number, limit: number): Promise<PlaylistTracksPage>;
  /** Every entry of a playlist, for sums and searches; pages as the provider requires. */
  listAllTracks(playlistId: string): Promise<PlaylistTrackList>;
  /** The whole library as this container already holds it, without asking the provider; undefined when it holds none. */
  cachedLibrary?(): Playlist[] | undefined;
}
