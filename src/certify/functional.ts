import { Request, ResponseEnvelope } from 'ask-sdk-model';
import { intentRequest, launchRequest, sessionEndedRequest, skillDisabledEvent } from '../local/requestEnvelope';
import { CheckResult, verdict } from './checkResult';
import { UNKNOWN_INTENT } from './examplePhrases';
import { intentsNamedByHandlers } from './handledIntents';
import { InteractionModel, localesOf, SkillPackage } from './skillPackage';
import {
  apologises,
  asksSomething,
  directiveTypes,
  hasReprompt,
  sessionOpen,
  SkillUnderTest,
  spokenText,
  ssmlLength,
  Turn,
} from './skillUnderTest';

/*
 * Amazon's functional tests, against the built skill, per locale: launch, help, stop, cancel,
 * fallback, the session's end, and every custom intent as a one-shot with its slots filled and
 * with them missing. Whatever leaves the session open asks something and carries a reprompt.
 */

const REQUIREMENT = 'Functional tests';
const MAX_SSML = 8000;

/** Words a certifier could say into each slot type, that the demo library answers. */
const SLOT_VALUES: Readonly<Record<string, string>> = {
  PLAYLIST_NAME: 'road trip',
  DEVICE_NAME: 'living room speaker',
  'AMAZON.Ordinal': 'first',
  'AMAZON.SearchQuery': 'fast car',
  'AMAZON.Artist': 'tracy chapman',
  SONG_TITLE: 'fast car',
};

interface Scenario {
  readonly name: string;
  readonly turn: Turn;
  /** What this requirement asks of the response, beyond the rules every response keeps. */
  readonly expect: (response: ResponseEnvelope, locale: string) => string[];
}

function opensWithQuestion(response: ResponseEnvelope, locale: string): string[] {
  const problems: string[] = [];
  if (!sessionOpen(response)) problems.push('ends the session');
  if (!asksSomething(spokenText(response), locale)) problems.push(`asks nothing: "${spokenText(response)}"`);
  if (!hasReprompt(response)) problems.push('has no reprompt');
  return problems;
}

function endsQuietly(response: ResponseEnvelope, locale: string): string[] {
  const problems: string[] = [];
  if (response.response.shouldEndSession !== true) problems.push('leaves the session open');
  if (asksSomething(spokenText(response), locale) || hasReprompt(response)) problems.push('asks a question');
  return problems;
}

function answersInContext(response: ResponseEnvelope, locale: string): string[] {
  const text = spokenText(response);
  if (text === '') return ['says nothing'];
  return apologises(text, locale) ? [`apologises: "${text}"`] : [];
}

/** With a slot missing: the dialog model asks for it (Dialog.ElicitSlot, a slot the model can elicit), or the skill asks, or answers. */
function asksForMissing(model: InteractionModel, intentName: string) {
  return (response: ResponseEnvelope, locale: string): string[] => {
    const elicit = response.response.directives?.find((directive) => directive.type === 'Dialog.ElicitSlot') as
      { slotToElicit?: string } | undefined;
    if (elicit) {
      const dialogSlot = model.dialog?.intents
        ?.find((intent) => intent.name === intentName)
        ?.slots?.find((slot) => slot.name === elicit.slotToElicit);
      const problems = dialogSlot?.prompts?.elicitation ? [] : [`elicits ${elicit.slotToElicit}, which the dialog model cannot ask for`];
      return [...problems, ...opensWithQuestion(response, locale)];
    }
    return answersInContext(response, locale);
  };
}

function customIntents(model: InteractionModel) {
  return model.languageModel.intents.filter((intent) => !intent.name.startsWith('AMAZON.'));
}

