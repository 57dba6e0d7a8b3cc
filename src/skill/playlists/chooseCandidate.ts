import { Playlist } from '../providers/types';
import { matchPlaylistName } from './matchPlaylistName';
import { spokenPosition } from '../speech/spokenPosition';
import { normalizeName } from './normalizeName';

/*
 * The answer to "which one?": "the second one", "number two", "the last one", "Bob's", "the
 * one by Bob", "die zweite", "die von Bob", or a name. Alexa fills the playlist slot with
 * whatever was said (its elicitation samples take off "the … one"), so the words arrive here
 * in a normalised name: "bob's" as "bobs", "one" as "1".
 */

const LAST = new Set(['last', 'letzte', 'letzten', 'letzter', 'letztes']);
/** Words around a choice that say nothing about which: "I mean the second one, please". */
const CHOICE_FILLERS = new Set([
  'i',
  'mean',
  'meant',
  'its',
  'the',
  'one',
  'please',
  'playlist',
  'list',
  'by',
  'from',
  'of',
  'ich',
  'meine',
  'meinte',
  'die',
  'der',
  'das',
  'den',
  'von',
  'bitte',
  'liste',
  // "the first of those", "die erste davon"
  'those',
  'these',
  'them',
  'davon',
  'denen',
]);
const NUMBER_WORDS = new Set(['number', 'nummer', 'no']);

/** The words that choose, without fillers; "one" ("1" by now) is a filler unless it is "number one". */
function choosingWords(spoken: string): string[] {
  const words = normalizeName(spoken).split(' ');
  return words.filter(
    (word, index) => word !== '' && !CHOICE_FILLERS.has(word) && (word !== '1' || NUMBER_WORDS.has(words[index - 1] ?? '')),
  );
}

/** 1-based, or undefined when the words are not an ordinal: "second", "the last one", "number 2", "die zweite". */
function positionOf(words: readonly string[], count: number): number | undefined {
  if (words.length === 1 && LAST.has(words[0])) return count;
  if (words.length === 1 && !/^\d+$/.test(words[0])) return spokenPosition(words[0]);
  if (words.length === 2 && NUMBER_WORDS.has(words[0]) && /^\d+$/.test(words[1])) return Number(words[1]);
  return undefined;
}

/**
 * The place the words choose among `count` things just heard ("the second one", "number two",
 * "the last one", "die vierte"), or undefined when they are not only a place: "second hand
 * songs" names a playlist.
 */
export function choicePosition(spoken: string, count: number): number | undefined {
  return positionOf(choosingWords(spoken), count);
}

/** "bobs" or "bob" names the owner Bob (or Bob Smith), and so their playlist. */
function namesOwner(words: readonly string[], ownerName: string | undefined): boolean {
  if (!ownerName) return false;
  const owner = normalizeName(ownerName);
  if (!owner) return false;
  const firstName = owner.split(' ')[0];
  const said = words.join(' ');
  return [owner, firstName].some(
    (name) => said === name || said === `${name}s` || said.startsWith(`${name}s `) || said.startsWith(`${name} `),
  );
}

/**
 * The candidate the answer picks, or undefined when it picks none or more than one (then the
 * answer is looked up as a new name).
 */
export function chooseCandidate(spoken: string, candidates: readonly Playlist[]): Playlist | undefined {
  const words = choosingWords(spoken);
  if (words.length === 0) return undefined;
  const position = positionOf(words, candidates.length);
  if (position !== undefined) return candidates[position - 1];

  const byOwner = candidates.filter((candidate) => namesOwner(words, candidate.ownerName));
  if (byOwner.length === 1) return byOwner[0];

  const byName = matchPlaylistName(spoken, byOwner.length > 1 ? byOwner : candidates);
  return byName.kind === 'found' ? byName.playlist : undefined;
}

/**
 * Words that choose by age: "the newer one", "the older one", "the one from last year", "the one
 * from 2023", "die neuere", "die vom letzten Jahr", "die von 2023". Neither provider says when a playlist was made (Spotify's
 * playlist objects carry no date, and /me/playlists follows the person's own sort order), so
 * such an answer cannot be honoured: the skill asks again rather than guess.
 */
const AGE_WORDS = new Set([
  'new',
  'newer',
  'newest',
  'old',
  'older',
  'oldest',
  'recent',
  'latest',
  'year',
  'neue',
  'neuere',
  'neueste',
  'neuesten',
  'alte',
  'altere',
  'alteste',
  'altesten',
  'jahr',
  'letztes',
  'letzten',
]);

/** Words before a date: "the one from 2023", "since 2019", "die aus 2023". */
const DATE_PREPOSITIONS = new Set(['from', 'since', 'von', 'vom', 'aus', 'seit']);
const isNumber = (word: string | undefined) => word !== undefined && /^\d+$/.test(word);
const isYear = (word: string) => /^(?:19|20)\d\d$/.test(word) || /^(?:zweitausend|neunzehnhundert)/.test(word);
/** What a spoken date is made of, once normalised: "two thousand and three" is "2 thousand and 3". */
const isDateWord = (word: string) => isNumber(word) || isYear(word) || DATE_PREPOSITIONS.has(word) || word === 'thousand' || word === 'and';

/**
 * An answer that is only a date: a year ("2023", "twenty twenty three", "two thousand and
 * three", "zweitausenddreiundzwanzig"), or "from" and a number ("the one from two"). A name
 * with a year in it ("road trip twenty nineteen") is a name.
 */
function onlyADate(spoken: string): boolean {
  const words = choosingWords(spoken);
  if (words.length === 0 || !words.every(isDateWord)) return false;
  const said = normalizeName(spoken).split(' ');
  const fromANumber = said.some((word, index) => DATE_PREPOSITIONS.has(word) && isNumber(said[index + 1]));
  return words.some(isYear) || words.includes('thousand') || fromANumber;
}

export function choosesByAge(spoken: string): boolean {
  const words = choosingWords(spoken);
  return (words.some((word) => AGE_WORDS.has(word)) && !words.every((word) => LAST.has(word))) || onlyADate(spoken);
}
