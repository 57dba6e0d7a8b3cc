/** A playlist as the skill needs it, whatever the provider. */
export interface Playlist {
  readonly id: string;
  readonly name: string;
  readonly ownerName?: string;
  /** Number of items; undefined when the provider did not say. */
  readonly trackCount?: number;
  /** A cover image for screens, when the provider has one. */
  readonly imageUrl?: string;
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
}

export interface PlaylistTrack {
  readonly title: string;
  /** Artists for a song, the show for an episode; empty when unknown. */
  readonly artists: string[];
  readonly kind: 'track' | 'episode' | 'local';
}

export interface PlaylistTracksPage {
  readonly tracks: PlaylistTrack[];
  readonly total: number;
}

/** What every music provider offers the handlers. Methods throw only `ProviderError`s. */
export interface PlaylistProvider {
  listPlaylists(offset: number, limit: number): Promise<PlaylistPage>;
  /** Every playlist in the library: the first page, then all others at once. */
  listAllPlaylists(): Promise<Playlist[]>;
  listTracks(playlistId: string, limit: number): Promise<PlaylistTracksPage>;
}
