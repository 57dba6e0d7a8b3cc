/*
 * Reduces a playlist name, written or spoken, to a canonical form so that "Rock & Roll",
 * "rock and roll" and "ROCK N' ROLL!" compare equal, and "Top 50" meets "top fifty".
 */

const UNITS: Record<string, number> = {
  zero: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/*
 * German number words, with umlauts already folded ("fünf" -> "funf"). Both sides of a
 * comparison are normalised the same way, so mapping words of every locale is safe.
 */
Object.assign(UNITS, {
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwolf: 12,
  dreizehn: 13,
  vierzehn: 14,
  funfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
});
Object.assign(TENS, { zwanzig: 20, dreissig: 30, vierzig: 40, funfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 });
/** "einundzwanzig" -> "eins und zwanzig" reads as 21 once the parts are swapped. */
const GERMAN_COMPOUND =
  /^(ein|zwei|drei|vier|funf|sechs|sieben|acht|neun)und(zwanzig|dreissig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig)$/;

const AND_WORDS = new Set(['and', 'n', 'en', 'und']);
/*
 * Words a slot catches around a name that are rarely part of it: "read me the X playlist" can
 * leave "me the X playlist" in the slot, "what songs are in my X list" leaves "X list".
 */
const LEADING_CARRIER_WORDS = new Set(['me', 'my', 'the', 'a', 'mir', 'mein', 'meine', 'meiner', 'meinen', 'die', 'der', 'das', 'den']);
const TRAILING_CARRIER_WORDS = new Set(['playlist', 'playlists', 'list', 'liste', 'playliste']);

/** Own keys only: "constructor" is not a number word. */
const has = (table: Record<string, number>, word: string) => Object.prototype.hasOwnProperty.call(table, word);

function isNumberWord(word: string): boolean {
  return has(UNITS, word) || has(TENS, word) || word === 'hundred';
}

/** Reads one spoken number below 1,000 starting at `start`; returns its value and length. */
function readNumber(words: string[], start: number): { value: number; length: number } {
  let index = start;
  let current = 0;
  while (index < words.length && isNumberWord(words[index])) {
    const word = words[index];
    if (word === 'hundred') {
      if (index === start) break;
      current = (current || 1) * 100;
    } else if (has(TENS, word)) {
      if (current % 100 !== 0) break;
      current += TENS[word];
    } else {
      if (current % 10 !== 0 || (current % 100 !== 0 && UNITS[word] >= 10)) break;
      if (current !== 0 && current < 100 && current % 10 === 0 && index > start && has(UNITS, words[index - 1])) break;
      current += UNITS[word];
    }
    index++;
  }
  return { value: current, length: index - start };
}

/** "top fifty" -> "top 50"; "nineteen eighty four" -> "1984" (year style: two groups below 100). */
function numberWordsToDigits(words: string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < words.length;) {
    if (!isNumberWord(words[index]) || words[index] === 'hundred') {
      out.push(words[index++]);
      continue;
    }
    const first = readNumber(words, index);
    if (first.length === 0) {
      out.push(words[index++]);
      continue;
    }
    index += first.length;
    let digits = String(first.value);
    if (first.value >= 10 && first.value < 100 && index < words.length && isNumberWord(words[index])) {
      const second = readNumber(words, index);
      if (second.length > 0 && second.value >= 10 && second.value < 100) {
        digits += String(second.value).padStart(2, '0');
        index += second.length;
      }
    }
    out.push(digits);
  }
  return out;
}

export function normalizeName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&|\+/g, ' and ')
    .replace(/ß/g, 'ss')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .flatMap((word) => {
      const compound = GERMAN_COMPOUND.exec(word);
      return compound ? [String(TENS[compound[2]] + UNITS[compound[1] === 'ein' ? 'eins' : compound[1]])] : [word];
    })
    .map((word) => (AND_WORDS.has(word) ? 'and' : word));
  return numberWordsToDigits(words).join(' ');
}

/**
 * A normalised name without the carrier words a slot may have caught, from the least changed
 * to the most: leading words gone ("me the rock and roll playlist" -> "rock and roll playlist"),
 * trailing words gone, then both ("rock and roll"). A name is never stripped to nothing, and
 * forms equal to `normalized` are left out. Matching tries these only after the name as said.
 */
export function withoutCarrierWords(normalized: string): string[] {
  const words = normalized.split(' ');
  const leadingGone = (from: number, to: number) => {
    while (to - from > 1 && LEADING_CARRIER_WORDS.has(words[from])) from++;
    return from;
  };
  const trailingGone = (from: number, to: number) => {
    while (to - from > 1 && TRAILING_CARRIER_WORDS.has(words[to - 1])) to--;
    return to;
  };
  const start = leadingGone(0, words.length);
  const forms = [
    words.slice(start).join(' '),
    words.slice(0, trailingGone(0, words.length)).join(' '),
    words.slice(start, trailingGone(start, words.length)).join(' '),
  ];
  return [...new Set(forms)].filter((form) => form !== normalized);
}
