import { AttributesManagerFactory } from 'ask-sdk-core';
import { buildEnvelope, intentRequest } from '../../../src/local/requestEnvelope';
import { ContainerPersistenceAdapter } from '../../../src/skill/persistence/containerPersistenceAdapter';
import { PersonMemory } from '../../../src/skill/persistence/personMemory';
import { Deadline } from '../../../src/skill/providers/deadline';

/*
 * The person's kept index answers a name without reading the library, but only when the words
 * fit one playlist: two called "Chill" are left to the full lookup, which asks.
 */

const requestEnvelope = buildEnvelope(intentRequest('PlaylistContentsIntent', { playlistName: 'chill' }), { accessToken: 'token' });

function memoryOn(persistenceAdapter: ContainerPersistenceAdapter): PersonMemory {
  return new PersonMemory({
    attributesManager: AttributesManagerFactory.init({ requestEnvelope, persistenceAdapter }),
    deadline: Deadline.after(),
  });
}

it('finds a kept playlist by its name only when no other kept playlist has the same name', async () => {
  const adapter = new ContainerPersistenceAdapter();
  const writer = memoryOn(adapter);
  await writer.rememberLibrary([
    { id: '2Ch7Lm4Ax9Qd1Zr6Tb3Wk8', name: 'Chill' },
    { id: '8Ch3Bb6Ob1Zx4Nq7Wy2Rk5', name: 'Chill' },
    { id: '9Wp4Lt2Ky7Hs5Qm1Vz3Xo8', name: 'Workout Playlist' },
  ]);
  await writer.persist();

  const reader = memoryOn(adapter);
  expect(await reader.findPlaylist('chill')).toBeUndefined();
  expect(await reader.findPlaylist('workout playlist')).toMatchObject({ id: '9Wp4Lt2Ky7Hs5Qm1Vz3Xo8' });
  expect(await reader.findPlaylist('workout')).toBeUndefined();
});
