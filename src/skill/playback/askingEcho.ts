import { HandlerInput } from 'ask-sdk-core';

/** Alexa's device IDs are long opaque strings; anything past this is not one. */
const MAX_DEVICE_ID_LENGTH = 512;

/** The ID of the Echo that sent the request (`context.System.device.deviceId`), when the envelope carries a sane one. */
export function askingEchoId(handlerInput: HandlerInput): string | undefined {
  const deviceId: unknown = handlerInput.requestEnvelope.context?.System?.device?.deviceId;
  return typeof deviceId === 'string' && deviceId.trim() !== '' && deviceId.length <= MAX_DEVICE_ID_LENGTH ? deviceId : undefined;
}
