import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { AttributesManagerFactory, PersistenceAdapter } from 'ask-sdk-core';
import { DEMO_ACCESS_TOKEN, DemoProvider, startDemoProvider } from '../../../src/local/demoProvider';
import { localClientConfig, LocalMemoryTable, startLocalMemoryTable } from '../../../src/local/localMemoryTable';
import { buildEnvelope, intentRequest, launchRequest, buildEventEnvelope, skillDisabledEvent } from '../../../src/local/requestEnvelope';
import { SAMPLE_LIBRARY } from '../../../src/local/sampleLibrary';
import { DynamoDbPersistenceAdapter } from '../../../src/skill/persistence/dynamoDbPersistenceAdapter';
import { setLogLevel } from '../../../src/skill/logging/logger';
import { ContainerPersistenceAdapter } from '../../../src/skill/persistence/containerPersistenceAdapter';
import { PersonMemory } from '../../../src/skill/persistence/personMemory';
import { Deadline } from '../../../src/skill/providers/deadline';
import { spotifyBinding } from '../../../src/skill/providers/spotify/spotifyBinding';
import { buildSkill } from '../../../src/skill/skill';
import { Dialog } from '../../support/dialog';
import { captureLogLines } from '../../support/logLines';
import { FaultyEndpoint, hangingEndpoint, refusingEndpoint, throttlingEndpoint } from '../../support/faultyDynamoDb';
import { memoryKeyOf } from '../../support/memoryKey';

/*
 * The memory as a person meets it: each "container" is a new skill instance with a new
 * provider cache and a new DynamoDB client, as Lambda makes after a cold start, while the
 * table (dynalite) lives on. The provider is the demo Spotify API; nothing is mocked.
 */

const ROCK_AND_ROLL = SAMPLE_LIBRARY.playlists.find((playlist) => playlist.name === 'Rock & Roll')!;
/** The demo dates Rock & Roll's 8 items 1 to 8 January 2024. */
const JAN_22 = Date.UTC(2024, 0, 22, 12);
const HOUR = 3600 * 1000;

let table: LocalMemoryTable;
let demo: DemoProvider;
const adapters: DynamoDbPersistenceAdapter[] = [];
let userCount = 0;

beforeAll(async () => {
  table = await startLocalMemoryTable();
});
afterAll(() => table.close());
beforeEach(async () => {
  demo = await startDemoProvider();
});
afterEach(async () => {
  adapters.splice(0).forEach((adapter) => adapter.close());
  await demo.close();
});

/** A person of their own, so tests never share memory. */
function newPerson(): string {
  return `amzn1.ask.account.MEMORYTEST${++userCount}`;
}

interface Container {
  readonly dialog: Dialog;
}

/** A new Lambda container: new skill, new provider cache, new DynamoDB client; the same table. */
function newContainer(userId: string, options: { now?: number; persistence?: PersistenceAdapter; locale?: string } = {}): Container {
  const persistence = options.persistence ?? table.adapter();
  if (persistence instanceof DynamoDbPersistenceAdapter) adapters.push(persistence);
  const skill = buildSkill({ accountLinking: 'required' }, spotifyBinding(demo.apiUrl), {
    persistence,
    now: () => options.now ?? JAN_22,
  });
  return { dialog: new Dialog(skill, { accessToken: DEMO_ACCESS_TOKEN, userId, locale: options.locale }) };
}

const ask = (container: Container, intent: string, playlistName: string, locale = 'en-US') =>
  container.dialog.say(intentRequest(intent, { playlistName }, locale));

async function storedItems(): Promise<Record<string, unknown>[]> {
  const client = new DynamoDBClient(table.clientConfig);
  const { Items = [] } = await client.send(new ScanCommand({ TableName: table.tableName }));
  client.destroy();
  return Items;
}

