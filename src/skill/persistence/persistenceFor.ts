import { PersistenceAdapter } from 'ask-sdk-core';
import { SkillConfig } from '../config';
import { ContainerPersistenceAdapter } from './containerPersistenceAdapter';

/**
 * Where the configured skill keeps people's memory: the DynamoDB table PERSISTENCE_TABLE
 * names, or this container alone. Called once, at cold start, so the DynamoDB client (and its
 * connection settings) exist before the first request.
 */
export function persistenceFor(config: Pick<SkillConfig, 'persistenceTable'>): PersistenceAdapter {
  if (!config.persistenceTable) return new ContainerPersistenceAdapter();
  // A plain require inside the branch: the AWS SDK is loaded only when there is a table, and synchronously, so at cold start.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the one lazy, synchronous load of the SDK (see above)
  const { DynamoDbPersistenceAdapter } = require('./dynamoDbPersistenceAdapter') as typeof import('./dynamoDbPersistenceAdapter');
  return new DynamoDbPersistenceAdapter({ tableName: config.persistenceTable });
}
