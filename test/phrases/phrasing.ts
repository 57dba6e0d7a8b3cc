/**
 * One thing a person says, and what Alexa should make of it: the intent and the slot values
 * spoken. `asked` is the slot the skill had just asked for (`Dialog.ElicitSlot`), if any.
 */
export type Phrasing = readonly [
  said: string,
  intent: string,
  slots?: Readonly<Record<string, string>>,
  asked?: { readonly intent: string; readonly slot: string },
];

export const LIST = 'ListPlaylistsIntent';
export const CONTENTS = 'PlaylistContentsIntent';
export const COUNT = 'PlaylistTrackCountIntent';
export const DURATION = 'PlaylistDurationIntent';
export const TRACK = 'TrackDetailIntent';
export const FIND = 'FindSongIntent';
export const BIGGEST = 'BiggestPlaylistIntent';
export const SHORTEST = 'ShortestPlaylistIntent';
export const ARTIST = 'FindArtistIntent';
export const NEXT_SONG = 'NextSongIntent';
export const PAUSE = 'AMAZON.PauseIntent';
export const RESUME = 'AMAZON.ResumeIntent';
export const RESUME_MUSIC = 'ResumeMusicIntent';
export const RECENT = 'RecentlyAddedIntent';
export const NEW = 'WhatsNewIntent';
export const PLAY = 'PlayPlaylistIntent';
export const SHUFFLE = 'ShufflePlaylistIntent';
export const NOW = 'NowPlayingIntent';
export const DEVICES = 'ListDevicesIntent';
