/*
 * The ONE list of what Playlist Reader does, with the words that say so in each language. The
 * listing's description and the testing instructions must name every feature here, and every
 * custom intent in the models must belong to one, so a new feature fails `npm run certify`
 * until it is listed here and described in skill.json.
 */

export type Language = 'en' | 'de';

export interface Feature {
  readonly name: string;
  /** The custom intents that make up the feature. */
  readonly intents: readonly string[];
  /** Per language, patterns that must all be found in a text that describes the feature. */
  readonly words: Readonly<Record<Language, readonly RegExp[]>>;
}

export const FEATURES: readonly Feature[] = [
  {
    name: 'reading playlists',
    intents: ['ListPlaylistsIntent', 'PlaylistContentsIntent', 'TrackDetailIntent'],
    words: {
      en: [/\breads?\b[^.]*\bplaylists?\b/i, /\bwhat'?s on\b|\bsongs on\b/i],
      de: [/\b(liest|vorlesen)\b/i, /\bwas auf\b|\bwas ist auf\b/i],
    },
  },
  {
    name: 'lookups (how many songs, how long, the longest)',
    intents: ['PlaylistTrackCountIntent', 'PlaylistDurationIntent', 'BiggestPlaylistIntent'],
    words: { en: [/\bhow many songs\b/i, /\bhow long\b/i, /\blongest\b/i], de: [/\bwie viele\b/i, /\bwie lange?\b/i, /\blängste\b/i] },
  },
  {
    name: 'the shortest playlist',
    intents: ['ShortestPlaylistIntent'],
    words: { en: [/\bshortest\b/i], de: [/\bkürzeste\b/i] },
  },
  {
    name: 'song search ("which playlist has …")',
    intents: ['FindSongIntent'],
    words: { en: [/\bwhich playlist has\b/i], de: [/\bwelche playlist\b|\bauf welcher playlist\b/i] },
  },
  {
    name: 'artist search ("got anything by …")',
    intents: ['FindArtistIntent'],
    words: { en: [/\b(got )?anything by\b/i], de: [/\bhaben [^.,;]* drauf\b|\bwas von\b/i] },
  },
  {
    name: "what's new",
    intents: ['WhatsNewIntent', 'RecentlyAddedIntent'],
    words: { en: [/\bwhat'?s new\b/i], de: [/\bwas (ist )?neu\b/i] },
  },
  {
    name: 'playback on Spotify Connect devices',
    intents: ['PlayPlaylistIntent', 'ShufflePlaylistIntent', 'NowPlayingIntent', 'ListDevicesIntent'],
    words: { en: [/\bSpotify Connect\b/, /\bplay(s|ing)?\b/i], de: [/\bSpotify Connect\b/, /\b(spielt|abspielen|spiele|spielen)\b/i] },
  },
  {
    name: 'pause, resume and the next song while music plays',
    intents: ['NextSongIntent', 'ResumeMusicIntent'],
    words: { en: [/\bpause\b/i, /\bresume\b/i, /\bnext song\b/i], de: [/\bpause\b/i, /\bweiterspielen\b/i, /\bnächster song\b/i] },
  },
];

/**
 * What a listing must never say, per language: claims that were once true and are false now,
 * and features the skill does not have.
 */
export const FALSE_CLAIMS: Readonly<Record<Language, readonly RegExp[]>> = {
  en: [
    /\b(does not|doesn't|cannot|can't|won't) play\b/i,
    /\bonly reads\b/i,
    /\blyrics\b/i,
    /\b(creates?|makes?|edits?|deletes?) (a |your )?playlists?\b/i,
    /\badds? songs\b/i,
    /\b(apple music|amazon music|deezer|tidal|pandora)\b/i,
  ],
  de: [
    /\bspielt keine musik\b/i,
    /\bkeine musik ab\b/i,
    /\bliest nur\b/i,
    /\bsongtexte?\b/i,
    /\bplaylists? (erstellen|anlegen|löschen|bearbeiten)\b/i,
    /\b(apple music|amazon music|deezer|tidal)\b/i,
  ],
};
