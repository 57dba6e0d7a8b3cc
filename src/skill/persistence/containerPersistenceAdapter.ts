import { PersistenceAdapter } from 'ask-sdk-core';
import { RequestEnvelope } from 'ask-sdk-model';
import { personKey } from './memoryErrors';

/** Enough people for any one container; the least recently used go first. */
const MAX_PEOPLE = 1000;

/**
 * Memory without a table (PERSISTENCE_TABLE unset): it lives as long as the Lambda container,
 * so a new container starts with none. Stored as JSON so that nothing a handler holds can
 * change what is kept, as with a real table.
 */
export class ContainerPersistenceAdapter implements PersistenceAdapter {
  private readonly people = new Map<string, string>();

  getAttributes(requestEnvelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const key = personKey(requestEnvelope);
    const kept = this.people.get(key);
    if (kept === undefined) return Promise.resolve({});
    this.people.delete(key);
    this.people.set(key, kept);
    return Promise.resolve(JSON.parse(kept) as Record<string, unknown>);
  }

  saveAttributes(requestEnvelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const key = personKey(requestEnvelope);
    this.people.delete(key);
    this.people.set(key, JSON.stringify(attributes));
    if (this.people.size > MAX_PEOPLE) this.people.delete(this.people.keys().next().value as string);
    return Promise.resolve();
  }

  deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    this.people.delete(personKey(requestEnvelope));
    return Promise.resolve();
  }
}
