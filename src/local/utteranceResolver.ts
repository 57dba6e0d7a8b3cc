import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Intent, Request } from 'ask-sdk-model';
import { intentRequest, launchRequest } from './requestEnvelope';

/*
 * Stands in for Alexa's speech understanding when someone types instead of talks. It reads
 * the real interaction model at run time, so a sample added to the model works here at once.
 */

/** The locales the skill package has an interaction model for, and so the ones a local dialog can speak. */
export const LOCAL_LOCALES = ['en-US', 'en-GB', 'de-DE'] as const;
export type LocalLocale = (typeof LOCAL_LOCALES)[number];
export const DEFAULT_LOCALE: LocalLocale = 'en-US';

export function isLocalLocale(value: string): value is LocalLocale {
  return (LOCAL_LOCALES as readonly string[]).includes(value);
}

/** The locale's interaction model, as `ask deploy` would upload it. */
export function interactionModelPath(locale: LocalLocale = DEFAULT_LOCALE): string {
  return join(__dirname, '..', '..', 'skill-package', 'interactionModels', 'custom', `${locale}.json`);
}

export const INTERACTION_MODEL_PATH = interactionModelPath(DEFAULT_LOCALE);

interface ModelIntent {
  readonly name: string;
  /** A slot's `samples` are its slot-elicitation samples: heard only while Alexa asks for that slot. */
  readonly slots?: readonly { readonly name: string; readonly type?: string; readonly samples?: readonly string[] }[];
  readonly samples?: readonly string[];
}

export interface LanguageModel {
  readonly invocationName: string;
  readonly intents: readonly ModelIntent[];
  /** The custom slot types, whose values Alexa prefers to hear whole in a slot. */
  readonly types?: readonly {
    readonly name: string;
    readonly values: readonly { readonly name: { readonly value: string; readonly synonyms?: readonly string[] } }[];
  }[];
}

/** What a `Dialog.ElicitSlot` left open: the slot asked for, on the intent (and slots) it carried. */
export interface SlotElicitation {
  readonly slotToElicit: string;
  readonly intent: Intent;
}

export interface UtteranceResolver {
  /** `elicitation`: the slot the previous response asked for, whose elicitation samples are heard first. */
  resolve(utterance: string, elicitation?: SlotElicitation): Request;
}

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

type BuiltInPhrases = Readonly<Record<string, readonly string[]>>;

/**
 * Alexa trains the built-ins on phrases like these, per language. Only what Alexa knows on its
 * own belongs here: anything more ("bye", "go on", "weiter") must come from the model's samples,
 * so that a phrase missing from the model is missing here too. The common utterances Amazon
 * documents for each built-in the models use are all here ("Standard Built-in Intents"; in
 * German, Amazon's list for the same intents in Lex), so that a sample of ours that one of them
 * would take first ("continue" is ResumeIntent's, not MoreIntent's) shows up as a clash.
 */
