import { Playlist } from '../providers/types';
import { normalizeName } from './normalizeName';

export type PlaylistMatch =
  | { readonly kind: 'found'; readonly playlist: Playlist }
  | { readonly kind: 'ambiguous'; readonly candidates: Playlist[] }
  | { readonly kind: 'none' };

/** Below this similarity a name is not a match at all. */
const MIN_SIMILARITY = 0.72;
/** Candidates this close to the best are too close to call, so the person is asked. */
const AMBIGUITY_MARGIN = 0.06;
const MAX_CANDIDATES = 4;
/** Long names are compared on their start; nobody speaks 500 characters. */
const MAX_COMPARED_LENGTH = 80;

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

function similarity(spoken: string, name: string): number {
  const a = spoken.slice(0, MAX_COMPARED_LENGTH);
  const b = name.slice(0, MAX_COMPARED_LENGTH);
  if (!a || !b) return 0;
  const bySpelling = 1 - editDistance(a, b) / Math.max(a.length, b.length);
  // "road trip" for "Road Trip 2024": every spoken word is in the name.
  const nameWords = new Set(b.split(' '));
  const spokenWords = a.split(' ');
  const byWords = spokenWords.every((word) => nameWords.has(word)) ? 0.8 + 0.1 * (spokenWords.length / nameWords.size) : 0;
  return Math.max(bySpelling, byWords);
}

/** Finds the playlist a person named: exact after normalising, else the clear fuzzy winner. */
export function matchPlaylistName(spoken: string, playlists: readonly Playlist[]): PlaylistMatch {
  const target = normalizeName(spoken);
  if (!target) return { kind: 'none' };
  const normalized = playlists.map((playlist) => ({ playlist, name: normalizeName(playlist.name) }));

  const exact = normalized.find((entry) => entry.name === target);
  if (exact) return { kind: 'found', playlist: exact.playlist };

  const scored = normalized
    .map((entry) => ({ playlist: entry.playlist, score: similarity(target, entry.name) }))
    .filter((entry) => entry.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return { kind: 'none' };

  const close = scored.filter((entry) => entry.score >= scored[0].score - AMBIGUITY_MARGIN);
  if (close.length === 1) return { kind: 'found', playlist: close[0].playlist };
  return { kind: 'ambiguous', candidates: close.slice(0, MAX_CANDIDATES).map((entry) => entry.playlist) };
}
