import { matchPlaylistName } from '../playlists/matchPlaylistName';
import { normalizeName } from '../playlists/normalizeName';
import { Device } from '../providers/player';

/** The device kept for an Echo in the person's memory. */
export interface RememberedDevice {
  readonly id: string;
  readonly name: string;
}

/** Where a play command goes, or why the person must be asked. */
export type DeviceChoice =
  | { readonly kind: 'chosen'; readonly device: Device; readonly how: 'named' | 'remembered' | 'active' | 'only' }
  /** No default, an unknown name, or a name that fits several: the candidates to name, best first. */
  | { readonly kind: 'ask'; readonly candidates: Device[]; readonly unmatched?: string }
  | { readonly kind: 'none' };

export interface DeviceWish {
  /** The device the person named in this request, as spoken. */
  readonly spokenName?: string;
  /** The device remembered for the Echo that asked. */
  readonly remembered?: RememberedDevice;
}

/** "kitchen echo" finds "Kitchen Echo", with the same normalising and fuzzy matching as playlist names. */
function deviceNamed(spoken: string, devices: readonly Device[]): { found?: Device; candidates: Device[] } {
  const match = matchPlaylistName(spoken, devices);
  if (match.kind === 'none') return { candidates: [...devices] };
  const ids = match.kind === 'found' ? [match.playlist.id] : match.candidates.map((candidate) => candidate.id);
  const matched = devices.filter((device) => ids.includes(device.id));
  return match.kind === 'found' ? { found: matched[0], candidates: matched } : { candidates: matched };
}

/** Spotify may give a device a new ID after an update; its name is the person's and stays. */
function stillThere(remembered: RememberedDevice, devices: readonly Device[]): Device | undefined {
  return (
    devices.find((device) => device.id === remembered.id) ??
    devices.find((device) => normalizeName(device.name) === normalizeName(remembered.name))
  );
}

/**
 * Picks the device: the one named in the request; else the one remembered for the asking
 * Echo, if it is still listed; else the active one; else the only one. Otherwise the person is
 * asked, naming the active and most likely devices first.
 */
export function chooseDevice(devices: readonly Device[], wish: DeviceWish): DeviceChoice {
  if (devices.length === 0) return { kind: 'none' };
  const byActivity = [...devices].sort((a, b) => Number(b.isActive) - Number(a.isActive));
  if (wish.spokenName !== undefined) {
    const { found, candidates } = deviceNamed(wish.spokenName, devices);
    if (found) return { kind: 'chosen', device: found, how: 'named' };
    return candidates.length < devices.length
      ? { kind: 'ask', candidates }
      : { kind: 'ask', candidates: byActivity, unmatched: wish.spokenName };
  }
  const remembered = wish.remembered && stillThere(wish.remembered, devices);
  if (remembered) return { kind: 'chosen', device: remembered, how: 'remembered' };
  const active = devices.find((device) => device.isActive);
  if (active) return { kind: 'chosen', device: active, how: 'active' };
  if (devices.length === 1) return { kind: 'chosen', device: devices[0], how: 'only' };
  return { kind: 'ask', candidates: byActivity };
}
