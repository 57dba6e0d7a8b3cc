import { speak } from '../speech/respond';
import { playbackIntentHandler } from '../answers/playbackGate';

/**
 * "What's playing?": the song, its artist and the device. The session ends, so that the
 * Echo does not keep the music quiet while it listens for more.
 */
export const NowPlayingHandler = playbackIntentHandler('NowPlayingIntent', async (handlerInput, context) => {
  const { messages, providerName } = context;
  const state = await context.player().playbackState();
  const device = state?.device?.name;
  let speech;
  if (!state || device === undefined) speech = messages.playback.nothingPlaying(providerName);
  else if (!state.item)
    speech = state.isPlaying ? messages.playback.playingSomething(device) : messages.playback.nothingPlaying(providerName);
  else speech = state.isPlaying ? messages.playback.nowPlaying(state.item, device) : messages.playback.paused(state.item, device);
  return speak(handlerInput, speech).withShouldEndSession(true).getResponse();
});
