import { escapeXmlCharacters } from 'ask-sdk-core';

/**
 * One thing Alexa says, held twice: as SSML for the voice and as plain text for the card.
 * Build it with the `say` template tag, which escapes every interpolated string, so that
 * a playlist called `<Rock & Roll>` can never break the markup.
 */
export interface Utterance {
  readonly ssml: string;
  readonly text: string;
}

/** Characters XML 1.0 forbids even when escaped (C0 controls but tab, CR, LF; lone surrogates; U+FFFE/U+FFFF). */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is this pattern's whole job
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** The longest stretch of one dynamic value that is spoken; longer names are cut. */
export const MAX_SPOKEN_VALUE_LENGTH = 120;

/** Makes a dynamic value safe and short enough to say: no forbidden characters, no runs of space. */
export function sanitizeSpokenValue(value: string, maxLength = MAX_SPOKEN_VALUE_LENGTH): string {
  const clean = value.replace(XML_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = Array.from(clean).slice(0, maxLength).join('');
  return `${cut.replace(/\s+\S*$/, '')}…`;
}

export function isUtterance(value: unknown): value is Utterance {
  return typeof value === 'object' && value !== null && 'ssml' in value && 'text' in value;
}

export function plain(value: string | number): Utterance {
  const text = typeof value === 'number' ? String(value) : sanitizeSpokenValue(value);
  return { ssml: escapeXmlCharacters(text), text };
}

/** Fixed wording from the skill itself, kept exactly as written (spaces included). */
function literal(text: string): Utterance {
  return { ssml: escapeXmlCharacters(text), text };
}

type Part = string | number | Utterance;

export function say(strings: TemplateStringsArray, ...values: Part[]): Utterance {
  let ssml = escapeXmlCharacters(strings[0]);
  let text = strings[0];
  values.forEach((value, index) => {
    const part = isUtterance(value) ? value : plain(value);
    ssml += part.ssml + escapeXmlCharacters(strings[index + 1]);
    text += part.text + strings[index + 1];
  });
  return { ssml, text };
}

export function join(parts: Utterance[], separator: Utterance = literal(' ')): Utterance {
  return {
    ssml: parts.map((part) => part.ssml).join(separator.ssml),
    text: parts.map((part) => part.text).join(separator.text),
  };
}

/** "A, B, and C" in the locale's own words, with each element escaped. */
export function listOf(locale: string, items: Utterance[], type: 'conjunction' | 'disjunction' = 'conjunction'): Utterance {
  const placeholders = items.map((_, index) => `\u0000${index}\u0000`);
  const parts = new Intl.ListFormat(locale, { style: 'long', type }).formatToParts(placeholders);
  return join(
    parts.map((part) => (part.type === 'element' ? items[Number(part.value.slice(1, -1))] : literal(part.value))),
    literal(''),
  );
}
