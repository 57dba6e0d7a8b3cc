import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Intent, Response, Slot } from 'ask-sdk-model';
import { askingEchoId } from '../playback/askingEcho';
import { chooseDevice, DeviceChoice } from '../playback/chooseDevice';
import { shuffleAsked } from '../playback/shuffleAsked';
import { NoActiveDeviceError } from '../providers/errors';
import { Device } from '../providers/player';
import { Playlist } from '../providers/types';
import { ask, speak } from '../speech/respond';
import { slotText } from '../pipeline/intentMatchers';
import { namedPlaylistHandler, PLAYLIST_NAME_SLOT } from '../answers/namedPlaylist';
import { playbackIntentHandler } from '../answers/playbackGate';
import { RequestContext } from '../pipeline/requestContext';
import { requestMemory } from '../pipeline/requestMemory';
import { readSessionState } from '../pipeline/sessionState';
import { POSITION_SLOT, StartingSong, startingSong } from '../answers/startingSong';

export const DEVICE_NAME_SLOT = 'deviceName';
export { POSITION_SLOT };
/** A question names only a few devices; more is a list nobody remembers. */
const DEVICES_NAMED_IN_A_QUESTION = 3;

interface PlayIntent {
  readonly intentName: string;
  readonly shuffle: boolean;
}

/** The intent as Alexa should hold it while asking for the device: the playlist by name, the position kept. */
function intentAskingForDevice(intent: PlayIntent, playlist: Playlist, position?: number): Intent {
  const slot = (name: string, value?: string): Slot => ({ name, value, confirmationStatus: 'NONE' });
  const slots: Record<string, Slot> = {
    [PLAYLIST_NAME_SLOT]: slot(PLAYLIST_NAME_SLOT, playlist.name),
    [DEVICE_NAME_SLOT]: slot(DEVICE_NAME_SLOT),
  };
  if (!intent.shuffle) slots[POSITION_SLOT] = slot(POSITION_SLOT, position === undefined ? undefined : String(position));
  return { name: intent.intentName, confirmationStatus: 'NONE', slots };
}

function askForDevice(
  handlerInput: HandlerInput,
  context: RequestContext,
  intent: PlayIntent,
  playlist: Playlist,
  choice: Extract<DeviceChoice, { kind: 'ask' }>,
  position?: number,
): Response {
  const { playback } = context.messages;
  const names = choice.candidates.slice(0, DEVICES_NAMED_IN_A_QUESTION).map((device) => device.name);
  const speech = choice.unmatched === undefined ? playback.whichDevice(names) : playback.noDeviceMatch(choice.unmatched, names);
  return ask(handlerInput, speech, playback.whichDevice(names))
    .addElicitSlotDirective(DEVICE_NAME_SLOT, intentAskingForDevice(intent, playlist, position))
    .getResponse();
}

/**
 * Starts the playlist on the chosen device and says what is playing where; the device may
 * not be the Echo the person is talking to. A device chosen by name becomes the one
 * remembered for the Echo that asked.
 */
async function playOnDevice(
  handlerInput: HandlerInput,
  context: RequestContext,
  intent: PlayIntent,
  playlist: Playlist,
  devices: Promise<Device[]>,
  spokenName: string | undefined,
  numberChosePlaylist: boolean,
): Promise<Response> {
  const { messages } = context;
  const memory = requestMemory(handlerInput);
  const start: StartingSong = intent.shuffle ? { kind: 'top' } : await startingSong(handlerInput, context, playlist, numberChosePlaylist);
  if (start.kind === 'titleNotFound') {
    return ask(handlerInput, messages.playback.songNotOnPlaylist(start.title, playlist.name), messages.playback.reprompt).getResponse();
  }
  if (start.kind === 'number' && playlist.trackCount !== undefined && start.position > playlist.trackCount) {
    return ask(
      handlerInput,
      messages.playback.positionPastEnd(playlist.name, playlist.trackCount),
      messages.playback.reprompt,
    ).getResponse();
  }
  // The provider's 0-based place to start at; a question about the device keeps it as a song number.
  const startAt = start.kind === 'number' ? start.position - 1 : start.kind === 'song' ? start.track.position : undefined;
  const echoId = askingEchoId(handlerInput);
  // The memory never throws: unavailable, it is as if nothing were kept.
  const kept = spokenName === undefined && echoId !== undefined ? await memory.deviceSetting(echoId) : undefined;
  const remembered = kept?.playbackDevice;
  const choice = chooseDevice(await devices, { spokenName, remembered });
  if (choice.kind === 'none') throw new NoActiveDeviceError();
  if (choice.kind === 'ask') {
    return askForDevice(handlerInput, context, intent, playlist, choice, startAt === undefined ? undefined : startAt + 1);
  }

  const { device } = choice;
  await context.player().playPlaylist({ playlistId: playlist.id, device, startAt, shuffle: intent.shuffle });
  if (choice.how === 'named' && echoId !== undefined) {
    const settings = await memory.deviceSetting(echoId);
    await memory.rememberDevice(echoId, { ...settings, playbackDevice: { id: device.id, name: device.name } });
  }
  const speech = intent.shuffle
    ? messages.playback.shuffling(playlist.name, device.name)
    : start.kind === 'song'
      ? messages.playback.playingSong(start.track.title, playlist.name, device.name)
      : start.kind === 'number' && start.position > 1
        ? messages.playback.playingFrom(playlist.name, start.position, device.name)
        : messages.playback.playing(playlist.name, device.name);
  return speak(handlerInput, speech).withSimpleCard(messages.skillName, speech.text).withShouldEndSession(true).getResponse();
}

/**
 * "Play X (on Y)", "play the third song on X", "play X starting at <song>", "play it", "play that
 * one" (the song last talked about), "play the fourth one" (after the list), or "shuffle X". The playlist is
 * found as for any named-playlist question, so "play it" plays the one the conversation
 * last talked about (`lastPlaylist`), and with none the person is asked which; the devices are listed meanwhile, so the two
 * lookups cost one round trip of waiting, not two.
 */
function playHandler(intent: PlayIntent): RequestHandler {
  return playbackIntentHandler(intent.intentName, async (handlerInput, context) => {
    const devices = context.player().listDevices();
    // Awaited only once the playlist is known; a failed lookup must not leave it unobserved.
    devices.catch(() => undefined);
    const spokenDevice = slotText(handlerInput, DEVICE_NAME_SLOT);
    // "Play X on shuffle" is the shuffle intent with no device named; any question it asks is asked as that intent.
    const [asked, spokenName] = shuffleAsked(spokenDevice) ? [SHUFFLE, undefined] : [intent, spokenDevice];
    // "Play the fourth one" with no name, right after the list was read: the number picks the playlist, not a song.
    const numberChosePlaylist =
      !asked.shuffle && !slotText(handlerInput, PLAYLIST_NAME_SLOT) && readSessionState(handlerInput).reading === 'list';
    const named = namedPlaylistHandler({
      intentName: asked.intentName,
      answer: (input, playlist, requestContext) =>
        playOnDevice(input, requestContext, asked, playlist, devices, spokenName, numberChosePlaylist),
      placeSlot: numberChosePlaylist ? POSITION_SLOT : undefined,
    });
    return named.handle(handlerInput);
  });
}

const PLAY: PlayIntent = { intentName: 'PlayPlaylistIntent', shuffle: false };
const SHUFFLE: PlayIntent = { intentName: 'ShufflePlaylistIntent', shuffle: true };

export const PlayPlaylistHandler = playHandler(PLAY);
export const ShufflePlaylistHandler = playHandler(SHUFFLE);
