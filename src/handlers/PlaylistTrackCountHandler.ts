import { ask } from '../speech/respond';
import { join } from '../speech/utterance';
import { namedPlaylistHandler } from './namedPlaylistHandler';

/** "How many songs are in road trip?": answered from the playlist list, or its items when the list has no count. */
export const PlaylistTrackCountHandler = namedPlaylistHandler('PlaylistTrackCountIntent', async (handlerInput, playlist, context) => {
  const { messages, provider } = context;
  const total = playlist.trackCount ?? (await provider().listTracks(playlist.id, 1)).total;
  const speech = messages.trackCount(playlist.name, total);
  return ask(handlerInput, join([speech, messages.anythingElse]), messages.reprompt).getResponse();
});