function scenarios(model: InteractionModel, locale: string): Scenario[] {
  const intent = (name: string, slots: Record<string, string | undefined> = {}): Request => intentRequest(name, slots, locale);
  const list: Scenario[] = [
    { name: 'launch, linked', turn: { request: launchRequest(locale) }, expect: opensWithQuestion },
    {
      name: 'launch, not linked',
      turn: { request: launchRequest(locale), linked: false },
      expect: (response, at) => [
        ...(response.response.card?.type === 'LinkAccount' ? [] : ['sends no LinkAccount card']),
        ...(sessionOpen(response) ? opensWithQuestion(response, at) : []),
        ...(spokenText(response) === '' ? ['says nothing'] : []),
      ],
    },
    {
      name: 'help',
      turn: { request: intent('AMAZON.HelpIntent') },
      expect: (response, at) => [
        ...(spokenText(response).split(/\s+/).length < 12 ? ['explains too little'] : []),
        ...opensWithQuestion(response, at),
      ],
    },
    { name: 'stop', turn: { request: intent('AMAZON.StopIntent') }, expect: endsQuietly },
    { name: 'cancel', turn: { request: intent('AMAZON.CancelIntent') }, expect: endsQuietly },
    { name: 'fallback', turn: { request: intent('AMAZON.FallbackIntent') }, expect: opensWithQuestion },
    {
      name: 'SessionEndedRequest',
      turn: { request: sessionEndedRequest('USER_INITIATED', locale) },
      expect: (response) => (response.response.outputSpeech ? ['answers with speech'] : []),
    },
    {
      name: 'SKILL_DISABLED event',
      turn: { request: skillDisabledEvent(locale), event: true },
      expect: (response) => (response.response.outputSpeech ? ['answers with speech'] : []),
    },
  ];
  for (const { name, slots = [] } of customIntents(model)) {
    const filled = Object.fromEntries(slots.map((slot) => [slot.name, SLOT_VALUES[slot.type] ?? 'road trip']));
    list.push({
      name: `${name} one-shot${slots.length ? `, ${slots.map((slot) => slot.name).join(' and ')} filled` : ''}`,
      turn: { request: intent(name, filled) },
      expect: answersInContext,
    });
    if (slots.length > 0) {
      const missing = Object.fromEntries(slots.map((slot) => [slot.name, undefined]));
      list.push({ name: `${name} one-shot, slots missing`, turn: { request: intent(name, missing) }, expect: asksForMissing(model, name) });
    }
  }
  return list;
}

/** The rules every response keeps, whatever was asked. */
function everyResponse(response: ResponseEnvelope, turn: Turn): string[] {
  const problems: string[] = [];
  const silentByRule = turn.event || turn.request.type === 'SessionEndedRequest';
  if (!silentByRule && spokenText(response) === '' && !directiveTypes(response).some((type) => type.startsWith('Dialog.'))) {
    problems.push('has empty speech');
  }
  if (sessionOpen(response) && !hasReprompt(response)) problems.push('leaves the session open without a reprompt');
  if (ssmlLength(response) > MAX_SSML) problems.push(`speaks ${ssmlLength(response)} characters of SSML, over ${MAX_SSML}`);
  return problems;
}

export async function checkFunctional(skillPackage: SkillPackage, skill: SkillUnderTest): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const locale of localesOf(skillPackage)) {
    const model = skillPackage.models[locale];
    const list = scenarios(model, locale);
    const modelIntents = model.languageModel.intents.map((intent) => intent.name);
    const everyIntent = [...modelIntents, UNKNOWN_INTENT].map((name): Turn => ({ request: intentRequest(name, {}, locale) }));
    const responses = await skill.answer([...list.map((scenario) => scenario.turn), ...everyIntent]);
    list.forEach((scenario, index) => {
      const response = responses[index];
      const problems = [...scenario.expect(response, locale), ...everyResponse(response, scenario.turn)];
      results.push(verdict(REQUIREMENT, `${locale} ${scenario.name}`, problems));
    });
    const intentResponses = responses.slice(list.length);
    const catchAll = spokenText(intentResponses[intentResponses.length - 1]);
    const unhandled = modelIntents.filter((_, index) => spokenText(intentResponses[index]) === catchAll);
    const handled = intentsNamedByHandlers();
    const notInModel = handled.filter((name) => !modelIntents.includes(name));
    const notHandledInSource = modelIntents.filter((name) => !handled.includes(name));
    results.push(
      verdict(
        REQUIREMENT,
        `${locale} intents`,
        [
          ...unhandled.map((name) => `${name} is in the model but gets the catch-all`),
          ...notHandledInSource.map((name) => `${name} is in the model but no handler names it`),
          ...notInModel.map((name) => `${name} is handled but not in the model`),
        ],
        `all ${modelIntents.length} model intents are handled, and every handled intent is in the model`,
      ),
    );
  }
  return results;
}
