import { HandlerInput } from 'ask-sdk-core';
import { Intent, Response, Slot } from 'ask-sdk-model';
import { ask } from '../speech/respond';
import { Utterance } from '../speech/utterance';

export const PLAYLIST_NAME_SLOT = 'playlistName';

/**
 * The intent to carry through the question: the one the person asked, with every slot they
 * filled as they said it, and the asked-for slot emptied so that only the answer fills it.
 * Resolutions are left out: Alexa resolves the answer afresh.
 */
function intentKeptFor(intent: Intent, slotName: string): Intent {
  const slots: Record<string, Slot> = {};
  for (const [name, slot] of Object.entries(intent.slots ?? {})) {
    if (typeof slot !== 'object' || slot === null || name === slotName) continue;
    const value = typeof slot.value === 'string' ? slot.value : undefined;
    slots[name] = { name, value, confirmationStatus: 'NONE' };
  }
  slots[slotName] = { name: slotName, confirmationStatus: 'NONE' };
  return { name: intent.name, confirmationStatus: 'NONE', slots };
}

/**
 * Asks "which playlist?" (or "which one?") so that the answer comes back to the intent the
 * person asked: a `Dialog.ElicitSlot` for its playlist slot, with `updatedIntent` keeping
 * what was already said. While Alexa waits for the answer, the slot's elicitation samples
 * ("road trip", "the second one", "my road trip playlist") are heard. A request that is not
 * an intent (a touch on a screen) just gets the question.
 */
export function elicitPlaylist(handlerInput: HandlerInput, speech: Utterance, reprompt: Utterance): Response {
  return elicitSlot(handlerInput, PLAYLIST_NAME_SLOT, speech, reprompt);
}

/**
 * Asks for `slotName` of the intent the person asked ("which artist should I look for?"), as
 * `elicitPlaylist` does for the playlist: the model's dialog section must name that slot, so
 * that its answers ("Queen", "songs by Queen") are heard while Alexa waits.
 */
export function elicitSlot(handlerInput: HandlerInput, slotName: string, speech: Utterance, reprompt: Utterance): Response {
  const response = ask(handlerInput, speech, reprompt);
  const { request } = handlerInput.requestEnvelope;
  if (request?.type === 'IntentRequest' && typeof request.intent?.name === 'string') {
    response.addElicitSlotDirective(slotName, intentKeptFor(request.intent, slotName));
  }
  return response.getResponse();
}
