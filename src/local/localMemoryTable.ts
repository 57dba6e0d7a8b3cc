import { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient, DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { PersistenceAdapter } from 'ask-sdk-core';
import dynalite from 'dynalite';
import { SkillConfig } from '../skill/config';
import { persistenceFor } from '../skill/persistence/persistenceFor';
import { DynamoDbPersistenceAdapter, DynamoDbPersistenceOptions } from '../skill/persistence/dynamoDbPersistenceAdapter';

/*
 * The memory table for `npm start` and the tests: dynalite, a DynamoDB-compatible server, in
 * memory on 127.0.0.1. The skill reaches it through the same adapter and the same AWS SDK as
 * on Lambda; only the endpoint and the (fake) credentials differ.
 */

export const LOCAL_MEMORY_TABLE = 'playlist-reader-memory';

// The Lambda runtime is Node 22; on the Node 20 used locally the SDK would warn once per process.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export interface LocalMemoryTable {
  readonly endpoint: string;
  readonly tableName: string;
  /** The SDK settings that reach this table. */
  readonly clientConfig: DynamoDBClientConfig;
  /** The skill's own adapter, pointed at this table. */
  adapter(options?: Partial<DynamoDbPersistenceOptions>): DynamoDbPersistenceAdapter;
  close(): Promise<void>;
}

export interface LocalMemoryTableOptions {
  readonly tableName?: string;
  /** Leave the table out, to see what the skill does when it is missing. */
  readonly withoutTable?: boolean;
  /** DynamoDB's item limit is 400 KB; a tiny one makes every write fail while reads work. */
  readonly maxItemSizeKb?: number;
}

/** The settings for any DynamoDB-speaking endpoint on this machine; nothing there checks credentials. */
export function localClientConfig(endpoint: string): DynamoDBClientConfig {
  return { endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
}

/**
 * The embedded table shares this machine (and, under jest, a busy CPU) with everything else, so
 * its adapter gets a longer budget than Lambda's 300 ms; the fault tests set their own.
 */
export const LOCAL_MEMORY_BUDGET_MS = 2000;

export async function startLocalMemoryTable(options: LocalMemoryTableOptions = {}): Promise<LocalMemoryTable> {
  const tableName = options.tableName ?? LOCAL_MEMORY_TABLE;
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, maxItemSizeKb: options.maxItemSizeKb });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientConfig = localClientConfig(endpoint);
  if (!options.withoutTable) {
    const client = new DynamoDBClient(clientConfig);
    // The same key as the CloudFormation template's table: partition key `id`, a string.
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    client.destroy();
  }
  return {
    endpoint,
    tableName,
    clientConfig,
    adapter: (adapterOptions = {}) =>
      new DynamoDbPersistenceAdapter({
        tableName,
        budgetMs: LOCAL_MEMORY_BUDGET_MS,
        ...adapterOptions,
        clientConfig: {
          ...clientConfig,
          requestHandler: { requestTimeout: adapterOptions.budgetMs ?? LOCAL_MEMORY_BUDGET_MS },
          ...adapterOptions.clientConfig,
        },
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The memory of the local Alexa, handed to each new skill instance ("container"). */
export interface LocalMemory {
  /** Where the memory lives, for the console and the terminal. */
  readonly description: string;
  /** An adapter for a new container: its own DynamoDB client, as after a Lambda cold start. */
  adapter(): PersistenceAdapter;
  close(): Promise<void>;
}

/** The table PERSISTENCE_TABLE names (reached through the SDK's own settings), or else an embedded dynalite table. */
export async function startLocalMemory(config: Pick<SkillConfig, 'persistenceTable'>): Promise<LocalMemory> {
  if (config.persistenceTable) {
    return {
      description: `DynamoDB table ${config.persistenceTable}`,
      adapter: () => persistenceFor(config),
      close: () => Promise.resolve(),
    };
  }
  const table = await startLocalMemoryTable();
  let current: DynamoDbPersistenceAdapter | undefined;
  return {
    description: `embedded dynalite table ${table.tableName} at ${table.endpoint}`,
    adapter() {
      // The previous container is gone; so is its client.
      current?.close();
      current = table.adapter();
      return current;
    },
    async close() {
      current?.close();
      await table.close();
    },
  };
}
