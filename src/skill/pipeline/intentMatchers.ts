import { HandlerInput } from 'ask-sdk-core';

export function isRequestType(handlerInput: HandlerInput, type: string): boolean {
  return handlerInput.requestEnvelope.request?.type === type;
}

export function isIntent(handlerInput: HandlerInput, ...names: string[]): boolean {
  const { request } = handlerInput.requestEnvelope;
  return request?.type === 'IntentRequest' && names.includes(request.intent?.name);
}

/** The spoken value of a slot, trimmed; undefined when it is missing or empty. */
export function slotText(handlerInput: HandlerInput, slotName: string): string | undefined {
  const { request } = handlerInput.requestEnvelope;
  if (request?.type !== 'IntentRequest') return undefined;
  const value = request.intent?.slots?.[slotName]?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