const BUILT_IN_PHRASES: Readonly<Record<'en' | 'de', BuiltInPhrases>> = {
  en: {
    'AMAZON.HelpIntent': [
      'help',
      'help me',
      'what can i say',
      'what can you do',
      'what do i say',
      'how does this work',
      'i need help',
      'can you help me',
    ],
    'AMAZON.StopIntent': ['stop', 'off', 'shut up', 'be quiet', 'stop it', "that's enough"],
    'AMAZON.CancelIntent': ['cancel', 'never mind', 'nevermind', 'forget it', 'cancel that'],
    'AMAZON.MoreIntent': ['more', 'more please', 'show more'],
    'AMAZON.NextIntent': ['next', 'next one', 'next page', 'skip', 'skip forward'],
    'AMAZON.PauseIntent': ['pause', 'pause that'],
    'AMAZON.ResumeIntent': ['resume', 'continue', 'keep going'],
    'AMAZON.RepeatIntent': ['repeat', 'repeat please', 'say it again', 'can you repeat that', 'say that again', 'repeat that'],
    'AMAZON.StartOverIntent': ['start over', 'restart', 'begin again', 'start again'],
    'AMAZON.PreviousIntent': ['previous', 'previous one', 'go back one', 'go back', 'skip back', 'back up'],
    'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'sure', 'okay', 'ok', 'yes please'],
    'AMAZON.NoIntent': ['no', 'nope', 'no way', 'not really'],
    'AMAZON.NavigateHomeIntent': ['go home', 'home', 'go to home', 'go to the start'],
  },
  de: {
    'AMAZON.HelpIntent': ['hilfe', 'hilf mir', 'was kann ich sagen', 'was kannst du', 'wie funktioniert das', 'ich brauche hilfe'],
    'AMAZON.StopIntent': ['stopp', 'stop', 'halt', 'aufhören', 'hör auf', 'sei still', 'ruhe', 'das reicht'],
    'AMAZON.CancelIntent': ['abbrechen', 'abbruch', 'vergiss es', 'egal', 'nicht so wichtig'],
    'AMAZON.MoreIntent': ['zeig mehr', 'erzähl mehr'],
    'AMAZON.NextIntent': ['nächste', 'nächster', 'nächstes', 'nächste seite', 'überspringen'],
    'AMAZON.PauseIntent': ['pause', 'pausiere das'],
    'AMAZON.ResumeIntent': ['fortsetzen', 'mach weiter'],
    'AMAZON.RepeatIntent': ['wiederholen', 'wiederhole', 'bitte wiederholen', 'nochmal'],
    'AMAZON.StartOverIntent': ['neu starten', 'von vorn', 'von neuem'],
    'AMAZON.PreviousIntent': ['vorherige', 'vorheriges', 'eins zurück'],
    'AMAZON.YesIntent': ['ja', 'ja bitte', 'jawohl', 'klar', 'gerne', 'okay'],
    'AMAZON.NoIntent': ['nein', 'nö', 'ne', 'nein nein'],
    'AMAZON.NavigateHomeIntent': ['zurück zum anfang', 'startseite', 'zur startseite', 'geh zur startseite', 'nach hause'],
  },
};

/** The verbs that open a skill, per language: "open playlist reader", "öffne playlist leser". */
const LAUNCH_VERBS: Readonly<Record<'en' | 'de', string>> = {
  en: 'open|launch|start|begin|load|run|use|talk to|ask|tell',
  de: 'öffne|öffnen|starte|starten|start|lade|benutze|frag|frage|sag',
};

/** One-shot phrasing around the invocation name: "ask X to …", "frag X, …". */
const ONE_SHOT: Readonly<
  Record<'en' | 'de', { readonly ask: string; readonly joiner: string; readonly launchJoin: string; readonly suffix: string }>
> = {
  en: { ask: 'ask|tell', joiner: 'to|for|about|if|whether', launchJoin: 'and|to', suffix: 'using|with|from' },
  de: { ask: 'frag|frage|sag', joiner: 'ob|nach|wie|welche', launchJoin: 'und', suffix: 'mit|von|bei' },
};

const languageOf = (locale: string): 'en' | 'de' => (locale.toLowerCase().startsWith('de') ? 'de' : 'en');
const SLOT_REFERENCE = /\{([^{}]+)\}/;

interface SamplePattern {
  readonly intentName: string;
  /** The sample as the model writes it. */
  readonly source: string;
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
  return { intentName, source: sample, pattern: new RegExp(`^${source}$`, 'u'), slotNames, literalLength: literals.join('').length };
}

function compileModel(model: LanguageModel, builtInPhrases: BuiltInPhrases): SamplePattern[] {
  return model.intents.flatMap((intent) => {
    const samples = [...(intent.samples ?? []), ...(builtInPhrases[intent.name] ?? [])];
    return samples.map((sample) => compileSample(intent.name, sample));
  });
}

