import {
  EMPTY_MEMORY,
  MEMORY_LIMITS,
  readKeptMemory,
  withDeviceSettings,
  withLibrary,
  withSpokenForm,
} from '../../../src/skill/persistence/keptMemory';

const sameName = (spoken: string, name: string) => spoken === name.toLowerCase();

describe('reading a kept memory back: nothing stored is trusted', () => {
  it.each([undefined, null, 42, 'text', [], { playlists: 'no' }])('%p reads as an empty memory', (raw) => {
    expect(readKeptMemory(raw)).toEqual(EMPTY_MEMORY);
  });

  it('drops malformed entries and keeps the good ones', () => {
    const memory = readKeptMemory({
      playlists: [
        { id: 'good', name: 'Rock & Roll', spokenForms: ['rock and roll', 7, 'x'.repeat(MEMORY_LIMITS.nameLength + 1)], snapshotId: 's1' },
        { id: 42, name: 'bad id' },
        { id: 'x'.repeat(MEMORY_LIMITS.idLength + 1), name: 'too long' },
        null,
      ],
      heard: { good: { at: 1_700_000_000_000, snapshotId: 's1' }, nan: { at: Number.NaN }, negative: { at: -5 }, text: { at: '1' } },
      devices: { echo: { playbackDevice: { id: 'abc', name: 'Kitchen' } }, junk: { playbackDevice: { id: 5 } }, none: 'x' },
      accessToken: 'never read',
    });
    expect(memory).toEqual({
      playlists: [{ id: 'good', name: 'Rock & Roll', spokenForms: ['rock and roll'], snapshotId: 's1' }],
      heard: { good: { at: 1_700_000_000_000, snapshotId: 's1' } },
      devices: { echo: { playbackDevice: { id: 'abc', name: 'Kitchen' } }, junk: {} },
    });
  });

  it('caps how much is read', () => {
    const playlists = Array.from({ length: MEMORY_LIMITS.playlists + 50 }, (_, index) => ({ id: `p${index}`, name: `P ${index}` }));
    expect(readKeptMemory({ playlists }).playlists).toHaveLength(MEMORY_LIMITS.playlists);
  });
});

describe('updating the index', () => {
  it('a new library keeps spoken forms that still fit, drops gone playlists, and takes new names and versions', () => {
    let memory = withSpokenForm(EMPTY_MEMORY, { id: 'a', name: 'Rock' }, 'rock');
    memory = withSpokenForm(memory, { id: 'b', name: 'Gone' }, 'gone');
    memory = withLibrary(
      memory,
      [
        { id: 'a', name: 'Rock', snapshotId: 's2' },
        { id: 'c', name: 'New' },
      ],
      sameName,
    );
    expect(memory.playlists).toEqual([
      { id: 'a', name: 'Rock', spokenForms: ['rock'], snapshotId: 's2' },
      { id: 'c', name: 'New', spokenForms: [] },
    ]);
    // Renamed: the old words no longer name it.
    memory = withLibrary(memory, [{ id: 'a', name: 'Oldies' }], sameName);
    expect(memory.playlists).toEqual([{ id: 'a', name: 'Oldies', spokenForms: [] }]);
  });

  it('keeps the latest few spoken forms per playlist', () => {
    let memory = EMPTY_MEMORY;
    for (let index = 0; index < MEMORY_LIMITS.spokenFormsPerPlaylist + 3; index++)
      memory = withSpokenForm(memory, { id: 'a', name: 'A' }, `form ${index}`);
    expect(memory.playlists[0].spokenForms).toHaveLength(MEMORY_LIMITS.spokenFormsPerPlaylist);
    expect(memory.playlists[0].spokenForms[0]).toBe(`form ${MEMORY_LIMITS.spokenFormsPerPlaylist + 2}`);
  });

  it('keeps settings for the most recently chosen devices only', () => {
    let memory = EMPTY_MEMORY;
    for (let index = 0; index <= MEMORY_LIMITS.devices; index++) memory = withDeviceSettings(memory, `echo-${index}`, {});
    memory = withDeviceSettings(memory, 'echo-1', { playbackDevice: { id: 'd', name: 'Phone' } });
    expect(Object.keys(memory.devices)).toHaveLength(MEMORY_LIMITS.devices);
    expect(memory.devices).not.toHaveProperty('echo-0');
    expect(Object.keys(memory.devices).at(-1)).toBe('echo-1');
  });
});
