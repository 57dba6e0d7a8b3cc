/*
 * Everything the skill does besides welcoming: every intent, event and screen touch, in the
 * order they are asked. The Lambda bundle builds this module and what it needs into its own
 * file, dist/lambda/conversation.js, which a launch never reads; `skill.ts` reaches it
 * through `deferredHandlers`, with `import()`, on the first request that needs it.
 */
import { ErrorHandler, RequestHandler } from 'ask-sdk-core';
import { AplOpenPlaylistHandler } from './AplOpenPlaylistHandler';
import { BiggestPlaylistHandler } from './BiggestPlaylistHandler';
import { FallbackHandler } from './FallbackHandler';
import { FindSongHandler } from './FindSongHandler';
import { HelpHandler } from './HelpHandler';
import { ListDevicesHandler } from './ListDevicesHandler';
import { ListPlaylistsHandler } from './ListPlaylistsHandler';
import { MoreHandler } from './MoreHandler';
import { NowPlayingHandler } from './NowPlayingHandler';
import { PlaylistContentsHandler } from './PlaylistContentsHandler';
import { PlaylistDurationHandler } from './PlaylistDurationHandler';
import { PlaylistTrackCountHandler } from './PlaylistTrackCountHandler';
import { PlayPlaylistHandler, ShufflePlaylistHandler } from './PlayPlaylistHandler';
import { PreviousHandler } from './PreviousHandler';
import { ProviderErrorHandler } from './ProviderErrorHandler';
import { RecentlyAddedHandler } from './RecentlyAddedHandler';
import { RepeatHandler } from './RepeatHandler';
import { SessionEndedHandler } from './SessionEndedHandler';
import { SkillDisabledHandler } from './SkillDisabledHandler';
import { StartOverHandler } from './StartOverHandler';
import { StopHandler } from './StopHandler';
import { TrackDetailHandler } from './TrackDetailHandler';
import { UnhandledRequestHandler } from './UnhandledRequestHandler';
import { WhatsNewHandler } from './WhatsNewHandler';
import { YesHandler } from './YesHandler';

export { normalizeSessionAttributes } from './sessionState';

/** After the linking gate and the welcome: one handler per intent group, the catch-alls last. */
export const conversationHandlers: readonly RequestHandler[] = [
  SkillDisabledHandler,
  ListPlaylistsHandler,
  MoreHandler,
  PlaylistContentsHandler,
  PlaylistTrackCountHandler,
  WhatsNewHandler,
  PlaylistDurationHandler,
  TrackDetailHandler,
  FindSongHandler,
  BiggestPlaylistHandler,
  RecentlyAddedHandler,
  RepeatHandler,
  StartOverHandler,
  PreviousHandler,
  YesHandler,
  AplOpenPlaylistHandler,
  PlayPlaylistHandler,
  ShufflePlaylistHandler,
  NowPlayingHandler,
  ListDevicesHandler,
  HelpHandler,
  StopHandler,
  FallbackHandler,
  SessionEndedHandler,
  UnhandledRequestHandler,
];

/** A provider's failure becomes words here; anything else falls through to the last net in `skill.ts`. */
export const conversationErrorHandlers: readonly ErrorHandler[] = [ProviderErrorHandler];
