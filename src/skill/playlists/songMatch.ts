import { PlaylistTrack } from '../providers/types';
import { normalizeName } from './normalizeName';

/** Words that join a title and an artist in a question ("hound dog by elvis") but are in neither. */
const CONNECTORS = new Set(['by', 'from', 'von']);

const wordsOf = (text: string) => normalizeName(text).split(' ').filter(Boolean);

/**
 * Whether a song answers "which playlist has <query>": every word the person said is in its
 * title or among its artists, compared with the same normalisation as playlist names, so
 * "rock and roll" meets "Rock & Roll" and "beyonce" meets "Beyoncé".
 */
export function songMatcher(query: string): (track: PlaylistTrack) => boolean {
  const wanted = wordsOf(query).filter((word) => !CONNECTORS.has(word));
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
  const wanted = wordsOf(query).filter((word) => !CONNECTORS.has(word));
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
