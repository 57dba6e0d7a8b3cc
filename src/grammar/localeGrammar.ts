/*
 * The shape of one locale's phrase grammar: everything its interaction model holds, with the
 * samples written as templates (see expandTemplate.ts). `npm run models` turns each into
 * skill-package/interactionModels/custom/<locale>.json.
 */

/** Words any request may come wrapped in: "so …", "okay …", "… then", "… please". */
export interface Carriers {
  readonly leading: readonly string[];
  readonly trailing: readonly string[];
  /** Leading and trailing carriers heard together ("so … then"); only these pairs, to keep the model small. */
  readonly pairs?: readonly (readonly [leading: string, trailing: string])[];
}

export interface SlotGrammar {
  readonly name: string;
  readonly type: string;
  /**
   * Present when the skill may ask for this slot with `Dialog.ElicitSlot`: what Alexa says when
   * asking, and the answers (templates) it then hears. Bare answers such as "{playlistName}"
   * belong here, never in an intent's samples.
   */
  readonly elicitation?: { readonly prompts: readonly string[]; readonly answers: readonly string[] };
}

export interface IntentGrammar {
  readonly name: string;
  readonly slots?: readonly SlotGrammar[];
  /** Templates; each is expanded, then wrapped in the carriers. */
  readonly samples: readonly string[];
  /** The carriers for this intent. Custom intents get the locale's unless they say otherwise; built-ins get none unless they say. */
  readonly carriers?: Carriers;
}

export interface SlotTypeValue {
  readonly value: string;
  readonly synonyms?: readonly string[];
}

export interface LocaleGrammar {
  readonly locale: string;
  readonly invocationName: string;
  readonly carriers: Carriers;
  readonly intents: readonly IntentGrammar[];
  readonly types: readonly { readonly name: string; readonly values: readonly SlotTypeValue[] }[];
}

/** The words shared by every elicited slot's prompt ids, as the developer console names them. */
export const elicitationPromptId = (intentName: string, slotName: string): string => `Elicit.Intent-${intentName}.IntentSlot-${slotName}`;