describe('one-shot speed: a playlist asked about before', () => {
  it('takes one provider round trip in a new container: the kept index gives the ID', async () => {
    const person = newPerson();
    const first = await ask(newContainer(person), 'PlaylistContentsIntent', 'rock and roll');
    expect(first.speech).toMatch(/^Rock & Roll has 8 songs/);
    expect(demo.requestedPaths.some((path) => path.startsWith('/v1/me/playlists'))).toBe(true);

    demo.clearRequestLog();
    const again = await ask(newContainer(person), 'PlaylistTrackCountIntent', 'rock and roll');
    expect(again.speech).toMatch(/^Rock & Roll has 8 songs\./);
    expect(demo.requestedPaths).toEqual([expect.stringMatching(new RegExp(`^/v1/playlists/${ROCK_AND_ROLL.id}/items\\?`))]);
  });

  it('in the same (warm) container the cached library still answers with no round trip at all', async () => {
    const container = newContainer(newPerson());
    await ask(container, 'PlaylistTrackCountIntent', 'rock and roll');
    demo.clearRequestLog();
    const again = await ask(container, 'PlaylistTrackCountIntent', 'rock and roll');
    expect(again.speech).toMatch(/^Rock & Roll has 8 songs\./);
    expect(demo.requestedPaths).toEqual([]);
  });

  it('finds it by the words the person used, not only by its name', async () => {
    const person = newPerson();
    await ask(newContainer(person), 'PlaylistContentsIntent', 'rock n roll');
    demo.clearRequestLog();
    const again = await ask(newContainer(person), 'PlaylistContentsIntent', 'rock n roll');
    expect(again.speech).toMatch(/^Rock & Roll has 8 songs/);
    expect(demo.requestedPaths).toHaveLength(1);
  });

  it('a stale entry (the playlist was deleted and made again) falls back to the full lookup, and repairs the index', async () => {
    const person = newPerson();
    await ask(newContainer(person), 'PlaylistContentsIntent', 'rock and roll');
    await demo.close();
    const remade = { ...ROCK_AND_ROLL, id: '0Rk8nRl5Bq2Wd7Yc9Hv4Jt' };
    demo = await startDemoProvider({
      library: {
        ...SAMPLE_LIBRARY,
        playlists: SAMPLE_LIBRARY.playlists.map((playlist) => (playlist === ROCK_AND_ROLL ? remade : playlist)),
      },
    });

    const repaired = await ask(newContainer(person), 'PlaylistContentsIntent', 'rock and roll');
    expect(repaired.speech).toMatch(/^Rock & Roll has 8 songs/);
    expect(demo.requestedPaths[0]).toMatch(`/v1/playlists/${ROCK_AND_ROLL.id}/items`);
    expect(demo.requestedPaths.some((path) => path.startsWith('/v1/me/playlists'))).toBe(true);

    demo.clearRequestLog();
    await ask(newContainer(person), 'PlaylistContentsIntent', 'rock and roll');
    expect(demo.requestedPaths).toEqual([expect.stringContaining(`/v1/playlists/${remade.id}/items`)]);
  });
});

describe("what's new", () => {
  it('names just the song added since the person last heard the playlist, in a new container', async () => {
    const person = newPerson();
    await ask(newContainer(person, { now: JAN_22 }), 'PlaylistContentsIntent', 'rock and roll');
    demo.addSong(ROCK_AND_ROLL.id, { name: 'Be-Bop-A-Lula', artists: ['Gene Vincent'] }, new Date(JAN_22 + HOUR));

    const turn = await ask(newContainer(person, { now: JAN_22 + 2 * HOUR }), 'WhatsNewIntent', 'rock and roll');
    expect(turn.speech).toBe(
      '1 song has been added to Rock & Roll since you last heard it today. It is: Be-Bop-A-Lula by Gene Vincent. Anything else? You can ask about another playlist.',
    );
    expect(turn.sessionOpen).toBe(true);
  });

  it('reads no items when the playlist is the version the person heard', async () => {
    const person = newPerson();
    await ask(newContainer(person), 'WhatsNewIntent', 'rock and roll');
    demo.clearRequestLog();
    const turn = await ask(newContainer(person, { now: JAN_22 + 3 * 24 * HOUR }), 'WhatsNewIntent', 'rock and roll');
    expect(turn.speech).toMatch(/^Nothing has been added to Rock & Roll since you last heard it 3 days ago\./);
    expect(demo.requestedPaths.filter((path) => path.includes('/items'))).toEqual([]);
  });

  it('the first time, reads the newest five with when each was added', async () => {
    const turn = await ask(newContainer(newPerson()), 'WhatsNewIntent', 'rock and roll');
    expect(turn.speech).toMatch(/^The newest songs on Rock & Roll: .+, added 2 weeks ago\. /);
    expect(turn.speech.match(/, added /g)).toHaveLength(5);
  });

  it('speaks German in de-DE', async () => {
    const person = newPerson();
    const turn = await ask(newContainer(person, { locale: 'de-DE' }), 'WhatsNewIntent', 'rock and roll', 'de-DE');
    expect(turn.speech).toMatch(/^Die neuesten Songs auf Rock & Roll: .+, vor 2 Wochen hinzugefügt\. /);
  });
});

