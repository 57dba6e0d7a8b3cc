import { matchPlaylistName } from '../../../src/skill/playlists/matchPlaylistName';
import { normalizeName, withoutCarrierWords } from '../../../src/skill/playlists/normalizeName';

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
    ['my road trip playlist', 'my road trip playlist'],
    ['The Playlist', 'the playlist'],
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

  describe('a name said with its owner', () => {
    const mine = { id: 'mine', name: 'Chill', ownerName: 'Alex Demo' };
    const bobs = { id: 'bobs', name: 'Chill', ownerName: 'Bob Smith' };
    const songsByBob = { id: 'songs', name: 'Songs by Bob', ownerName: 'Alex Demo' };
    const shared = [mine, bobs, songsByBob];

    it.each([['chill by bob'], ['chill by Bob Smith'], ["Bob's chill"], ['chill von bob'], ['chill from bob']])(
      '"%s" is Bob\'s Chill',
      (spoken) => {
        expect(matchPlaylistName(spoken, shared)).toEqual({ kind: 'found', playlist: bobs });
      },
    );

    it('a name that has "by" in it is still that name', () => {
      expect(matchPlaylistName('songs by bob', shared)).toEqual({ kind: 'found', playlist: songsByBob });
    });

    it('an owner nobody is does not pick a namesake', () => {
      expect(matchPlaylistName('chill by carol', shared)).toEqual({ kind: 'none' });
    });

    it.each([["James' chill"], ['the chill by james'], ['chill by james playlist']])('"%s" is James\'s Chill', (spoken) => {
      const james = { id: 'james', name: 'Chill', ownerName: 'James' };
      expect(matchPlaylistName(spoken, [mine, james])).toEqual({ kind: 'found', playlist: james });
    });

    it('asks when the owner reading and a name with all the words both fit: "beats workout"', () => {
      const beatsWorkout = { id: 'beats', name: 'Beats Workout 2024', ownerName: 'Alex Demo' };
      const beatsOwn = { id: 'beat', name: 'Workout', ownerName: 'Beat Kid' };
      expect(matchPlaylistName('beats workout', [beatsWorkout, beatsOwn])).toEqual({
        kind: 'ambiguous',
        candidates: [beatsOwn, beatsWorkout],
      });
      expect(matchPlaylistName('beats workout', [beatsWorkout])).toEqual({ kind: 'found', playlist: beatsWorkout });
    });

    it('"chill" alone is still asked about', () => {
      expect(matchPlaylistName('chill', shared)).toEqual({ kind: 'ambiguous', candidates: [mine, bobs] });
    });
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

describe('withoutCarrierWords', () => {
  it.each([
    ['me the rock and roll playlist', ['rock and roll playlist', 'me the rock and roll', 'rock and roll']],
    ['my workout list', ['workout list', 'my workout', 'workout']],
    ['meine workout liste', ['workout liste', 'meine workout', 'workout']],
    ['road trip', []],
    ['the playlist', ['playlist', 'the']],
  ])('%s -> %j', (input, expected) => {
    expect(withoutCarrierWords(input)).toEqual(expected);
  });
});

describe('matchPlaylistName: the name as said comes first', () => {
  const workout = playlist('Workout');
  const workoutPlaylist = playlist('Workout Playlist');
  const both = [workoutPlaylist, workout];

  it('"workout" is Workout and "workout playlist" is Workout Playlist', () => {
    expect(matchPlaylistName('workout', both)).toEqual({ kind: 'found', playlist: workout });
    expect(matchPlaylistName('workout playlist', both)).toEqual({ kind: 'found', playlist: workoutPlaylist });
  });

  it('drops words the slot caught by mistake only when the name as said matches nothing', () => {
    expect(matchPlaylistName('my workout playlist', both)).toEqual({ kind: 'found', playlist: workoutPlaylist });
    expect(matchPlaylistName('me the workout playlist', [workout])).toEqual({ kind: 'found', playlist: workout });
    const rock = playlist('Rock & Roll');
    expect(matchPlaylistName('me the rock and roll playlist', [rock, playlist('Rock Classics')])).toEqual({
      kind: 'found',
      playlist: rock,
    });
    expect(matchPlaylistName('my rock and roll list', [rock])).toEqual({ kind: 'found', playlist: rock });
  });

  it('prefers the spelling as written when two names normalise alike', () => {
    const ampersand = playlist('Rock & Roll', 'a');
    const spelledOut = playlist('Rock and Roll', 'b');
    expect(matchPlaylistName('rock and roll', [ampersand, spelledOut])).toEqual({ kind: 'found', playlist: spelledOut });
  });

  it('never picks silently between two playlists with the same name', () => {
    const alices = { id: 'a', name: 'Chill', ownerName: 'Alice' };
    const bobs = { id: 'b', name: 'Chill', ownerName: 'Bob' };
    expect(matchPlaylistName('chill', [alices, playlist('Chill Vibes'), bobs])).toEqual({ kind: 'ambiguous', candidates: [alices, bobs] });
  });

  it('finds the same answers in a library of 5,000 playlists, normalising each name once', () => {
    const many = Array.from({ length: 5000 }, (_, index) => playlist(`Mix number ${index}`, `id${index}`));
    const target = many[4321];
    expect(matchPlaylistName('mix number 4321', many)).toEqual({ kind: 'found', playlist: target });
  });
});
