import { randomUUID } from 'node:crypto';
import { PersistenceAdapter, Skill } from 'ask-sdk-core';
import { dialog, Request, RequestEnvelope, Response, ResponseEnvelope, ui } from 'ask-sdk-model';
import { SkillConfig } from '../skill/config';
import { providerBindingFor } from '../skill/providers/providerBindings';
import { buildSkill } from '../skill/skill';
import { AplPreview, aplPreviews, SCREEN_DEVICE_INTERFACES } from './aplPreview';
import { aplUserEvent, buildEnvelope } from './requestEnvelope';
import { ssmlToText } from './ssmlToText';
import { DynamicEntities, dynamicEntitiesAfter, NO_DYNAMIC_ENTITIES, withDynamicResolutions } from './dynamicEntityResolution';
import { LOCAL_SKILL_ID } from './requestEnvelope';
import {
  createUtteranceResolver,
  DEFAULT_LOCALE,
  interactionModelPath,
  isLocalLocale,
  LanguageModel,
  readLanguageModel,
  SlotElicitation,
  UtteranceResolver,
} from './utteranceResolver';

/*
 * One person talking to the skill, turn by turn, in process. Shared by the terminal CLI
 * and any other local front end; it knows nothing about how turns are shown.
 */

export interface TurnCard {
  readonly type: string;
  readonly title?: string;
  readonly content?: string;
}

export interface TurnResult {
  /** What Alexa says, as plain text; empty when the skill says nothing. */
  readonly speech: string;
  readonly reprompt?: string;
  readonly card?: TurnCard;
  /** Whether the next utterance continues this session. */
  readonly sessionOpen: boolean;
  /** The attributes the next turn will carry; empty once the session has ended. */
  readonly sessionAttributes: Record<string, unknown>;
  /** The slot the skill asked for with `Dialog.ElicitSlot`, which the next utterance answers first. */
  readonly elicitation?: SlotElicitation;
  /** The APL documents the response carried; only a screen device gets any. */
  readonly apl: readonly AplPreview[];
  readonly request: RequestEnvelope;
  readonly response: ResponseEnvelope;
}

export interface LocalDialogOptions {
  /** `provider` picks the API and its `*ApiUrl` points at it; `pointedAtDemo` aims both at the demo server. */
  readonly config: SkillConfig;
  /**
   * The linked account's token; leave it out to talk as someone who has not linked. A function
   * is asked before every turn, so a local Alexa can refresh, unlink or expire between turns.
   */
  readonly accessToken?: string | (() => Promise<string | undefined>);
  /** Understands typed utterances; the locale's own interaction model when left out. */
  readonly resolver?: UtteranceResolver;
  /** en-US when left out; goes on every request and picks the interaction model. */
  readonly locale?: string;
  /** Talk as an Echo Show: requests say the device renders APL, so responses may carry documents. */
  readonly screen?: boolean;
  /** Where the skill keeps the person's memory; this dialog's skill instance alone when left out. */
  readonly persistence?: PersistenceAdapter;

  /** The Echo the person talks to (`context.System.device.deviceId`); a default local Echo when left out. */
  readonly deviceId?: string;
}

interface OpenSession {
  readonly id: string;
  readonly attributes: Record<string, unknown>;
  readonly elicitation?: SlotElicitation;
  /** What `Dialog.UpdateDynamicEntities` taught Alexa; it lasts as long as the session. */
  readonly entities: DynamicEntities;
}

function speechText(speech: ui.OutputSpeech | undefined): string {
  if (!speech) return '';
  return speech.type === 'SSML' ? ssmlToText(speech.ssml) : speech.text.trim();
}

function cardOf(card: ui.Card | undefined): TurnCard | undefined {
  if (!card) return undefined;
  switch (card.type) {
    case 'Simple':
      return { type: card.type, title: card.title, content: card.content };
    case 'Standard':
      return { type: card.type, title: card.title, content: card.text };
    default:
      return { type: card.type };
  }
}

/** The slot a `Dialog.ElicitSlot` asks for, on the intent it names (`updatedIntent`, as Alexa requires it). */
function elicitationOf(response: Response): SlotElicitation | undefined {
  const directive = response.directives?.find(
    (candidate): candidate is dialog.ElicitSlotDirective => candidate.type === 'Dialog.ElicitSlot',
  );
  if (!directive?.updatedIntent) return undefined;
  return { slotToElicit: directive.slotToElicit, intent: directive.updatedIntent };
}

/** Alexa keeps listening after `shouldEndSession: false`, or when it is left out but there is a reprompt. */
function keepsSessionOpen(response: Response): boolean {
  if (response.shouldEndSession === false) return true;
  return response.shouldEndSession === undefined && response.reprompt !== undefined;
}

export class LocalDialog {
  private readonly skill: Skill;
  private readonly resolver: UtteranceResolver;
  private readonly model: LanguageModel;
  private session: OpenSession | undefined;

  constructor(private readonly options: LocalDialogOptions) {
    this.skill = buildSkill(options.config, providerBindingFor(options.config), { persistence: options.persistence });
    this.model = readLanguageModel(interactionModelPath(isLocalLocale(this.locale) ? this.locale : DEFAULT_LOCALE));
    this.resolver = options.resolver ?? createUtteranceResolver(this.model, this.locale);
  }

  get locale(): string {
    return this.options.locale ?? DEFAULT_LOCALE;
  }

  get sessionOpen(): boolean {
    return this.session !== undefined;
  }

  /** A typed utterance, understood the way the interaction model would, answering a slot asked for first. */
  say(utterance: string): Promise<TurnResult> {
    return this.send(this.resolver.resolve(utterance, this.session?.elicitation));
  }

  /** A touch on a screen item whose APL `SendEvent` carries `args`, in the document named `token`. */
  touch(token: string, args: readonly unknown[]): Promise<TurnResult> {
    return this.send(aplUserEvent(token, args, this.locale));
  }

  async send(request: Request): Promise<TurnResult> {
    const sessionId = this.session?.id ?? `amzn1.echo-api.session.${randomUUID()}`;
    const { accessToken } = this.options;
    const skillId = this.options.config.skillId ?? LOCAL_SKILL_ID;
    const resolved = withDynamicResolutions(request, this.session?.entities ?? NO_DYNAMIC_ENTITIES, this.model, skillId);
    const envelope = buildEnvelope(resolved, {
      accessToken: typeof accessToken === 'function' ? await accessToken() : accessToken,
      locale: this.locale,
      skillId,
      sessionId,
      sessionAttributes: this.session?.attributes,
      supportedInterfaces: this.options.screen ? SCREEN_DEVICE_INTERFACES : undefined,
      deviceId: this.options.deviceId,
      alexaApi: false,
    });
    const responseEnvelope = await this.skill.invoke(envelope);
    const { response } = responseEnvelope;

    const sessionOpen = keepsSessionOpen(response);
    const elicitation = elicitationOf(response);
    const entities = dynamicEntitiesAfter(response, this.session?.entities ?? NO_DYNAMIC_ENTITIES);
    this.session = sessionOpen ? { id: sessionId, attributes: responseEnvelope.sessionAttributes ?? {}, elicitation, entities } : undefined;

    return {
      speech: speechText(response.outputSpeech),
      reprompt: response.reprompt ? speechText(response.reprompt.outputSpeech) || undefined : undefined,
      card: cardOf(response.card),
      sessionOpen,
      sessionAttributes: this.session?.attributes ?? {},
      elicitation: this.session?.elicitation,
      apl: aplPreviews(responseEnvelope),
      request: envelope,
      response: responseEnvelope,
    };
  }
}