/** Each intent's slot-elicitation samples, by intent and slot name. */
function compileSlotSamples(model: LanguageModel): Map<string, SamplePattern[]> {
  const bySlot = new Map<string, SamplePattern[]>();
  for (const intent of model.intents) {
    for (const slot of intent.slots ?? []) {
      bySlot.set(
        slotKey(intent.name, slot.name),
        (slot.samples ?? []).map((sample) => compileSample(intent.name, sample)),
      );
    }
  }
  return bySlot;
}

const slotKey = (intentName: string, slotName: string) => `${intentName}\u0000${slotName}`;

interface SampleMatch {
  readonly sample: SamplePattern;
  readonly values: string[];
  readonly fromElicitation: boolean;
}

/** How much of a match's slot values is, whole, a value of their slot's type: the characters of those values. */
type KnownValues = (sample: SamplePattern, values: readonly string[]) => number;

/**
 * The matching sample whose slots hold the longest whole slot-type values ("workout playlist", a
 * value of its own, stays whole rather than leaving "playlist" to the sample's own words, as
 * with Alexa), then the most literal one; on a tie, a slot-elicitation sample beats an intent's.
 */
function bestMatch(
  command: string,
  samples: readonly SamplePattern[],
  fromElicitation: boolean,
  known: KnownValues,
  best?: SampleMatch & { readonly known: number },
): (SampleMatch & { readonly known: number }) | undefined {
  for (const sample of samples) {
    const match = sample.pattern.exec(command);
    if (!match) continue;
    const values = match.slice(1).map((value) => value.trim());
    const knownHere = known(sample, values);
    const better =
      !best ||
      knownHere > best.known ||
      (knownHere === best.known &&
        (sample.literalLength > best.sample.literalLength ||
          (sample.literalLength === best.sample.literalLength && fromElicitation && !best.fromElicitation)));
    if (better) best = { sample, values, fromElicitation, known: knownHere };
  }
  return best;
}

/** Each intent slot's catalogue: the values and synonyms of its custom type, normalised. */
function slotCatalogues(model: LanguageModel): KnownValues {
  const typeValues = new Map(
    (model.types ?? []).map((type) => [
      type.name,
      new Set(type.values.flatMap(({ name }) => [name.value, ...(name.synonyms ?? [])]).map(normalizeUtterance)),
    ]),
  );
  const slotTypes = new Map(
    model.intents.flatMap((intent) => (intent.slots ?? []).map((slot) => [slotKey(intent.name, slot.name), slot.type] as const)),
  );
  return (sample, values) =>
    sample.slotNames.reduce((sum, slotName, index) => {
      const catalogue = typeValues.get(slotTypes.get(slotKey(sample.intentName, slotName)) ?? '');
      return catalogue?.has(values[index]) ? sum + values[index].length : sum;
    }, 0);
}

/** The request behind a one-shot or launch phrase, or the command left once the invocation is stripped. */
function stripInvocation(utterance: string, invocationName: string, language: 'en' | 'de'): { launch: true } | { command: string } {
  const name = escapeRegExp(normalizeUtterance(invocationName));
  const verbs = LAUNCH_VERBS[language];
  const { ask, joiner, launchJoin, suffix } = ONE_SHOT[language];
  const withoutWakeWord = utterance.replace(/^alexa\b\s*/, '');
  if (new RegExp(`^(?:(?:${verbs}) )?${name}$`, 'u').test(withoutWakeWord)) return { launch: true };
  const oneShot =
    new RegExp(`^(?:${ask}) ${name} (?:(?:${joiner}) )?(.+)$`, 'u').exec(withoutWakeWord) ??
    new RegExp(`^(?:${verbs}) ${name} (?:${launchJoin}) (.+)$`, 'u').exec(withoutWakeWord) ??
    new RegExp(`^(.+) (?:${suffix}) ${name}$`, 'u').exec(withoutWakeWord);
  return { command: oneShot ? oneShot[1] : withoutWakeWord };
}

