import { IntentRequest, Slot } from 'ask-sdk-model';
import { createUtteranceResolver, LocalLocale } from '../../src/local/utteranceResolver';
import { DE_DE } from './de-DE';
import { EN_GB } from './en-GB';
import { EN_US } from './en-US';
import { Phrasing } from './phrasing';

/*
 * The phrase corpus: what people say, resolved against the generated models the way Alexa would.
 * A phrasing found missing goes in here first; then the grammar grows until it passes.
 */
const CORPUS: readonly (readonly [LocalLocale, readonly Phrasing[]])[] = [
  ['en-US', EN_US],
  ['en-GB', EN_GB],
  ['de-DE', DE_DE],
];

it('holds at least 400 phrasings across the locales', () => {
  expect(CORPUS.reduce((sum, [, phrasings]) => sum + phrasings.length, 0)).toBeGreaterThanOrEqual(400);
});

describe.each(CORPUS)('the %s phrase corpus', (locale, phrasings) => {
  const resolver = createUtteranceResolver(undefined, locale);

  it('is big enough to mean something', () => {
    expect(phrasings.length).toBeGreaterThanOrEqual(100);
    expect(new Set(phrasings.map(([said]) => said.toLowerCase())).size).toBe(phrasings.length);
  });

  it('is understood in full: every phrasing reaches the intent and slot values meant', () => {
    const misheard = phrasings.flatMap(([said, intent, slots = {}, asked]) => {
      const elicitation = asked && {
        slotToElicit: asked.slot,
        intent: {
          name: asked.intent,
          confirmationStatus: 'NONE' as const,
          slots: { [asked.slot]: { name: asked.slot, confirmationStatus: 'NONE' } as Slot },
        },
      };
      const request = resolver.resolve(said, elicitation) as IntentRequest;
      const heard = {
        intent: request.intent?.name,
        slots: Object.fromEntries(
          Object.values(request.intent?.slots ?? {})
            .filter((slot) => slot.value !== undefined)
            .map((slot) => [slot.name, slot.value]),
        ),
      };
      const meant = { intent, slots };
      return JSON.stringify(heard) === JSON.stringify({ intent, slots: Object.fromEntries(Object.entries(slots).sort()) }) ||
        (heard.intent === meant.intent &&
          JSON.stringify(Object.entries(heard.slots).sort()) === JSON.stringify(Object.entries(slots).sort()))
        ? []
        : [`"${said}": meant ${intent} ${JSON.stringify(slots)}, heard ${heard.intent} ${JSON.stringify(heard.slots)}`];
    });
    expect(misheard).toEqual([]);
  });
});
