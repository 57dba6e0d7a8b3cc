import { NamedPlaylistQuestion, namedPlaylistHandler } from '../answers/namedPlaylist';
import { answerPlaylistContents } from '../answers/playlistTracks';

/** "What's on road trip?" */
export const PLAYLIST_CONTENTS: NamedPlaylistQuestion = { intentName: 'PlaylistContentsIntent', answer: answerPlaylistContents };

export const PlaylistContentsHandler = namedPlaylistHandler(PLAYLIST_CONTENTS);
