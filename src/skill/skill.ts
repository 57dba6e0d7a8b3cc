import type { PersistenceAdapter, Skill } from 'ask-sdk-core';
import { SkillBuilders } from './askSdkCore';
import { SkillOptions } from './config';
import { deferredErrorHandlers, deferredHandlers, deferredInterceptor } from './handlers/deferredHandlers';
import { LaunchHandler } from './handlers/LaunchHandler';
import { persistMemory } from './handlers/persistMemory';
import { attachRequestContext } from './handlers/requestContext';
import { checkSessionAttributes } from './handlers/sessionCheck';
import { UnexpectedErrorHandler } from './handlers/UnexpectedErrorHandler';
import { requireLinkedAccount } from './linking/requireLinkedAccount';
import { logRequest, logResponses } from './logging/requestLogger';
import { ContainerPersistenceAdapter } from './persistence/containerPersistenceAdapter';
import { Clock } from './providers/clock';
import { ProviderBinding } from './providers/providerBinding';

/** What the skill is given besides its options; each has a default fit for a single container. */
export interface SkillServices {
  /** Where each person's memory is kept; `persistenceFor(config)` picks it for the Lambda. Default: this skill instance only. */
  readonly persistence?: PersistenceAdapter;
  /** Where deadlines and waits take their time; the system clock unless a test simulates time. */
  readonly clock?: Clock;
  /** The time the person's memory records; the clock's unless a test sets it apart. */
  readonly now?: () => number;
}

/**
 * The whole skill on one screen: request logging, the request context and the checked session
 * first; then the linking gate, the welcome, and every other handler in
 * `handlers/conversationHandlers.ts`. The person's memory is written back after the answer is ready.
 *
 * A launch is answered from this file's handlers alone; the rest are deferred, so that the
 * Lambda bundle's conversation.js is read only by the first request that needs it.
 */
export function buildSkill(config: SkillOptions, provider: ProviderBinding, services: SkillServices = {}): Skill {
  const builder = SkillBuilders.custom()
    .withPersistenceAdapter(services.persistence ?? new ContainerPersistenceAdapter())
    .addRequestInterceptors(
      logRequest,
      attachRequestContext(provider, services.clock, services.now, config.playback),
      checkSessionAttributes(deferredInterceptor((conversation) => conversation.normalizeSessionAttributes)),
    )
    .addResponseInterceptors(persistMemory, logResponses)
    .addRequestHandlers(
      requireLinkedAccount(config.accountLinking),
      LaunchHandler,
      deferredHandlers((conversation) => conversation.conversationHandlers),
    )
    .addErrorHandlers(
      deferredErrorHandlers((conversation) => conversation.conversationErrorHandlers),
      UnexpectedErrorHandler,
    )
    .withCustomUserAgent('playlist-reader');
  if (config.skillId) builder.withSkillId(config.skillId);
  return builder.create();
}
