import { canReadItems, DEMO_USER, SAMPLE_LIBRARY, SAMPLE_PLAYLISTS } from '../../src/local/sampleLibrary';

describe('the sample library', () => {
  it('has enough playlists to page through at five names an answer', () => {
    expect(SAMPLE_PLAYLISTS.length).toBeGreaterThan(10);
  });

  it('gives every playlist a unique Spotify-shaped id', () => {
    const ids = SAMPLE_PLAYLISTS.map((playlist) => playlist.id);
    for (const id of ids) expect(id).toMatch(/^[0-9A-Za-z]{22}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds the tricky cases the skill must survive', () => {
    const names = SAMPLE_PLAYLISTS.map((playlist) => playlist.name);
    expect(names).toEqual(
      expect.arrayContaining(['Rock & Roll', '<Late Night> Jazz', 'Mum\'s "Sunday" Songs', 'Road Trip', 'Road Trip 2019']),
    );
    expect(SAMPLE_PLAYLISTS.some((playlist) => playlist.items.length === 0)).toBe(true);
    expect(SAMPLE_PLAYLISTS.some((playlist) => playlist.items.includes(null))).toBe(true);
    expect(SAMPLE_PLAYLISTS.some((playlist) => playlist.items.some((item) => item?.type === 'episode'))).toBe(true);
    expect(SAMPLE_PLAYLISTS.some((playlist) => playlist.items.some((item) => item?.type === 'track' && item.isLocal))).toBe(true);
    expect(SAMPLE_PLAYLISTS.some((playlist) => playlist.items.length > 50)).toBe(true);
    expect(SAMPLE_PLAYLISTS.filter((playlist) => !canReadItems(playlist, SAMPLE_LIBRARY.user)).length).toBeGreaterThan(0);
  });

  it('belongs to the demo user', () => {
    expect(SAMPLE_LIBRARY.user).toBe(DEMO_USER);
  });
});
