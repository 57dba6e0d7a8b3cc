import { isRecord } from '../isRecord';
import { normalizeName } from '../playlists/normalizeName';

/*
 * What the skill keeps about one person between sessions, and nothing more: their playlist
 * index, when they last heard each playlist, and per-device settings. No token, no track,
 * nothing the provider would not show them again. Everything read back is checked, because
 * a stored item is only as good as the code that wrote it.
 */

/** One playlist as the index keeps it: enough to go straight to it next time. */
export interface KeptPlaylist {
  readonly id: string;
  readonly name: string;
  /** What the person said that found it, normalised ("rock and roll" for "Rock & Roll"). */
  readonly spokenForms: readonly string[];
  /** The provider's version of the playlist when it was last seen; changes whenever its items do. */
  readonly snapshotId?: string;
}

/** When the person last heard a playlist from this skill, and which version they heard. */
export interface HeardPlaylist {
  /** Epoch milliseconds. */
  readonly at: number;
  readonly snapshotId?: string;
}

/**
 * Settings kept for one Echo (Alexa's `context.System.device.deviceId`). A feature adds its
 * own optional field here; every field is validated in `readDeviceSettings`.
 */
export interface DeviceSettings {
  /** The Spotify Connect device this Echo plays on, chosen by name once (issue 13). */
  readonly playbackDevice?: { readonly id: string; readonly name: string };
}

export interface KeptMemory {
  readonly playlists: readonly KeptPlaylist[];
  readonly heard: Readonly<Record<string, HeardPlaylist>>;
  readonly devices: Readonly<Record<string, DeviceSettings>>;
}

/** Bounds that keep one person's item far below DynamoDB's 400 KB. */
export const MEMORY_LIMITS = {
  playlists: 500,
  spokenFormsPerPlaylist: 5,
  heard: 200,
  devices: 20,
  idLength: 128,
  /** Alexa's device IDs run to a few hundred characters. */
  keyLength: 512,
  nameLength: 200,
  snapshotLength: 128,
};

export const EMPTY_MEMORY: KeptMemory = { playlists: [], heard: {}, devices: {} };

function boundedString(value: unknown, maxLength: number): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength ? value : undefined;
}

function readPlaylist(value: unknown): KeptPlaylist | undefined {
  if (!isRecord(value)) return undefined;
  const id = boundedString(value.id, MEMORY_LIMITS.idLength);
  const name = boundedString(value.name, MEMORY_LIMITS.nameLength);
  if (!id || !name) return undefined;
  const spokenForms = (Array.isArray(value.spokenForms) ? value.spokenForms : [])
    .map((form) => boundedString(form, MEMORY_LIMITS.nameLength))
    .filter((form): form is string => form !== undefined)
    .slice(0, MEMORY_LIMITS.spokenFormsPerPlaylist);
  const snapshotId = boundedString(value.snapshotId, MEMORY_LIMITS.snapshotLength);
  return { id, name, spokenForms, ...(snapshotId ? { snapshotId } : {}) };
}

function readHeard(value: unknown): HeardPlaylist | undefined {
  if (!isRecord(value) || typeof value.at !== 'number' || !Number.isSafeInteger(value.at) || value.at <= 0) return undefined;
  const snapshotId = boundedString(value.snapshotId, MEMORY_LIMITS.snapshotLength);
  return { at: value.at, ...(snapshotId ? { snapshotId } : {}) };
}

function readDeviceSettings(value: unknown): DeviceSettings | undefined {
  if (!isRecord(value)) return undefined;
  const device = value.playbackDevice;
  if (!isRecord(device)) return {};
  const id = boundedString(device.id, MEMORY_LIMITS.idLength);
  const name = boundedString(device.name, MEMORY_LIMITS.nameLength);
  return id && name ? { playbackDevice: { id, name } } : {};
}

function readMap<T>(value: unknown, limit: number, readEntry: (entry: unknown) => T | undefined): Record<string, T> {
  const map: Record<string, T> = {};
  if (!isRecord(value)) return map;
  for (const [key, entry] of Object.entries(value).slice(0, limit)) {
    const read = key.length <= MEMORY_LIMITS.keyLength ? readEntry(entry) : undefined;
    if (read !== undefined) map[key] = read;
  }
  return map;
}