describe('forgetting', () => {
  it('deletes everything kept about a person when they disable the skill, and answers the event with nothing', async () => {
    const person = newPerson();
    const other = newPerson();
    await ask(newContainer(person), 'PlaylistContentsIntent', 'rock and roll');
    await ask(newContainer(other), 'PlaylistContentsIntent', 'rock and roll');
    const keys = async () => (await storedItems()).map((item) => (item.id as { S: string }).S);
    expect(await keys()).toEqual(expect.arrayContaining([memoryKeyOf(person), memoryKeyOf(other)]));
    expect(JSON.stringify(await storedItems())).not.toContain(person);

    const skill = buildSkill({ accountLinking: 'required' }, spotifyBinding(demo.apiUrl), { persistence: table.adapter() });
    const response = await skill.invoke(buildEventEnvelope(skillDisabledEvent(), { userId: person }));
    expect(response.response.outputSpeech).toBeUndefined();
    expect(await keys()).not.toContain(memoryKeyOf(person));
    expect(await keys()).toContain(memoryKeyOf(other));
  });

  it('never stores a token: the table holds no access token, API token or Authorization value', async () => {
    const person = newPerson();
    const container = newContainer(person);
    await ask(container, 'PlaylistContentsIntent', 'rock and roll');
    await ask(container, 'WhatsNewIntent', 'road trip 2019');
    const stored = JSON.stringify((await storedItems()).filter((item) => (item.id as { S: string }).S === memoryKeyOf(person)));
    expect(stored).toContain(ROCK_AND_ROLL.id);
    expect(stored).not.toContain(DEMO_ACCESS_TOKEN);
    expect(stored).not.toContain('local-api-access-token');
    expect(stored).not.toMatch(/token|bearer|authorization/i);
  });
});

describe('faults cost only the memory', () => {
  let endpoint: FaultyEndpoint | undefined;
  let broken: LocalMemoryTable | undefined;
  beforeAll(() => setLogLevel('warn'));
  afterAll(() => setLogLevel(undefined));
  afterEach(async () => {
    await endpoint?.close();
    await broken?.close();
    endpoint = broken = undefined;
  });

  const adapterAt = (url: string) => new DynamoDbPersistenceAdapter({ tableName: table.tableName, clientConfig: localClientConfig(url) });

  async function expectNormalAnswerWithWarning(persistence: PersistenceAdapter, operation: string) {
    const warnings = captureLogLines();
    try {
      const turn = await ask(newContainer(newPerson(), { persistence }), 'PlaylistContentsIntent', 'rock and roll');
      expect(turn.speech).toMatch(/^Rock & Roll has 8 songs\. It starts with: Johnny B\. Goode by Chuck Berry/);
      expect(turn.sessionOpen).toBe(true);
    } finally {
      warnings.restore();
    }
    expect(warnings.lines()).toContainEqual(expect.objectContaining({ level: 'warn', event: 'memory-unavailable', operation }));
  }

  it('a table that refuses connections', async () => {
    endpoint = await refusingEndpoint();
    await expectNormalAnswerWithWarning(adapterAt(endpoint.endpoint), 'read');
  });

  it('a table that hangs', async () => {
    endpoint = await hangingEndpoint();
    await expectNormalAnswerWithWarning(adapterAt(endpoint.endpoint), 'read');
  });

  it('a table that throttles', async () => {
    endpoint = await throttlingEndpoint();
    await expectNormalAnswerWithWarning(adapterAt(endpoint.endpoint), 'read');
    expect(endpoint.requests).toBeLessThanOrEqual(2);
  });

  it('a missing table', async () => {
    broken = await startLocalMemoryTable({ withoutTable: true });
    await expectNormalAnswerWithWarning(broken.adapter(), 'read');
  });

  it('a write that fails (the table refuses the item) still gives the normal answer', async () => {
    broken = await startLocalMemoryTable({ maxItemSizeKb: 0.05 });
    await expectNormalAnswerWithWarning(broken.adapter(), 'write');
  });
});

