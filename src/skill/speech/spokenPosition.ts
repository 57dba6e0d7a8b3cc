/*
 * "Play the third song on X", "who sings the third one": Alexa's AMAZON.Ordinal sends "3", but a
 * typed or transcribed "third", "the 3rd", "dritte", "den dritten" or "3." must mean the same.
 * Anything else is no position at all.
 */

/** Spotify playlists hold at most 10,000 items; no song is further in. */
const MAX_POSITION = 10_000;

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  erst: 1,
  zweit: 2,
  dritt: 3,
  viert: 4,
  funft: 5,
  fünft: 5,
  sechst: 6,
  siebt: 7,
  acht: 8,
  neunt: 9,
  zehnt: 10,
  elft: 11,
  zwolft: 12,
  zwölft: 12,
  dreizehnt: 13,
  vierzehnt: 14,
  fünfzehnt: 15,
  funfzehnt: 15,
  sechzehnt: 16,
  siebzehnt: 17,
  achtzehnt: 18,
  neunzehnt: 19,
  zwanzigst: 20,
};

/** German ordinals decline ("dritte", "dritten", "dritter"); the stem is what counts. */
const GERMAN_ENDING = /(?:e|en|er|es|em)$/;
/** "the third", "den dritten": the article says nothing about the place. */
const LEADING_ARTICLE = /^(?:the|der|die|das|den|dem)\s+/;

/** The 1-based position a person asked for, up to `max`, or undefined when the value names none. */
export function spokenPosition(value: string | undefined, max = MAX_POSITION): number | undefined {
  const text = (value ?? '').trim().toLowerCase().replace(LEADING_ARTICLE, '');
  if (text === '' || text.length > 20) return undefined;
  const digits = /^(\d{1,5})(?:st|nd|rd|th|\.)?$/.exec(text);
  // Own keys only: "constructor" or "valueOf" must not find Object.prototype.
  const word = (key: string) => (Object.prototype.hasOwnProperty.call(ORDINAL_WORDS, key) ? ORDINAL_WORDS[key] : undefined);
  const position = digits ? Number(digits[1]) : (word(text) ?? word(text.replace(GERMAN_ENDING, '')));
  return position !== undefined && Number.isInteger(position) && position >= 1 && position <= max ? position : undefined;
}
