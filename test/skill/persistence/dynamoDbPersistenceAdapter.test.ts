import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { RequestEnvelope } from 'ask-sdk-model';
import { localClientConfig, LocalMemoryTable, startLocalMemoryTable } from '../../../src/local/localMemoryTable';
import { buildEnvelope, launchRequest } from '../../../src/local/requestEnvelope';
import {
  DynamoDbPersistenceAdapter,
  FIRST_CALL_BUDGET_MS,
  MEMORY_TTL_DAYS,
  TTL_ATTRIBUTE,
} from '../../../src/skill/persistence/dynamoDbPersistenceAdapter';
import { MemoryUnavailableError } from '../../../src/skill/persistence/memoryErrors';
import { FaultyEndpoint, hangingEndpoint, refusingEndpoint, throttlingEndpoint } from '../../support/faultyDynamoDb';
import { memoryKeyOf } from '../../support/memoryKey';

const alice = buildEnvelope(launchRequest(), { userId: 'amzn1.ask.account.ALICE' });
const bob = buildEnvelope(launchRequest(), { userId: 'amzn1.ask.account.BOB' });

describe('the DynamoDB persistence adapter, against dynalite', () => {
  let table: LocalMemoryTable;
  let adapter: DynamoDbPersistenceAdapter;
  const now = Date.UTC(2026, 10, 25, 12, 0, 0);

  beforeAll(async () => {
    table = await startLocalMemoryTable();
    adapter = table.adapter({ now: () => now });
  });
  afterAll(async () => {
    adapter.close();
    await table.close();
  });

  async function storedItems(): Promise<Record<string, unknown>[]> {
    const client = new DynamoDBClient(table.clientConfig);
    const { Items = [] } = await client.send(new ScanCommand({ TableName: table.tableName }));
    client.destroy();
    return Items;
  }

  it('reads nothing for a person it has never seen', async () => {
    await expect(adapter.getAttributes(buildEnvelope(launchRequest(), { userId: 'amzn1.ask.account.NEW' }))).resolves.toEqual({});
  });

  it('keeps each person apart, keyed by a hash of their Alexa user ID, with a TTL 90 days after the save', async () => {
    await adapter.saveAttributes(alice, { playlists: [{ id: 'a', name: 'Alpha', spokenForms: [] }] });
    await adapter.saveAttributes(bob, { playlists: [] });
    await expect(adapter.getAttributes(alice)).resolves.toEqual({ playlists: [{ id: 'a', name: 'Alpha', spokenForms: [] }] });
    await expect(adapter.getAttributes(bob)).resolves.toEqual({ playlists: [] });

    const items = await storedItems();
    expect(JSON.stringify(items)).not.toContain('amzn1.ask.account.ALICE');
    const aliceItem = items.find((item) => (item.id as { S: string }).S === memoryKeyOf('amzn1.ask.account.ALICE'));
    expect(aliceItem?.[TTL_ATTRIBUTE]).toEqual({ N: String(now / 1000 + MEMORY_TTL_DAYS * 24 * 3600) });
  });

  it('deletes one person and leaves the others', async () => {
    await adapter.deleteAttributes(alice);
    await expect(adapter.getAttributes(alice)).resolves.toEqual({});
    await expect(adapter.getAttributes(bob)).resolves.toEqual({ playlists: [] });
  });

  it('refuses a request that names no user rather than keep memory under a made-up key', async () => {
    const anonymous = { ...alice, context: { System: { ...alice.context.System, user: {} } } } as unknown as RequestEnvelope;
    await expect(adapter.getAttributes(anonymous)).rejects.toThrow(MemoryUnavailableError);
  });
});

describe('the adapter when the table fails: every fault is a MemoryUnavailableError within its budget', () => {
  const budgetMs = 250;
  let endpoint: FaultyEndpoint | undefined;
  let missing: LocalMemoryTable | undefined;
  let adapter: DynamoDbPersistenceAdapter | undefined;
  afterEach(async () => {
    adapter?.close();
    await endpoint?.close();
    await missing?.close();
    endpoint = missing = adapter = undefined;
  });

  const adapterAt = (url: string) =>
    new DynamoDbPersistenceAdapter({ tableName: 'playlist-reader-memory', clientConfig: localClientConfig(url), budgetMs });

  it('a refused connection', async () => {
    endpoint = await refusingEndpoint();
    adapter = adapterAt(endpoint.endpoint);
    await expect(adapter.getAttributes(alice)).rejects.toThrow(MemoryUnavailableError);
    await expect(adapter.saveAttributes(alice, {})).rejects.toThrow(/could not be written/);
  });

  it("a table that accepts the connection and never answers: the budget ends the wait, a longer one for the container's first call", async () => {
    endpoint = await hangingEndpoint();
    adapter = adapterAt(endpoint.endpoint);
    await expect(adapter.getAttributes(alice)).rejects.toThrow(`no answer within ${FIRST_CALL_BUDGET_MS} ms`);
    await expect(adapter.getAttributes(alice)).rejects.toThrow(`no answer within ${budgetMs} ms`);
    expect(endpoint.requests).toBeGreaterThanOrEqual(1);
  });

  it('throttling (ProvisionedThroughputExceededException): retried once at most, then given up', async () => {
    endpoint = await throttlingEndpoint();
    adapter = adapterAt(endpoint.endpoint);
    const failure = await adapter.saveAttributes(alice, { playlists: [] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MemoryUnavailableError);
    expect((failure as MemoryUnavailableError).detail).toMatch(/ProvisionedThroughputExceededException|no answer within/);
    expect(endpoint.requests).toBeGreaterThanOrEqual(1);
    expect(endpoint.requests).toBeLessThanOrEqual(2);
  });

  it('a missing table (ResourceNotFoundException)', async () => {
    missing = await startLocalMemoryTable({ withoutTable: true });
    adapter = missing.adapter({ budgetMs });
    const failure = await adapter.getAttributes(alice).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MemoryUnavailableError);
    expect((failure as MemoryUnavailableError).detail).toMatch(/ResourceNotFoundException/);
  });
});
