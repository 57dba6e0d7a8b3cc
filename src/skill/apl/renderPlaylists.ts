import { getSupportedInterfaces, HandlerInput } from 'ask-sdk-core';
import { interfaces } from 'ask-sdk-model';
import { Playlist, PlaylistTrack } from '../providers/types';
import { Messages } from '../speech/locales/en-US';
import { sanitizeSpokenValue } from '../speech/utterance';
import playlistListDocument from './playlistListDocument.json';
import playlistTracksDocument from './playlistTracksDocument.json';

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

export const PLAYLIST_LIST_TOKEN = 'playlistList';
export const PLAYLIST_TRACKS_TOKEN = 'playlistTracks';
/** What a touch on a playlist sends back in `Alexa.Presentation.APL.UserEvent` arguments. */
export const OPEN_PLAYLIST_EVENT = 'openPlaylist';

/** Only devices that say they render APL get a document; others would reject the response. */
export function supportsApl(handlerInput: HandlerInput): boolean {
  try {
    return getSupportedInterfaces(handlerInput.requestEnvelope)?.['Alexa.Presentation.APL'] !== undefined;
  } catch {
    return false;
  }
}

const text = (value: string) => sanitizeSpokenValue(value);

export function playlistListDirective(title: string, playlists: readonly Playlist[], messages: Messages): RenderDocument {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: PLAYLIST_LIST_TOKEN,
    document: playlistListDocument,
    datasources: {
      playlistList: {
        title: text(title),
        playlists: playlists.map((playlist) => ({
          id: playlist.id,
          name: text(playlist.name),
          countText: playlist.trackCount === undefined ? '' : messages.songCount(playlist.trackCount).text,
          imageUrl: playlist.imageUrl ?? '',
        })),
      },
    },
  };
}

export function playlistTracksDirective(
  playlist: Playlist,
  total: number,
  tracks: readonly PlaylistTrack[],
  messages: Messages,
): RenderDocument {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: PLAYLIST_TRACKS_TOKEN,
    document: playlistTracksDocument,
    datasources: {
      playlistTracks: {
        name: text(playlist.name),
        countText: messages.songCount(total).text,
        imageUrl: playlist.imageUrl ?? '',
        tracks: tracks.map((track) => ({ title: text(track.title), artists: text(track.artists.join(', ')) })),
      },
    },
  };
}
