import { PersistenceAdapter, Skill, SkillBuilders } from 'ask-sdk-core';
import { SkillOptions } from './config';
import { AplOpenPlaylistHandler } from './handlers/AplOpenPlaylistHandler';
import { BiggestPlaylistHandler, ShortestPlaylistHandler } from './handlers/PlaylistExtremesHandler';
import { FallbackHandler } from './handlers/FallbackHandler';
import { FindArtistHandler } from './handlers/FindArtistHandler';
import { FindSongHandler } from './handlers/FindSongHandler';
import { HelpHandler } from './handlers/HelpHandler';
import { LaunchHandler } from './handlers/LaunchHandler';
import { ListDevicesHandler } from './handlers/ListDevicesHandler';
import { ListPlaylistsHandler } from './handlers/ListPlaylistsHandler';
import { MoreHandler } from './handlers/MoreHandler';
import { NextSongHandler } from './handlers/NextSongHandler';
import { NowPlayingHandler } from './handlers/NowPlayingHandler';
import { PauseHandler } from './handlers/PauseHandler';
import { PlaylistContentsHandler } from './handlers/PlaylistContentsHandler';
import { PlaylistDurationHandler } from './handlers/PlaylistDurationHandler';
import { PlaylistTrackCountHandler } from './handlers/PlaylistTrackCountHandler';
import { PlayPlaylistHandler, ShufflePlaylistHandler } from './handlers/PlayPlaylistHandler';
import { PreviousHandler } from './handlers/PreviousHandler';
import { ProviderErrorHandler } from './handlers/ProviderErrorHandler';
import { RecentlyAddedHandler } from './handlers/RecentlyAddedHandler';
import { RepeatHandler } from './handlers/RepeatHandler';
import { ResumeHandler } from './handlers/ResumeHandler';
import { SessionEndedHandler } from './handlers/SessionEndedHandler';
import { SkillDisabledHandler } from './handlers/SkillDisabledHandler';
import { StartOverHandler } from './handlers/StartOverHandler';
import { StopHandler } from './handlers/StopHandler';
import { TrackDetailHandler } from './handlers/TrackDetailHandler';
import { UnexpectedErrorHandler } from './handlers/UnexpectedErrorHandler';
import { UnhandledRequestHandler } from './handlers/UnhandledRequestHandler';
import { WhatsNewHandler } from './handlers/WhatsNewHandler';
import { YesHandler } from './handlers/YesHandler';
import { requireLinkedAccount } from './linking/requireLinkedAccount';
import { logRequest, logResponses } from './logging/requestLogger';
import { ContainerPersistenceAdapter } from './persistence/containerPersistenceAdapter';
import { attachRequestContext } from './pipeline/requestContext';
import { persistMemory } from './pipeline/requestMemory';
import { checkSessionAttributes } from './pipeline/sessionState';
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
 * The whole skill on one screen. Every request is logged, given its context (words, deadline,
 * provider) and its checked session; then the linking gate, then the first handler that says
 * yes, in this order. The person's memory is written back once the answer is ready.
 */
export function buildSkill(config: SkillOptions, provider: ProviderBinding, services: SkillServices = {}): Skill {
  const builder = SkillBuilders.custom()
    .withPersistenceAdapter(services.persistence ?? new ContainerPersistenceAdapter())
    .addRequestInterceptors(
      logRequest,
      attachRequestContext(provider, services.clock, services.now, config.playback),
      checkSessionAttributes,
    )
    .addResponseInterceptors(persistMemory, logResponses)
    .addRequestHandlers(
      requireLinkedAccount(config.accountLinking),
      LaunchHandler,
      SkillDisabledHandler,
      ListPlaylistsHandler,
      // Before MoreHandler: a bare "next" while music plays and nothing is being read skips the song.
      NextSongHandler,
      MoreHandler,
      PlaylistContentsHandler,
      PlaylistTrackCountHandler,
      WhatsNewHandler,
      PlaylistDurationHandler,
      TrackDetailHandler,
      FindSongHandler,
      FindArtistHandler,
      BiggestPlaylistHandler,
      ShortestPlaylistHandler,
      RecentlyAddedHandler,
      RepeatHandler,
      StartOverHandler,
      PreviousHandler,
      YesHandler,
      AplOpenPlaylistHandler,
      PlayPlaylistHandler,
      ShufflePlaylistHandler,
      NowPlayingHandler,
      PauseHandler,
      ResumeHandler,
      ListDevicesHandler,
      HelpHandler,
      StopHandler,
      FallbackHandler,
      SessionEndedHandler,
      // The catch-all, last.
      UnhandledRequestHandler,
    )
    // A provider's failure becomes words; anything else meets the last net, which apologises.
    .addErrorHandlers(ProviderErrorHandler, UnexpectedErrorHandler)
    .withCustomUserAgent('playlist-reader');
  if (config.skillId) builder.withSkillId(config.skillId);
  return builder.create();
}