/**
 * A resolver for one locale: `model` is the interaction model to match against (the locale's own
 * when left out) and `locale` picks the built-in phrases and goes on every request.
 *
 * Like Alexa, it hears a slot's elicitation samples ("{playlistName}", "the {playlistName} one")
 * only while that slot is being asked for, and then the answer goes to the intent that asked, with
 * the slots it already had. An utterance that matches an intent's sample more literally switches
 * to that intent ("stop", "list my playlists"), as it does on a device.
 */
export function createUtteranceResolver(languageModel?: LanguageModel, locale: string = DEFAULT_LOCALE): UtteranceResolver {
  const model = languageModel ?? readLanguageModel(interactionModelPath(isLocalLocale(locale) ? locale : DEFAULT_LOCALE));
  const language = languageOf(locale);
  const patterns = compileModel(model, BUILT_IN_PHRASES[language]);
  const slotSamples = compileSlotSamples(model);
  const known = slotCatalogues(model);
  const declaredSlots = new Map(model.intents.map((intent) => [intent.name, (intent.slots ?? []).map((slot) => slot.name)]));

  function intentRequestFor({ sample, values }: SampleMatch): Request {
    // Alexa sends every slot the intent declares, with no value for those not spoken.
    const slotValues: Record<string, string | undefined> = {};
    for (const slotName of declaredSlots.get(sample.intentName) ?? []) slotValues[slotName] = undefined;
    sample.slotNames.forEach((slotName, index) => (slotValues[slotName] = values[index]));
    return intentRequest(sample.intentName, slotValues, locale);
  }

  /** The asking intent, with what it already had and the answer in the elicited slot. */
  function elicitedAnswer({ sample, values }: SampleMatch, elicitation: SlotElicitation): Request {
    const slotValues: Record<string, string | undefined> = {};
    for (const slotName of declaredSlots.get(sample.intentName) ?? []) {
      const kept = elicitation.intent.slots?.[slotName]?.value;
      slotValues[slotName] = typeof kept === 'string' && kept !== '' ? kept : undefined;
    }
    sample.slotNames.forEach((slotName, index) => (slotValues[slotName] = values[index]));
    const request = intentRequest(sample.intentName, slotValues, locale);
    return { ...request, dialogState: 'IN_PROGRESS' } as Request;
  }

  function matchIntent(command: string, elicitation: SlotElicitation | undefined): Request {
    const asked = elicitation ? slotSamples.get(slotKey(elicitation.intent.name, elicitation.slotToElicit)) : undefined;
    const best = bestMatch(command, patterns, false, known, asked && bestMatch(command, asked, true, known));
    if (!best) return intentRequest(FALLBACK_INTENT, {}, locale);
    return best.fromElicitation && elicitation ? elicitedAnswer(best, elicitation) : intentRequestFor(best);
  }

  return {
    resolve(utterance: string, elicitation?: SlotElicitation): Request {
      const stripped = stripInvocation(normalizeUtterance(utterance), model.invocationName, language);
      if ('launch' in stripped) return launchRequest(locale);
      return matchIntent(stripped.command, elicitation);
    },
  };
}

let defaultResolver: UtteranceResolver | undefined;

/** Resolves against the project's own en-US model, read once. */
export function resolveUtterance(utterance: string): Request {
  defaultResolver ??= createUtteranceResolver();
  return defaultResolver.resolve(utterance);
}

/**
 * Amazon's supported invocation phrasing, per language: the launch words that open a skill or
 * carry a request, and the connecting words between the invocation name and the request
 * ("ask playlist reader to list my playlists"). A question needs none ("ask playlist reader
 * what's on road trip").
 */
export const INVOCATION_WORDS: Readonly<
  Record<
    'en' | 'de',
    {
      readonly wakeWord: string;
      readonly launch: readonly string[];
      readonly oneShot: readonly string[];
      readonly connecting: readonly string[];
    }
  >
