import { normalizeName } from '../playlists/normalizeName';

/*
 * "Play road trip on shuffle": the model has no shuffle phrase inside "play {playlistName}"
 * (it would catch other intents' words), so Alexa hears "play {playlistName} on {deviceName}"
 * with "shuffle" as the device. These are the words that mean an order, not a device,
 * as normalizeName leaves them ("zufällig" is "zufallig").
 */
const SHUFFLE_WORDS = new Set([
  'shuffle',
  'shuffle mode',
  'shuffled',
  'random',
  'random order',
  'zufall',
  'zufallsmodus',
  'zufallswiedergabe',
  'zufallig',
  'shuffle modus',
]);

/** Whether the words Alexa heard as a device name ask for shuffled order instead. */
export function shuffleAsked(spokenDevice: string | undefined): boolean {
  return spokenDevice !== undefined && SHUFFLE_WORDS.has(normalizeName(spokenDevice));
}
