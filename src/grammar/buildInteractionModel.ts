import { expandTemplate, tidySpaces } from './expandTemplate';
import { Carriers, elicitationPromptId, IntentGrammar, LocaleGrammar, SlotGrammar } from './localeGrammar';

/*
 * Turns a locale's grammar into the interaction model `ask deploy` uploads, and refuses what
 * Alexa's model build would reject or what would hurt recognition, naming the intent and sample.
 */

/**
 * Alexa's limit on one sample's length. The developer console refuses longer samples; we could not
 * re-read the figure in Amazon's current docs, so it is kept here, in one place, to adjust.
 */
export const MAX_SAMPLE_LENGTH = 200;
/**
 * Caps on blow-up. Amazon gives no firm public figure for a whole model (builds of very large
 * models fail with no reason given), so these are the project's own, far above what a person
 * needs and small enough that the local resolver and the model tests stay quick.
 */
export const MAX_SAMPLES_PER_INTENT = 1500;
export const MAX_SAMPLES_PER_LOCALE = 12_000;

/** A grammar that would give a model Alexa rejects, or one that misleads Alexa's recognition. */
export class GrammarError extends Error {
  constructor(
    readonly locale: string,
    readonly intentName: string,
    readonly sample: string,
    problem: string,
  ) {
    super(`${locale} ${intentName}: "${sample}": ${problem}`);
    this.name = 'GrammarError';
  }
}

const SLOT_REFERENCE = /\{([^{}]*)\}/g;
const SEARCH_QUERY = 'AMAZON.SearchQuery';

/**
 * Alexa's build accepts letters, spaces and a few marks ("periods for abbreviations, possessive
 * apostrophes, hyphens" in its own error message). This project keeps the spoken form Alexa's
 * transcription yields: lower-case letters of any script (umlauts and ß included), apostrophes,
 * periods after a letter ("t.v."), single spaces, and slots standing alone between spaces.
 */
function characterProblem(sample: string): string | undefined {
  const words = sample.replace(SLOT_REFERENCE, ' ');
  if (/\p{N}/u.test(words)) return 'has a digit: spell numbers out ("five", "fünf")';
  if (/\p{Lu}/u.test(words)) return 'has a capital letter: write samples in lower case';
  const stray = /[^\p{Ll}'. ]/u.exec(words);
  if (stray) return `has "${stray[0]}", which a sample may not hold (letters, spaces, apostrophes and abbreviation periods only)`;
  if (/(^|[^\p{Ll}])\./u.test(words)) return 'has a period that ends no abbreviation letter';
  if (/[^ ]\{|\}[^ ]/.test(sample)) return 'has a slot touching a word: put spaces around {slots}';
  if (/[{}]/.test(sample.replace(SLOT_REFERENCE, ''))) return 'has an unbalanced curly brace';
  return undefined;
}

const slotsIn = (sample: string) => [...sample.matchAll(SLOT_REFERENCE)].map((match) => match[1]);

/** How Alexa compares samples: case and spacing aside, and any slot like any other. */
export const sampleKey = (sample: string): string => tidySpaces(sample.toLowerCase().replace(SLOT_REFERENCE, '{}'));

function checkSample(locale: string, intent: IntentGrammar, sample: string, where: 'sample' | 'answer'): void {
  const refuse = (problem: string) => {
    throw new GrammarError(locale, intent.name, sample, problem);
  };
  const problem = characterProblem(sample);
  if (problem) refuse(problem);
  if (sample.length > MAX_SAMPLE_LENGTH) refuse(`is ${sample.length} characters long; Alexa takes at most ${MAX_SAMPLE_LENGTH}`);
  const declared = new Set((intent.slots ?? []).map((slot) => slot.name));
  for (const slotName of slotsIn(sample)) {
    if (!declared.has(slotName)) refuse(`names the slot {${slotName}}, which ${intent.name} does not declare`);
  }
  if (where === 'sample' && sample.replace(SLOT_REFERENCE, '').trim() === '') {
    refuse("is only a slot: bare answers are heard only while Alexa asks, so they go in the slot's elicitation answers");
  }
}

const NO_CARRIERS: Carriers = { leading: [], trailing: [] };

/** Each sample alone, after a leading carrier, and before a trailing one; never with a carrier it already has ("please … please"). */
function withCarriers(samples: readonly string[], carriers: Carriers): string[] {
  return samples.flatMap((sample) => {
    const words = new Set(sample.split(' '));
    return [
      sample,
      ...carriers.leading.filter((word) => !words.has(word)).map((word) => `${word} ${sample}`),
      ...carriers.trailing.filter((word) => !words.has(word)).map((word) => `${sample} ${word}`),
      ...(carriers.pairs ?? [])
        .filter(([leading, trailing]) => !words.has(leading) && !words.has(trailing))
        .map(([leading, trailing]) => `${leading} ${sample} ${trailing}`),
    ];
  });
}

/** Expands templates and drops repeats, keeping the first spelling of each. */
function expandAll(templates: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const sample of templates.flatMap(expandTemplate)) {
    const key = sampleKey(sample);
    if (!seen.has(key)) seen.set(key, sample);
  }
  return [...seen.values()];
}

