import { deDE } from './locales/de-DE';
import { enGB } from './locales/en-GB';
import { enUS, Messages } from './locales/en-US';

/** Adding a locale means a file in `locales/` and a line here; no handler changes. */
const byLocale: Record<string, Messages> = { 'en-US': enUS, 'en-GB': enGB, 'de-DE': deDE };

/**
 * The messages for a request's locale. An unknown variant of a known language gets that
 * language (en-AU gets British English, de-AT German); anything else gets US English.
 */
export function messagesFor(locale: string | undefined): Messages {
  if (!locale) return enUS;
  // Own keys only: a locale of "constructor" or "valueOf" must not find Object.prototype.
  if (Object.prototype.hasOwnProperty.call(byLocale, locale)) return byLocale[locale];
  const language = locale.split('-')[0].toLowerCase();
  if (language === 'de') return deDE;
  if (language === 'en') return enGB;
  return enUS;
}
