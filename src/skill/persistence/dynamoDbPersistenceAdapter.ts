import { DynamoDBClient, DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { PersistenceAdapter } from 'ask-sdk-core';
import { RequestEnvelope } from 'ask-sdk-model';
import { MemoryUnavailableError, personKey } from './memoryErrors';

/*
 * ask-sdk's PersistenceAdapter on DynamoDB through the AWS SDK v3, which the nodejs22.x
 * runtime provides: the bundle leaves `@aws-sdk/*` out, and only this module imports it,
 * so nothing loads the SDK unless PERSISTENCE_TABLE is set.
 *
 * One item per person: `{ id: <Alexa userId>, attributes: {...}, expiresAt: <epoch s> }`.
 * `expiresAt` is the table's TTL attribute; every save pushes it 90 days out, so memory
 * that is not used for 90 days is deleted by DynamoDB itself.
 */

/** How long a person's memory lives after its last save. */
export const MEMORY_TTL_DAYS = 90;
/** The name of the TTL attribute; the CloudFormation template enables TTL on it. */
export const TTL_ATTRIBUTE = 'expiresAt';
/** Each read, write or delete gets this much time, retries included: the answer never waits longer for memory. */
export const DEFAULT_MEMORY_BUDGET_MS = 300;
/**
 * The first call of a container gets longer: it opens the TLS connection and runs the parts of
 * the SDK that load on first use (credentials, endpoint, signer), on a Lambda's small CPU share.
 */
export const FIRST_CALL_BUDGET_MS = 1000;

/**
 * The client's own bounds, inside the budget: one retry at most, a short connect, and no
 * request that outlives the first call's budget even if the abort signal were ignored.
 */
export const MEMORY_CLIENT_DEFAULTS: DynamoDBClientConfig = {
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 500, requestTimeout: FIRST_CALL_BUDGET_MS },
};

export interface DynamoDbPersistenceOptions {
  readonly tableName: string;
  /** Merged over `MEMORY_CLIENT_DEFAULTS`; region, credentials and endpoint otherwise come from the SDK's own settings. */
  readonly clientConfig?: DynamoDBClientConfig;
  readonly budgetMs?: number;
  /** The budget of this adapter's first call; `FIRST_CALL_BUDGET_MS` (or `budgetMs`, if longer) when left out. */
  readonly firstCallBudgetMs?: number;
  readonly now?: () => number;
}

export class DynamoDbPersistenceAdapter implements PersistenceAdapter {
  private readonly client: DynamoDBClient;
  private readonly documents: DynamoDBDocumentClient;
  private readonly budgetMs: number;
  private readonly firstCallBudgetMs: number;
  private calls = 0;
  private readonly now: () => number;

  constructor(private readonly options: DynamoDbPersistenceOptions) {
    this.client = new DynamoDBClient({ ...MEMORY_CLIENT_DEFAULTS, ...options.clientConfig });
    this.documents = DynamoDBDocumentClient.from(this.client, { marshallOptions: { removeUndefinedValues: true } });
    this.budgetMs = options.budgetMs ?? DEFAULT_MEMORY_BUDGET_MS;
    this.firstCallBudgetMs = options.firstCallBudgetMs ?? Math.max(this.budgetMs, FIRST_CALL_BUDGET_MS);
    this.now = options.now ?? Date.now;
  }

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const output = await this.within('read', (abortSignal) =>
      this.documents.send(new GetCommand({ TableName: this.options.tableName, Key: { id: personKey(requestEnvelope) } }), { abortSignal }),
    );
    const attributes = output.Item?.attributes as unknown;
    return typeof attributes === 'object' && attributes !== null ? (attributes as Record<string, unknown>) : {};
  }

  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const expiresAt = Math.floor(this.now() / 1000) + MEMORY_TTL_DAYS * 24 * 3600;
    const item = { id: personKey(requestEnvelope), attributes, [TTL_ATTRIBUTE]: expiresAt };
    await this.within('write', (abortSignal) =>
      this.documents.send(new PutCommand({ TableName: this.options.tableName, Item: item }), { abortSignal }),
    );
  }

  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    const key = { id: personKey(requestEnvelope) };
    await this.within('delete', (abortSignal) =>
      this.documents.send(new DeleteCommand({ TableName: this.options.tableName, Key: key }), { abortSignal }),
    );
  }

  /** Closes the client's kept-alive connections (for tests and the local server; Lambda never needs it). */
  close(): void {
    this.client.destroy();
  }

  /** Runs one call within the budget; any failure, the budget's end included, becomes a MemoryUnavailableError. */
  private async within<T>(operation: string, call: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const budgetMs = this.calls++ === 0 ? this.firstCallBudgetMs : this.budgetMs;
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // The timer settles the race even if a layer below ignores the abort.
    const budget = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new MemoryUnavailableError(operation, `no answer within ${budgetMs} ms`));
      }, budgetMs);
    });
    try {
      return await Promise.race([call(controller.signal), budget]);
    } catch (error) {
      if (error instanceof MemoryUnavailableError) throw error;
      throw new MemoryUnavailableError(operation, describe(error));
    } finally {
      clearTimeout(timer);
      budget.catch(() => undefined);
    }
  }
}

/** The error's name and the service's message: what an operator needs, never the request itself. */
function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return 'unknown failure';
}
