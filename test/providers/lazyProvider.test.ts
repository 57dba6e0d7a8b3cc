import { lazyProvider } from '../../src/providers/lazyProvider';
import { PlaylistProvider } from '../../src/providers/types';

const fake: PlaylistProvider = {
  listPlaylists: async (offset) => ({ playlists: [{ id: 'p1', name: 'One' }], total: 1, nextOffset: offset + 1 }),
  listAllPlaylists: async () => [{ id: 'p1', name: 'One' }],
  listTracks: async () => ({ tracks: [], total: 0 }),
};

describe('lazyProvider', () => {
  it('loads nothing until the first call', () => {
    const load = jest.fn(async () => fake);
    lazyProvider(load);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads once, even for calls made together, and answers like the provider it loads', async () => {
    const load = jest.fn(async () => fake);
    const provider = lazyProvider(load);
    const [all, page, tracks] = await Promise.all([provider.listAllPlaylists(), provider.listPlaylists(0, 5), provider.listTracks('p1', 5)]);
    expect(all).toEqual([{ id: 'p1', name: 'One' }]);
    expect(page).toEqual({ playlists: [{ id: 'p1', name: 'One' }], total: 1, nextOffset: 1 });
    expect(tracks).toEqual({ tracks: [], total: 0 });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