export interface ModelSlot {
  name: string;
  type: string;
  samples?: string[];
}

export interface ModelIntent {
  name: string;
  slots?: ModelSlot[];
  samples: string[];
}

export interface DialogSlot {
  name: string;
  type: string;
  confirmationRequired: false;
  elicitationRequired: boolean;
  prompts: { elicitation?: string };
}

export interface InteractionModelFile {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: ModelIntent[];
      types: { name: string; values: { name: { value: string; synonyms?: string[] } }[] }[];
    };
    dialog: {
      delegationStrategy: 'SKILL_RESPONSE';
      intents: { name: string; confirmationRequired: false; prompts: Record<string, never>; slots: DialogSlot[] }[];
    };
    prompts: { id: string; variations: { type: 'PlainText'; value: string }[] }[];
  };
}

function modelSlot(locale: string, intent: IntentGrammar, slot: SlotGrammar): ModelSlot {
  if (!slot.elicitation) return { name: slot.name, type: slot.type };
  const answers = expandAll(slot.elicitation.answers);
  for (const answer of answers) {
    checkSample(locale, intent, answer, 'answer');
    if (!slotsIn(answer).includes(slot.name)) {
      throw new GrammarError(locale, intent.name, answer, `is an answer for {${slot.name}} that does not hold {${slot.name}}`);
    }
    // Alexa's build: "Sample intent utterances with phrase types cannot consist of only slots." Answers are held to it too.
    if (slot.type === SEARCH_QUERY && answer.replace(SLOT_REFERENCE, '').trim() === '') {
      throw new GrammarError(locale, intent.name, answer, `is only an ${SEARCH_QUERY} slot: it needs a carrier phrase, even as an answer`);
    }
  }
  return { name: slot.name, type: slot.type, samples: answers };
}

function modelIntent(grammar: LocaleGrammar, intent: IntentGrammar): ModelIntent {
  const isCustom = !intent.name.startsWith('AMAZON.');
  const carriers = intent.carriers ?? (isCustom ? grammar.carriers : NO_CARRIERS);
  const base = expandAll(intent.samples);
  for (const sample of base) checkSample(grammar.locale, intent, sample, 'sample');
  const samples = expandAll(withCarriers(base, carriers));
  for (const sample of samples) checkSample(grammar.locale, intent, sample, 'sample');
  if (samples.length > MAX_SAMPLES_PER_INTENT) {
    throw new GrammarError(
      grammar.locale,
      intent.name,
      samples[MAX_SAMPLES_PER_INTENT],
      `makes ${intent.name} ${samples.length} samples, over the cap of ${MAX_SAMPLES_PER_INTENT}: trim its alternatives`,
    );
  }
  const slots = (intent.slots ?? []).map((slot) => modelSlot(grammar.locale, intent, slot));
  return { name: intent.name, ...(intent.slots ? { slots } : isCustom ? { slots: [] } : {}), samples };
}

