/** The locales the skill speaks. Adding one means its words in `locales/`, and a line here and in `messages.ts`. */
export type LocaleTag = 'en-US' | 'en-GB' | 'de-DE';

const SUPPORTED: readonly string[] = ['en-US', 'en-GB', 'de-DE'];
/** Longer than any BCP 47 tag Alexa sends ("en-US"); a longer value is not a locale. */
const MAX_LOCALE_LENGTH = 35;

/**
 * The locale to answer a request in. Its locale comes from the envelope and may be anything.
 * An unknown variant of a known language gets that language (en-AU gets British English,
 * de-AT German); anything else, a non-string included, gets US English.
 */
export function supportedLocale(locale: unknown): LocaleTag {
  if (typeof locale !== 'string' || locale === '' || locale.length > MAX_LOCALE_LENGTH) return 'en-US';
  if (SUPPORTED.includes(locale)) return locale as LocaleTag;
  const language = locale.split('-')[0].toLowerCase();
  if (language === 'de') return 'de-DE';
  if (language === 'en') return 'en-GB';
  return 'en-US';
}

/**
 * A function that gives each locale's words, built the first time that locale is asked for and
 * kept for the container's life: a launch builds one locale's words, not all of them.
 */
export function perLocale<Words>(build: Readonly<Record<LocaleTag, () => Words>>): (locale: unknown) => Words {
  const built = new Map<LocaleTag, Words>();
  return (locale) => {
    const tag = supportedLocale(locale);
    let words = built.get(tag);
    if (words === undefined) {
      words = build[tag]();
      built.set(tag, words);
    }
    return words;
  };
}