> = {
  en: {
    wakeWord: 'alexa',
    launch: ['open', 'launch', 'start', 'begin', 'run', 'load', 'use', 'talk to', 'resume', 'ask', 'tell'],
    oneShot: ['ask', 'tell', 'open', 'launch', 'start', 'begin', 'run', 'load', 'use', 'talk to'],
    connecting: ['to', 'for', 'about', 'if', 'whether', 'that', 'and'],
  },
  de: {
    wakeWord: 'alexa',
    launch: ['öffne', 'öffnen', 'starte', 'starten', 'beginne', 'lade', 'benutze', 'frag', 'frage', 'sag', 'spiele'],
    oneShot: ['frag', 'frage', 'sag', 'öffne', 'starte', 'benutze', 'bitte'],
    connecting: ['nach', 'ob', 'zu', 'dass', 'und', 'über', 'wegen'],
  },
};

/** An example phrase taken apart: wake word, launch word, invocation name, connecting word, utterance. */
export interface ExamplePhraseParts {
  readonly launchWord: string;
  readonly connectingWord?: string;
  /** Missing for a plain launch ("Alexa, open playlist reader"). */
  readonly utterance?: string;
  /** The model sample the utterance matched, as written in the model. */
  readonly sample?: string;
  /** What Alexa would send for it: a LaunchRequest, or the sample's intent with its slots filled. */
  readonly request: Request;
}

const alternatives = (words: readonly string[]) => words.map(escapeRegExp).join('|');

/**
 * Takes an example phrase apart the way certification reads it: "Alexa" and a comma, a launch
 * word, the model's invocation name, an optional connecting word and an utterance that is one of
 * the model's own sample utterances, with any words in its slots. Built-in phrases Alexa knows on
 * its own ("help") and slot-elicitation samples do not count. Returns why not, as a string, when
 * the phrase does not have that shape.
 */
export function parseExamplePhrase(phrase: string, model: LanguageModel, locale: string): ExamplePhraseParts | string {
  const language = languageOf(locale);
  const words = INVOCATION_WORDS[language];
  const wake = new RegExp(`^\\s*${words.wakeWord}\\s*,\\s*(.*)$`, 'iu').exec(phrase);
  if (!wake) return `does not start with the wake word and a comma ("Alexa, …")`;
  const rest = normalizeUtterance(wake[1]);
  const name = escapeRegExp(normalizeUtterance(model.invocationName));
  const launch = new RegExp(`^(${alternatives(words.launch)}) ${name}$`, 'u').exec(rest);
  if (launch) return { launchWord: launch[1], request: launchRequest(locale) };
  const oneShot = new RegExp(`^(${alternatives(words.oneShot)}) ${name} (.+)$`, 'u').exec(rest);
  if (!oneShot) return `has no launch word (${words.launch.join(', ')}) followed by the invocation name "${model.invocationName}"`;
  const [, launchWord, tail] = oneShot;
  const samples = compileModel(model, {});
  const connector = new RegExp(`^(${alternatives(words.connecting)}) (.+)$`, 'u').exec(tail);
  const candidates: { connectingWord?: string; utterance: string }[] = [
    { utterance: tail },
    ...(connector ? [{ connectingWord: connector[1], utterance: connector[2] }] : []),
  ];
  for (const candidate of candidates) {
    const best = bestMatch(candidate.utterance, samples, false, slotCatalogues(model));
    if (!best) continue;
    const slotValues: Record<string, string | undefined> = {};
    for (const slot of model.intents.find((intent) => intent.name === best.sample.intentName)?.slots ?? [])
      slotValues[slot.name] = undefined;
    best.sample.slotNames.forEach((slotName, index) => (slotValues[slotName] = best.values[index]));
    return {
      launchWord,
      ...candidate,
      sample: best.sample.source,
      request: intentRequest(best.sample.intentName, slotValues, locale),
    };
  }
  return `"${tail}" is not one of the model's sample utterances${connector ? ` (nor is "${connector[2]}")` : ''}`;
}
