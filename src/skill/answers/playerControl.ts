import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { PlaybackState, PlayerControl } from '../providers/player';
import { RequestContext } from '../pipeline/requestContext';
import { ProviderError } from '../providers/errors';
import { ask, speak } from '../speech/respond';
import { Utterance } from '../speech/utterance';

/**
 * "Pause", "resume", "next song": one command to the device that plays, as a music remote
 * would send it. `GET /me/player` says which device that is; the command names it, so it
 * cannot land on another one. Done, the session ends, as after "play", so that the Echo does
 * not keep the music quiet while it listens. Nothing playing is an invitation to play something,
 * so that answer keeps the session open; the provider's refusals are the error handler's.
 *
 * `known` is a state the caller has just read, so it is not asked for twice.
 */
export async function controlPlayer(
  handlerInput: HandlerInput,
  context: RequestContext,
  control: PlayerControl,
  known?: PlaybackState,
): Promise<Response> {
  const { messages, providerName } = context;
  const { playback } = messages;
  const state = known ?? (await context.player().playbackState());
  const device = state?.device;
  if (!state || !device) return ask(handlerInput, playback.controlNothingPlaying(providerName), playback.reprompt).getResponse();

  const done = (speech: Utterance) => speak(handlerInput, speech).withShouldEndSession(true).getResponse();
  if (state.deviceRestricted) return done(playback.deviceRestricted(device.name, providerName));
  // Spotify refuses these with a 403 "Restriction violated"; the state already tells.
  if (control === 'pause' && !state.isPlaying) return done(playback.alreadyPaused(device.name));
  if (control === 'resume' && state.isPlaying) return done(playback.alreadyPlaying(device.name));
  if (state.disallowed.includes(control)) return done(playback.controlDisallowed(device.name, providerName));

  await context.player().control(control, device);
  const confirmation = { pause: playback.pausedOn, resume: playback.resumedOn, next: playback.skippedOn }[control];
  return done(confirmation(device.name));
}

/**
 * What plays now, for a follow-up that may mean the music or the reading ("next", "continue").
 * A player that cannot be asked (an old token without the playback scopes, an outage) reads as
 * nothing playing, so that it never stops the reading.
 */
export function playbackStateForFollowUp(context: RequestContext): Promise<PlaybackState | undefined> {
  return context
    .player()
    .playbackState()
    .catch((error: unknown) => {
      if (error instanceof ProviderError) return undefined;
      throw error;
    });
}
