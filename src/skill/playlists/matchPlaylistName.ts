import { distance } from 'fastest-levenshtein';
import { Playlist } from '../providers/types';
import { normalizeName, withoutCarrierWords } from './normalizeName';

export type PlaylistMatch =
  | { readonly kind: 'found'; readonly playlist: Playlist }
  /** Playlists that match equally well, best first; never picked between silently. */
  | { readonly kind: 'ambiguous'; readonly candidates: Playlist[] }
  | { readonly kind: 'none' };

/** Below this similarity a name is not a match at all. */
const MIN_SIMILARITY = 0.72;
/** Candidates this close to the best are too close to call, so the person is asked. */
const AMBIGUITY_MARGIN = 0.06;
/** More than a person can keep in mind from one question. */
export const MAX_CANDIDATES = 4;
/** Long names are compared on their start; nobody speaks 500 characters. */
const MAX_COMPARED_LENGTH = 80;

interface IndexedName {
  /** As written, only lower-cased with single spaces: "workout" is Workout, not Workout! */
  readonly asWritten: string;
  readonly normalized: string;
  readonly compared: string;
  readonly words: ReadonlySet<string>;
}

/*
 * Names are normalised once per playlist object. A cached library hands out the same objects
 * on every request, so a warm lookup over thousands of playlists normalises nothing.
 */
const indexedNames = new WeakMap<Playlist, IndexedName>();

const asWritten = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

function indexed(playlist: Playlist): IndexedName {
  let entry = indexedNames.get(playlist);
  if (!entry) {
    const normalized = normalizeName(playlist.name);
    const compared = normalized.slice(0, MAX_COMPARED_LENGTH);
    entry = { asWritten: asWritten(playlist.name), normalized, compared, words: new Set(compared.split(' ')) };
    indexedNames.set(playlist, entry);
  }
  return entry;
}

interface SpokenForm {
  readonly text: string;
  readonly words: readonly string[];
}

function similarity(spoken: SpokenForm, name: IndexedName): number {
  const a = spoken.text;
  const b = name.compared;
  if (!a || !b) return 0;
  // "road trip" for "Road Trip 2024": every spoken word is in the name.
  const byWords = spoken.words.every((word) => name.words.has(word)) ? 0.8 + 0.1 * (spoken.words.length / name.words.size) : 0;
  // Lengths this far apart cannot reach the bar by spelling; most of a big library is skipped here.
  const longer = Math.max(a.length, b.length);
  if (Math.abs(a.length - b.length) > (1 - MIN_SIMILARITY) * longer) return byWords;
  return Math.max(byWords, 1 - distance(a, b) / longer);
}

/**
 * "chill by bob", "chill von bob", "bobs chill", "james chill" (normalised from "Bob's chill",
 * "James' chill"): a name, and whose playlist it is. A first word ending in "s" may be the owner
 * with or without that "s"; German writes "Bobs Chill" with no apostrophe at all.
 */
function namesWithOwner(form: string): { readonly name: string; readonly owner: string }[] {
  const forms: { name: string; owner: string }[] = [];
  const by = /^(.+) (?:by|from|von) (.+)$/.exec(form);
  if (by) forms.push({ name: by[1], owner: by[2] });
  const [first, ...rest] = form.split(' ');
  if (rest.length > 0 && first.length > 1 && first.endsWith('s')) {
    const name = rest.join(' ');
    forms.push({ name, owner: first.slice(0, -1) }, { name, owner: first });
  }
  return forms;
}

/** Whether `spokenOwner` is what a person calls `ownerName`: the whole name or the first name. */
function ownerCalled(spokenOwner: string, ownerName: string | undefined): boolean {
  const owner = ownerName ? normalizeName(ownerName) : '';
  return owner !== '' && (spokenOwner === owner || spokenOwner === owner.split(' ')[0]);
}

function decided(playlists: readonly Playlist[]): PlaylistMatch {
  return playlists.length === 1
    ? { kind: 'found', playlist: playlists[0] }
    : { kind: 'ambiguous', candidates: playlists.slice(0, MAX_CANDIDATES) };
}

/**
 * Finds the playlist a person named. In order, the first step that finds anything decides:
 * the name as written ("Rock & Roll" over "Rock and Roll" for "rock & roll"); the name after
 * normalising ("ROCK N ROLL"); the name without the words a slot caught by mistake ("me the
 * rock and roll playlist"); the name with its owner ("chill by bob", "Bob's chill"), asked about
 * beside any other name that fits the words; the clear fuzzy winner. Equally good matches come
 * back ambiguous.
 */
export function matchPlaylistName(spoken: string, playlists: readonly Playlist[]): PlaylistMatch {
  const target = normalizeName(spoken);
  if (!target) return { kind: 'none' };
  const entries = playlists.map((playlist) => ({ playlist, name: indexed(playlist) }));

  const said = asWritten(spoken);
  const writtenSo = entries.filter((entry) => entry.name.asWritten === said);
  if (writtenSo.length > 0) return decided(writtenSo.map((entry) => entry.playlist));

  const forms = [target, ...withoutCarrierWords(target)];
  for (const form of forms) {
    const exact = entries.filter((entry) => entry.name.normalized === form);
    if (exact.length > 0) return decided(exact.map((entry) => entry.playlist));
  }

  const owned = new Set<Playlist>();
  for (const { name, owner } of forms.flatMap(namesWithOwner)) {
    for (const entry of entries)
      if (entry.name.normalized === name && ownerCalled(owner, entry.playlist.ownerName)) owned.add(entry.playlist);
  }

  const spokenForms: SpokenForm[] = forms
    .map((form) => form.slice(0, MAX_COMPARED_LENGTH))
    .map((text) => ({ text, words: text.split(' ') }));
  const scored: { playlist: Playlist; score: number }[] = [];
  for (const entry of entries) {
    let score = 0;
    for (const form of spokenForms) score = Math.max(score, similarity(form, entry.name));
    if (score >= MIN_SIMILARITY) scored.push({ playlist: entry.playlist, score });
  }
  if (owned.size > 0) {
    // "Beats workout": Beat's "Workout", or "Beats Workout 2024"? A name that fits all the words is asked about beside it.
    return decided([...owned, ...scored.map((entry) => entry.playlist).filter((playlist) => !owned.has(playlist))]);
  }
  if (scored.length === 0) return { kind: 'none' };

  // A stable sort: equally close names keep the library's order.
  scored.sort((a, b) => b.score - a.score);
  return decided(scored.filter((entry) => entry.score >= scored[0].score - AMBIGUITY_MARGIN).map((entry) => entry.playlist));
}
