import { NoActiveDeviceError } from '../providers/errors';
import { ask } from '../speech/respond';
import { playbackIntentHandler } from '../answers/playbackGate';

/** "Which devices can you play on?" With none, the person hears how to wake one (through the error handler). */
export const ListDevicesHandler = playbackIntentHandler('ListDevicesIntent', async (handlerInput, context) => {
  const { messages } = context;
  const devices = await context.player().listDevices();
  if (devices.length === 0) throw new NoActiveDeviceError();
  const active = devices.find((device) => device.isActive)?.name;
  const speech = messages.playback.devices(
    devices.map((device) => device.name),
    active,
  );
  return ask(handlerInput, speech, messages.playback.reprompt).getResponse();
});
