import { PLAYLIST_CONTENTS } from './PlaylistContentsHandler';
import { namedPlaylistHandler } from './namedPlaylistHandler';
import { PLAYLIST_TRACK_COUNT } from './PlaylistTrackCountHandler';
import { WHATS_NEW } from './WhatsNewHandler';

/**
 * The bare answer to "which one did you mean?": "road trip 2019". It answers the question
 * that was ambiguous. With no question pending, a bare phrase is most likely not about a
 * playlist at all, so the person hears the fallback help rather than a provider lookup.
 */
export const PlaylistChoiceHandler = namedPlaylistHandler('PlaylistChoiceIntent', (state) => {
  if (!state.pendingChoice?.length) return undefined;
  const pending = [PLAYLIST_TRACK_COUNT, WHATS_NEW].find((question) => question.intentName === state.pendingIntent);
  return pending ?? PLAYLIST_CONTENTS;
});