/** A person's memory from stored attributes; anything malformed is dropped, never trusted. */
export function readKeptMemory(raw: unknown): KeptMemory {
  if (!isRecord(raw)) return EMPTY_MEMORY;
  const playlists = (Array.isArray(raw.playlists) ? raw.playlists : [])
    .slice(0, MEMORY_LIMITS.playlists)
    .map(readPlaylist)
    .filter((playlist): playlist is KeptPlaylist => playlist !== undefined);
  return {
    playlists,
    heard: readMap(raw.heard, MEMORY_LIMITS.heard, readHeard),
    devices: readMap(raw.devices, MEMORY_LIMITS.devices, readDeviceSettings),
  };
}

/** A playlist as the provider lists it: what the index needs from it. */
export interface ListedPlaylist {
  readonly id: string;
  readonly name: string;
  readonly snapshotId?: string;
}

/**
 * The index after the person's whole library was read: every listed playlist with its current
 * name and version, spoken forms carried over only while they still fit the (maybe renamed)
 * playlist, and playlists that are gone dropped.
 */
export function withLibrary(
  memory: KeptMemory,
  library: readonly ListedPlaylist[],
  stillFits: (spoken: string, name: string) => boolean,
): KeptMemory {
  const previous = new Map(memory.playlists.map((playlist) => [playlist.id, playlist]));
  const playlists = library.slice(0, MEMORY_LIMITS.playlists).map((listed): KeptPlaylist => {
    const spokenForms = (previous.get(listed.id)?.spokenForms ?? []).filter((spoken) => stillFits(spoken, listed.name));
    return {
      id: listed.id,
      name: listed.name.slice(0, MEMORY_LIMITS.nameLength),
      spokenForms,
      ...(listed.snapshotId ? { snapshotId: listed.snapshotId.slice(0, MEMORY_LIMITS.snapshotLength) } : {}),
    };
  });
  return { ...memory, playlists };
}

/** The index with `spoken` remembered as a way of naming `playlist` (added to the index if it was not there). */
export function withSpokenForm(memory: KeptMemory, playlist: ListedPlaylist, spoken: string): KeptMemory {
  const form = normalizeName(spoken).slice(0, MEMORY_LIMITS.nameLength);
  const existing = memory.playlists.find((kept) => kept.id === playlist.id);
  if (existing && (!form || existing.spokenForms.includes(form))) return memory;
  const spokenForms = form ? [form, ...(existing?.spokenForms ?? [])].slice(0, MEMORY_LIMITS.spokenFormsPerPlaylist) : [];
  const updated: KeptPlaylist = {
    id: playlist.id,
    name: (existing?.name ?? playlist.name).slice(0, MEMORY_LIMITS.nameLength),
    spokenForms,
    ...((existing?.snapshotId ?? playlist.snapshotId) ? { snapshotId: existing?.snapshotId ?? playlist.snapshotId } : {}),
  };
  const others = memory.playlists.filter((kept) => kept.id !== playlist.id);
  return { ...memory, playlists: [updated, ...others].slice(0, MEMORY_LIMITS.playlists) };
}

export function withoutPlaylist(memory: KeptMemory, playlistId: string): KeptMemory {
  return { ...memory, playlists: memory.playlists.filter((kept) => kept.id !== playlistId) };
}

/** Keeps the most recent `limit` entries of a map of things that each carry an `at` time. */
function newest<T extends { at: number }>(map: Record<string, T>, limit: number): Record<string, T> {
  const entries = Object.entries(map);
  if (entries.length <= limit) return map;
  return Object.fromEntries(entries.sort(([, a], [, b]) => b.at - a.at).slice(0, limit));
}

export function withHeard(memory: KeptMemory, playlistId: string, heard: HeardPlaylist): KeptMemory {
  return { ...memory, heard: newest({ ...memory.heard, [playlistId]: heard }, MEMORY_LIMITS.heard) };
}

export function withDeviceSettings(memory: KeptMemory, deviceId: string, settings: DeviceSettings): KeptMemory {
  // The latest choice goes last, so the device chosen longest ago is the first to go when there are too many.
  const others = Object.entries(memory.devices).filter(([key]) => key !== deviceId);
  const devices = [...others, [deviceId, settings] as const].slice(-MEMORY_LIMITS.devices);
  return { ...memory, devices: Object.fromEntries(devices) };
}
