import { ask } from '../speech/respond';
import { join } from '../speech/utterance';
import { namedPlaylistHandler } from './namedPlaylistHandler';

/** How many tracks one answer reads out. */
export const TRACKS_PER_ANSWER = 5;

/** "What's on road trip?": the song count and the first few songs with their artists. */
export const PlaylistContentsHandler = namedPlaylistHandler('PlaylistContentsIntent', async (handlerInput, playlist, context) => {
  const { messages, provider } = context;
  const page = await provider().listTracks(playlist.id, TRACKS_PER_ANSWER);
  const speech =
    page.total === 0 ? messages.playlistEmpty(playlist.name) : messages.playlistContents(playlist.name, page.total, page.tracks.slice(0, TRACKS_PER_ANSWER));
  return ask(handlerInput, join([speech, messages.anythingElse]), messages.reprompt)
    .withSimpleCard(messages.skillName, speech.text)
    .getResponse();
});