describe('per-device settings (for playback: the Spotify device each Echo plays on)', () => {
  function memoryInNewContainer(userId: string): PersonMemory {
    const persistenceAdapter = table.adapter();
    adapters.push(persistenceAdapter);
    const requestEnvelope = buildEnvelope(launchRequest(), { userId });
    return new PersonMemory({
      attributesManager: AttributesManagerFactory.init({ requestEnvelope, persistenceAdapter }),
      deadline: Deadline.after(),
    });
  }

  it('keeps one setting per Echo, in any container', async () => {
    const person = newPerson();
    const first = memoryInNewContainer(person);
    await first.rememberDevice('amzn1.ask.device.KITCHEN', {
      playbackDevice: { id: '0d1841b0976bae2a3a310dd74c0f3df354899bc8', name: 'Kitchen Echo' },
    });
    await first.rememberDevice('amzn1.ask.device.BEDROOM', { playbackDevice: { id: 'b2', name: "Alex's iPhone" } });
    await first.persist();

    const later = memoryInNewContainer(person);
    expect(await later.deviceSetting('amzn1.ask.device.KITCHEN')).toEqual({
      playbackDevice: { id: '0d1841b0976bae2a3a310dd74c0f3df354899bc8', name: 'Kitchen Echo' },
    });
    expect(await later.deviceSetting('amzn1.ask.device.BEDROOM')).toEqual({ playbackDevice: { id: 'b2', name: "Alex's iPhone" } });
    expect(await later.deviceSetting('amzn1.ask.device.UNKNOWN')).toBeUndefined();
    expect(await memoryInNewContainer(newPerson()).deviceSetting('amzn1.ask.device.KITCHEN')).toBeUndefined();
  });
});

describe('a stale entry when the provider then fails', () => {
  it('is still forgotten, so the next container goes straight to the full lookup', async () => {
    const person = newPerson();
    const memory = new ContainerPersistenceAdapter();
    await ask(newContainer(person, { persistence: memory }), 'PlaylistContentsIntent', 'rock and roll');

    // Rock & Roll was deleted and made again; the library is down while the old ID answers 404.
    await demo.close();
    const remade = { ...ROCK_AND_ROLL, id: '0Rk8nRl5Bq2Wd7Yc9Hv4Jt' };
    const library = {
      ...SAMPLE_LIBRARY,
      playlists: SAMPLE_LIBRARY.playlists.map((playlist) => (playlist === ROCK_AND_ROLL ? remade : playlist)),
    };
    demo = await startDemoProvider({ library });
    const down = await startDemoProvider({
      library,
      routers: [({ url }) => (url.pathname === '/v1/me/playlists' ? { status: 503, body: '' } : undefined)],
    });
    const failing = buildSkill({ accountLinking: 'required' }, spotifyBinding(down.apiUrl), { persistence: memory, now: () => JAN_22 });
    const failed = await new Dialog(failing, { accessToken: DEMO_ACCESS_TOKEN, userId: person }).say(
      intentRequest('PlaylistContentsIntent', { playlistName: 'rock and roll' }),
    );
    await down.close();
    expect(failed.speech).toMatch(/^Sorry, I couldn't reach Spotify just now/);

    demo.clearRequestLog();
    const next = await ask(newContainer(person, { persistence: memory }), 'PlaylistContentsIntent', 'rock and roll');
    expect(next.speech).toMatch(/^Rock & Roll has 8 songs/);
    expect(demo.requestedPaths.some((path) => path.includes(ROCK_AND_ROLL.id))).toBe(false);
  });
});
