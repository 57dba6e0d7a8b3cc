import { germanGreetings } from './locales/greetings-de';
import { englishGreetings, Greetings } from './locales/greetings-en';
import { perLocale } from './localeTag';

/** The welcome, the linking prompts and the apology, in the request's locale (see `supportedLocale`). */
export const greetingsFor: (locale: unknown) => Greetings = perLocale<Greetings>({
  'en-US': () => englishGreetings('en-US'),
  'en-GB': () => englishGreetings('en-GB'),
  'de-DE': germanGreetings,
});
