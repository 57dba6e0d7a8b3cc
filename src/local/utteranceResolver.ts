import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Request } from 'ask-sdk-model';
import { intentRequest, launchRequest } from './requestEnvelope';

/*
 * Stands in for Alexa's speech understanding when someone types instead of talks. It reads
 * the real interaction model at run time, so a sample added to the model works here at once.
 */

export const INTERACTION_MODEL_PATH = join(__dirname, '..', '..', 'skill-package', 'interactionModels', 'custom', 'en-US.json');

interface ModelIntent {
  readonly name: string;
  readonly slots?: readonly { readonly name: string }[];
  readonly samples?: readonly string[];
}

export interface LanguageModel {
  readonly invocationName: string;
  readonly intents: readonly ModelIntent[];
}

export interface UtteranceResolver {
  resolve(utterance: string): Request;
}

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

/** Alexa trains the built-ins on phrases like these; the model leaves their samples empty. */
const BUILT_IN_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.HelpIntent': ['help', 'help me', 'what can i say', 'what can you do', 'what do i say', 'how does this work', 'i need help', 'can you help me'],
  'AMAZON.StopIntent': ['stop', 'off', 'shut up', 'be quiet', 'stop it', "that's enough"],
  'AMAZON.CancelIntent': ['cancel', 'never mind', 'nevermind', 'forget it', 'cancel that'],
  'AMAZON.MoreIntent': ['more', 'tell me more', 'more please', 'show more', 'keep going', 'go on'],
  'AMAZON.NextIntent': ['next', 'next one', 'next page', 'skip'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home', 'go to home', 'go to the start'],
};

const LAUNCH_VERBS = 'open|launch|start|begin|load|run|use|talk to|ask|tell';
const SLOT_REFERENCE = /\{([^{}]+)\}/;

interface SamplePattern {
  readonly intentName: string;
  readonly pattern: RegExp;
  readonly slotNames: readonly string[];
  /** How much of the sample is fixed words; the most literal match wins, as with Alexa. */
  readonly literalLength: number;
}

export function readLanguageModel(path: string = INTERACTION_MODEL_PATH): LanguageModel {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { interactionModel: { languageModel: LanguageModel } };
  return parsed.interactionModel.languageModel;
}

/** Lower case, words and apostrophes only, single spaces: roughly what Alexa's transcription yields. */
export function normalizeUtterance(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compileSample(intentName: string, sample: string): SamplePattern {
  // split() with a capture group puts the slot names at the odd indexes.
  const parts = sample.split(new RegExp(SLOT_REFERENCE.source, 'g'));
  const literals = parts.filter((_, index) => index % 2 === 0).map((part) => normalizeUtterance(part));
  const slotNames = parts.filter((_, index) => index % 2 === 1);
  const source = parts
    // Typists often drop the apostrophe ("whats on"); a transcription would not.
    .map((part, index) => (index % 2 === 1 ? '(.+)' : escapeRegExp(normalizeUtterance(part)).replace(/'/g, "'?")))
    .filter(Boolean)
    .join(' ');
  return { intentName, pattern: new RegExp(`^${source}$`, 'u'), slotNames, literalLength: literals.join('').length };
}

function compileModel(model: LanguageModel): SamplePattern[] {
  return model.intents.flatMap((intent) => {
    const samples = [...(intent.samples ?? []), ...(BUILT_IN_PHRASES[intent.name] ?? [])];
    return samples.map((sample) => compileSample(intent.name, sample));
  });
}

/** The request behind a one-shot or launch phrase, or the command left once the invocation is stripped. */
function stripInvocation(utterance: string, invocationName: string): { launch: true } | { command: string } {
  const name = escapeRegExp(normalizeUtterance(invocationName));
  const withoutWakeWord = utterance.replace(/^alexa\b\s*/, '');
  if (new RegExp(`^(?:(?:${LAUNCH_VERBS}) )?${name}$`).test(withoutWakeWord)) return { launch: true };
  const oneShot =
    new RegExp(`^(?:ask|tell) ${name} (?:(?:to|for|about|if|whether) )?(.+)$`).exec(withoutWakeWord) ??
    new RegExp(`^(?:${LAUNCH_VERBS}) ${name} (?:and|to) (.+)$`).exec(withoutWakeWord) ??
    new RegExp(`^(.+) (?:using|with|from) ${name}$`).exec(withoutWakeWord);
  return { command: oneShot ? oneShot[1] : withoutWakeWord };
}

export function createUtteranceResolver(model: LanguageModel = readLanguageModel(), locale = 'en-US'): UtteranceResolver {
  const patterns = compileModel(model);
  const declaredSlots = new Map(model.intents.map((intent) => [intent.name, (intent.slots ?? []).map((slot) => slot.name)]));

  function matchIntent(command: string): Request {
    let best: { sample: SamplePattern; values: string[] } | undefined;
    for (const sample of patterns) {
      const match = sample.pattern.exec(command);
      if (match && (!best || sample.literalLength > best.sample.literalLength)) best = { sample, values: match.slice(1) };
    }
    if (!best) return intentRequest(FALLBACK_INTENT, {}, locale);
    const { sample, values } = best;
    // Alexa sends every slot the intent declares, with no value for those not spoken.
    const slotValues: Record<string, string | undefined> = {};
    for (const slotName of declaredSlots.get(sample.intentName) ?? []) slotValues[slotName] = undefined;
    sample.slotNames.forEach((slotName, index) => (slotValues[slotName] = values[index].trim()));
    return intentRequest(sample.intentName, slotValues, locale);
  }

  return {
    resolve(utterance: string): Request {
      const stripped = stripInvocation(normalizeUtterance(utterance), model.invocationName);
      if ('launch' in stripped) return launchRequest(locale);
      return matchIntent(stripped.command);
    },
  };
}

let defaultResolver: UtteranceResolver | undefined;

/** Resolves against the project's own en-US model, read once. */
export function resolveUtterance(utterance: string): Request {
  defaultResolver ??= createUtteranceResolver();
  return defaultResolver.resolve(utterance);
}
