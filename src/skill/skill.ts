import { Skill, SkillBuilders } from 'ask-sdk-core';
import { SkillOptions } from './config';
import { AplOpenPlaylistHandler } from './handlers/AplOpenPlaylistHandler';
import { FallbackHandler } from './handlers/FallbackHandler';
import { HelpHandler } from './handlers/HelpHandler';
import { LaunchHandler } from './handlers/LaunchHandler';
import { ListPlaylistsHandler } from './handlers/ListPlaylistsHandler';
import { MoreHandler } from './handlers/MoreHandler';
import { PlaylistChoiceHandler } from './handlers/PlaylistChoiceHandler';
import { PlaylistContentsHandler } from './handlers/PlaylistContentsHandler';
import { PlaylistTrackCountHandler } from './handlers/PlaylistTrackCountHandler';
import { ProviderErrorHandler } from './handlers/ProviderErrorHandler';
import { attachRequestContext } from './handlers/requestContext';
import { ProviderBinding } from './providers/providerBinding';
import { SessionEndedHandler } from './handlers/SessionEndedHandler';
import { StopHandler } from './handlers/StopHandler';
import { UnexpectedErrorHandler } from './handlers/UnexpectedErrorHandler';
import { UnhandledRequestHandler } from './handlers/UnhandledRequestHandler';
import { requireLinkedAccount } from './linking/requireLinkedAccount';
import { logRequest, logResponses } from './logging/requestLogger';

/**
 * The whole skill on one screen: request logging and the request context first, the linking
 * gate next, then one handler per intent group.
 */
export function buildSkill(config: SkillOptions, provider: ProviderBinding): Skill {
  const builder = SkillBuilders.custom()
    .addRequestInterceptors(logRequest, attachRequestContext(provider))
    .addResponseInterceptors(logResponses)
    .addRequestHandlers(
      requireLinkedAccount(config.accountLinking),
      LaunchHandler,
      ListPlaylistsHandler,
      MoreHandler,
      PlaylistContentsHandler,
      PlaylistTrackCountHandler,
      PlaylistChoiceHandler,
      AplOpenPlaylistHandler,
      HelpHandler,
      StopHandler,
      FallbackHandler,
      SessionEndedHandler,
      UnhandledRequestHandler,
    )
    .addErrorHandlers(ProviderErrorHandler, UnexpectedErrorHandler)
    .withCustomUserAgent('playlist-reader');
  if (config.skillId) builder.withSkillId(config.skillId);
  return builder.create();
}
