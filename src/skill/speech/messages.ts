import { deDE } from './locales/de-DE';
import { enGB } from './locales/en-GB';
import { enUS, Messages } from './locales/en-US';

/** Adding a locale means a file in `locales/` and a line here; no handler changes. */
const byLocale: Record<string, () => Messages> = { 'en-US': enUS, 'en-GB': enGB, 'de-DE': deDE };
/** Each locale's words are built when first asked for, once per container: a launch builds one locale, not all. */
const built = new Map<string, Messages>();

function wordsOf(tag: keyof typeof byLocale): Messages {
  let messages = built.get(tag);
  if (!messages) {
    messages = byLocale[tag]();
    built.set(tag, messages);
  }
  return messages;
}

/** Longer than any BCP 47 tag Alexa sends ("en-US"); a longer value is not a locale. */
const MAX_LOCALE_LENGTH = 35;

/**
 * The messages for a request's locale, which comes from the envelope and may be anything.
 * An unknown variant of a known language gets that language (en-AU gets British English,
 * de-AT German); anything else, a non-string included, gets US English.
 */
export function messagesFor(locale: unknown): Messages {
  if (typeof locale !== 'string' || locale === '' || locale.length > MAX_LOCALE_LENGTH) return wordsOf('en-US');
  // Own keys only: a locale of "constructor" or "valueOf" must not find Object.prototype.
  if (Object.prototype.hasOwnProperty.call(byLocale, locale)) return wordsOf(locale);
  const language = locale.split('-')[0].toLowerCase();
  if (language === 'de') return wordsOf('de-DE');
  if (language === 'en') return wordsOf('en-GB');
  return wordsOf('en-US');
}