/** Refuses a sample that two intents share: Alexa could only guess which one was meant. */
function refuseSharedSamples(locale: string, intents: readonly ModelIntent[]): void {
  const owner = new Map<string, string>();
  for (const intent of intents) {
    for (const sample of intent.samples) {
      const key = sampleKey(sample);
      const first = owner.get(key);
      if (first !== undefined && first !== intent.name) {
        throw new GrammarError(locale, intent.name, sample, `is also a sample of ${first}: one phrasing, one intent`);
      }
      owner.set(key, intent.name);
    }
  }
}

/** The `dialog` section: every intent with a slot the skill may ask for, with all of that intent's slots. */
function dialogOf(grammar: LocaleGrammar): InteractionModelFile['interactionModel']['dialog'] {
  const asking = grammar.intents.filter((intent) => (intent.slots ?? []).some((slot) => slot.elicitation));
  return {
    delegationStrategy: 'SKILL_RESPONSE',
    intents: asking.map((intent) => ({
      name: intent.name,
      confirmationRequired: false,
      prompts: {},
      slots: (intent.slots ?? []).map((slot) => ({
        name: slot.name,
        type: slot.type,
        confirmationRequired: false,
        elicitationRequired: slot.elicitation !== undefined,
        prompts: slot.elicitation ? { elicitation: elicitationPromptId(intent.name, slot.name) } : {},
      })),
    })),
  };
}

function promptsOf(grammar: LocaleGrammar): InteractionModelFile['interactionModel']['prompts'] {
  return grammar.intents.flatMap((intent) =>
    (intent.slots ?? []).flatMap((slot) =>
      slot.elicitation
        ? [
            {
              id: elicitationPromptId(intent.name, slot.name),
              variations: slot.elicitation.prompts.map((value) => ({ type: 'PlainText' as const, value })),
            },
          ]
        : [],
    ),
  );
}

/** A custom slot type's values and synonyms: written as people say them, each once. */
function checkSlotTypeValues(grammar: LocaleGrammar): void {
  for (const type of grammar.types) {
    const seen = new Set<string>();
    for (const word of type.values.flatMap(({ value, synonyms }) => [value, ...(synonyms ?? [])])) {
      const problem =
        word.trim() === ''
          ? 'is empty'
          : /[{}]/.test(word)
            ? 'has a curly brace: a slot value holds no slot'
            : (characterProblem(word) ?? (seen.has(tidySpaces(word)) ? 'is there twice' : undefined));
      if (problem) throw new GrammarError(grammar.locale, `slot type ${type.name}`, word, problem);
      seen.add(tidySpaces(word));
    }
  }
}

/** The interaction model for one locale, or a GrammarError naming the first intent and sample at fault. */
export function buildInteractionModel(grammar: LocaleGrammar): InteractionModelFile {
  checkSlotTypeValues(grammar);
  const intents = grammar.intents.map((intent) => modelIntent(grammar, intent));
  refuseSharedSamples(grammar.locale, intents);
  const total = intents.reduce((sum, intent) => sum + intent.samples.length, 0);
  if (total > MAX_SAMPLES_PER_LOCALE) {
    throw new GrammarError(grammar.locale, '(all intents)', '', `${total} samples, over the cap of ${MAX_SAMPLES_PER_LOCALE}`);
  }
  return {
    interactionModel: {
      languageModel: {
        invocationName: grammar.invocationName,
        intents,
        types: grammar.types.map((type) => ({
          name: type.name,
          values: type.values.map(({ value, synonyms }) => ({ name: { value, ...(synonyms ? { synonyms: [...synonyms] } : {}) } })),
        })),
      },
      dialog: dialogOf(grammar),
      prompts: promptsOf(grammar),
    },
  };
}
