import { enUS, Messages } from './locales/en-US';

const byLocale: Record<string, Messages> = { 'en-US': enUS };

/** The messages for a request's locale; unknown or missing locales get US English. */
export function messagesFor(locale: string | undefined): Messages {
  return (locale && byLocale[locale]) || enUS;
}
