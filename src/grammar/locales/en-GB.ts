import { IntentGrammar, LocaleGrammar } from '../localeGrammar';
import { enUS } from './en-US';

/* British English: the American grammar, plus the words people in Britain add. */

const BRITISH: Readonly<Record<string, readonly string[]>> = {
  ListPlaylistsIntent: ['what playlists have i got on here', 'which playlists are on here', 'give us my playlists'],
  PlaylistContentsIntent: [
    'tell us about {playlistName}',
    "what's on {playlistName} at the moment",
    'what have i got in {playlistName}',
    'give us the songs on {playlistName}',
  ],
  PlaylistTrackCountIntent: ['how many (songs|tracks) have i got (on|in) {playlistName}', 'how many songs has it got on it'],
  PlaylistDurationIntent: ['how long does {playlistName} go on for', 'how long does it go on for'],
  FindSongIntent: ['have i got {songQuery} on any of my playlists'],
  'AMAZON.StopIntent': ['ta', "that's me done", 'cheerio', 'ta very much'],
};

const british = (intent: IntentGrammar): IntentGrammar => ({ ...intent, samples: [...intent.samples, ...(BRITISH[intent.name] ?? [])] });

export const enGB: LocaleGrammar = {
  ...enUS,
  locale: 'en-GB',
  carriers: { ...enUS.carriers, leading: [...enUS.carriers.leading, 'right', 'go on then'] },
  intents: enUS.intents.map(british),
};
