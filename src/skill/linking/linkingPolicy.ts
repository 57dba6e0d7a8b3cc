import { AccountLinkingMode } from '../config';

/** What the gate does with a request from a person who has not linked an account. */
export type UnlinkedAnswer =
  /** Let the handlers answer: the request needs no link. */
  | 'go-on'
  /** Say the skill needs a linked account, send the card, end the session. */
  | 'link-account'
  /** Say what linking unlocks, send the card, end the session. */
  | 'explain-linking';

/**
 * Alexa accepts no speech for these, and they need nothing from the person's music. The skill
 * event skill.json subscribes to (SKILL_DISABLED) never carries a token.
 */
const SILENT_REQUESTS = new Set(['SessionEndedRequest', 'System.ExceptionEncountered', 'AlexaSkillEvent.SkillDisabled']);
/** Leaving never needs a link, in either mode: no card, no lecture. */
const LEAVING_INTENTS = new Set(['AMAZON.StopIntent', 'AMAZON.CancelIntent']);
/** With optional linking, these work without a link; every other intent reads the person's music. */
const OPTIONAL_MODE_OPEN_INTENTS = new Set(['AMAZON.FallbackIntent', 'AMAZON.NavigateHomeIntent']);

/**
 * How to answer an unlinked request, in the given mode. `requestType` and `intentName` come
 * straight from the envelope: a request without a readable type is not the gate's business,
 * and the handlers answer it as a request they do not know.
 */
export function unlinkedAnswer(mode: AccountLinkingMode, requestType: unknown, intentName: unknown): UnlinkedAnswer {
  if (typeof requestType !== 'string' || SILENT_REQUESTS.has(requestType)) return 'go-on';
  const intent = requestType === 'IntentRequest' && typeof intentName === 'string' ? intentName : undefined;
  if (intent !== undefined && LEAVING_INTENTS.has(intent)) return 'go-on';
  if (intent === 'AMAZON.HelpIntent') return 'explain-linking';
  if (mode === 'required') return 'link-account';
  if (requestType === 'IntentRequest') return intent !== undefined && OPTIONAL_MODE_OPEN_INTENTS.has(intent) ? 'go-on' : 'link-account';
  // A touch opens a playlist; launching, and request types the skill does not know, need nothing.
  return requestType === 'Alexa.Presentation.APL.UserEvent' ? 'link-account' : 'go-on';
}
