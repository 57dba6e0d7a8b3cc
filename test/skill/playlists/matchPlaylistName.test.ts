import { matchPlaylistName } from '../../../src/skill/playlists/matchPlaylistName';
import { normalizeName } from '../../../src/skill/playlists/normalizeName';

const playlist = (name: string, id = name) => ({ id, name });

describe('normalizeName', () => {
  it.each([
    ['Rock & Roll', 'rock and roll'],
    ["ROCK N' ROLL!", 'rock and roll'],
    ['Top 50', 'top 50'],
    ['top fifty', 'top 50'],
    ['twenty one pilots', '21 pilots'],
    ['nineteen eighty four', '1984'],
    ['Beyoncé Favourites', 'beyonce favourites'],
    ['my road trip playlist', 'road trip'],
    ['The Playlist', 'playlist'],
    ['Chill Vibes 🌙', 'chill vibes'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('matchPlaylistName', () => {
  const library = [playlist('Rock & Roll'), playlist('Road Trip'), playlist('Road Trip 2019'), playlist('Jazz')];

  it('finds an exact match after normalising', () => {
    expect(matchPlaylistName('rock and roll', library)).toEqual({ kind: 'found', playlist: library[0] });
  });

  it('prefers the exact name over a longer one that contains it', () => {
    expect(matchPlaylistName('road trip', library)).toEqual({ kind: 'found', playlist: library[1] });
  });

  it('finds a clear fuzzy winner', () => {
    expect(matchPlaylistName('jaz', library)).toEqual({ kind: 'found', playlist: library[3] });
  });

  it('is ambiguous when two names are equally close', () => {
    const result = matchPlaylistName('road', [playlist('Road Trip'), playlist('Road Home')]);
    expect(result.kind).toBe('ambiguous');
  });

  it('finds nothing for an unrelated name, or an empty one', () => {
    expect(matchPlaylistName('classical symphonies', library)).toEqual({ kind: 'none' });
    expect(matchPlaylistName('!!!', library)).toEqual({ kind: 'none' });
  });

  it('copes with very long names', () => {
    const long = playlist('a'.repeat(500));
    expect(matchPlaylistName('a'.repeat(500), [long])).toEqual({ kind: 'found', playlist: long });
  });
});
