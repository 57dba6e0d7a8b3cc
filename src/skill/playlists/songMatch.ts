import { PlaylistTrack } from '../providers/types';
import { normalizeName } from './normalizeName';

/** Words that join a title and an artist in a question ("hound dog by elvis") but are in neither. */
const CONNECTORS = new Set(['by', 'from', 'von']);
/**
 * How a song search's words open when they ask about an artist: "(do I have) any adele",
 * "(have I got) anything by queen", "(hab ich) was von adele".
 */
const ARTIST_OPENING =
  /^(?:there (?:is )?)?(?:any(?:thing| songs| music| tracks)? by|any|something by|songs by|music by|(?:irgend)?was von|etwas von|lieder von|songs von|musik von) (.+)$/;

const wordsOf = (text: string) => normalizeName(text).split(' ').filter(Boolean);
const wantedWords = (query: string) => wordsOf(query).filter((word) => !CONNECTORS.has(word));

/** The artist a song search's words ask about ("any adele" asks about Adele), or undefined when they ask about a song. */
export function artistAskedFor(query: string): string | undefined {
  return ARTIST_OPENING.exec(wordsOf(query).join(' '))?.[1];
}

/**
 * Whether a song answers "which playlist has <query>": every word the person said is in its
 * title or among its artists, compared with the same normalisation as playlist names, so
 * "rock and roll" meets "Rock & Roll" and "beyonce" meets "Beyoncé".
 */
export function songMatcher(query: string): (track: PlaylistTrack) => boolean {
  const wanted = wantedWords(query);
  if (wanted.length === 0) return () => false;
  return (track) => {
    const words = new Set([track.title, ...track.artists].flatMap(wordsOf));
    return wanted.every((word) => words.has(word));
  };
}

/**
 * The artist of `track` that answers "do I have any <query>", or undefined: every word said is
 * in that one artist's name ("elvis" is Elvis Presley), so a title never counts ("Dancing
 * Queen" is not Queen) and two artists' words are never mixed.
 */
export function artistMatcher(query: string): (track: PlaylistTrack) => string | undefined {
  const wanted = wantedWords(query);
  if (wanted.length === 0) return () => undefined;
  return (track) =>
    track.artists.find((artist) => {
      const words = new Set(wordsOf(artist));
      return wanted.every((word) => words.has(word));
    });
}

/** One key per song, so the same song on two playlists counts once. */
export function songKey(track: PlaylistTrack): string {
  return [track.title, ...track.artists].map(normalizeName).join('|');
}
