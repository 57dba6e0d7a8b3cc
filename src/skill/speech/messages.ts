import { deDE } from './locales/de-DE';
import { enGB } from './locales/en-GB';
import { enUS, Messages } from './locales/en-US';
import { perLocale } from './localeTag';

/** Everything the skill says in a conversation, in the request's locale (see `supportedLocale`). */
export const messagesFor: (locale: unknown) => Messages = perLocale<Messages>({ 'en-US': enUS, 'en-GB': enGB, 'de-DE': deDE });
