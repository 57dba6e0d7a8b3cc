import { join } from 'node:path';
import { buildInteractionModel, InteractionModelFile } from './buildInteractionModel';
import { LocaleGrammar } from './localeGrammar';
import { deDE } from './locales/de-DE';
import { enGB } from './locales/en-GB';
import { enUS } from './locales/en-US';

/** Every locale's grammar; each becomes skill-package/interactionModels/custom/<locale>.json. */
export const GRAMMARS: readonly LocaleGrammar[] = [enUS, enGB, deDE];

export const modelPath = (locale: string): string =>
  join(__dirname, '..', '..', 'skill-package', 'interactionModels', 'custom', `${locale}.json`);

export function buildAllModels(): { locale: string; model: InteractionModelFile }[] {
  return GRAMMARS.map((grammar) => ({ locale: grammar.locale, model: buildInteractionModel(grammar) }));
}
