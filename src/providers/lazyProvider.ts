import { PlaylistProvider } from './types';

/**
 * A provider whose code loads on its first call. A launch or help request never calls the
 * provider, so it never pays for loading the HTTP client (axios): the bundle keeps that
 * code in the same file, but esbuild defers evaluating it until this import runs.
 */
export function lazyProvider(load: () => Promise<PlaylistProvider>): PlaylistProvider {
  let loaded: Promise<PlaylistProvider> | undefined;
  const provider = () => (loaded ??= load());
  return {
    listPlaylists: async (offset, limit) => (await provider()).listPlaylists(offset, limit),
    listAllPlaylists: async () => (await provider()).listAllPlaylists(),
    listTracks: async (playlistId, limit) => (await provider()).listTracks(playlistId, limit),
  };
}
