import nock from 'nock';
import { FixturePlaylist, itemsPage, playlistPage, spotifyError } from './spotifyWire';
import { LINKED_TOKEN, SPOTIFY_TEST_API } from './dialog';

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };

/**
 * A Spotify that knows one user's library and checks the bearer token like the real one.
 * Playlists in `forbidden` answer 403 for their items, as development-mode apps get for
 * playlists the user neither owns nor collaborates on.
 */
export function nockSpotifyLibrary(playlists: FixturePlaylist[], itemsById: Record<string, unknown[]> = {}, forbidden: string[] = []) {
  const scope = nock(SPOTIFY_TEST_API, { reqheaders: { authorization: `Bearer ${LINKED_TOKEN}` } })
    .persist()
    .get('/me/playlists')
    .query(true)
    .reply((uri) => {
      const query = new URL(uri, 'http://x').searchParams;
      const limit = Number(query.get('limit') ?? 20);
      const offset = Number(query.get('offset') ?? 0);
      if (limit < 1 || limit > 50) return [400, spotifyError(400, 'Invalid limit'), JSON_HEADERS];
      return [200, playlistPage(playlists, offset, limit), JSON_HEADERS];
    })
    .get(/\/playlists\/[^/]+\/items/)
    .query(true)
    .reply((uri) => {
      const id = decodeURIComponent(uri.split('/playlists/')[1].split('/')[0]);
      if (forbidden.includes(id)) return [403, spotifyError(403, 'Forbidden'), JSON_HEADERS];
      const items = itemsById[id];
      if (!items) return [404, spotifyError(404, 'Resource not found'), JSON_HEADERS];
      const query = new URL(uri, 'http://x').searchParams;
      const limit = Number(query.get('limit') ?? 100);
      const offset = Number(query.get('offset') ?? 0);
      const total = playlists.find((playlist) => playlist.id === id)?.total ?? items.length;
      return [200, itemsPage(items.slice(offset, offset + limit), total, offset), JSON_HEADERS];
    });
  return scope;
}

export { JSON_HEADERS };
