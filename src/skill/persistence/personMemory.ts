import { AttributesManager } from 'ask-sdk-core';
import { log } from '../logging/logger';
import { matchPlaylistName } from '../playlists/matchPlaylistName';
import { normalizeName } from '../playlists/normalizeName';
import { Deadline } from '../providers/deadline';
import {
  DeviceSettings,
  EMPTY_MEMORY,
  HeardPlaylist,
  KeptMemory,
  KeptPlaylist,
  ListedPlaylist,
  readKeptMemory,
  withDeviceSettings,
  withHeard,
  withLibrary,
  withoutPlaylist,
  withSpokenForm,
} from './keptMemory';
import { MemoryUnavailableError } from './memoryErrors';

/** A read or write is only started while the request has this much time left for it. */
export const MEMORY_CALL_RESERVE_MS = 400;
/** Unchanged memory is still written this often, so that its 90-day TTL counts from the last use. */
const TOUCH_INTERVAL_MS = 24 * 3600 * 1000;
/** The stored shape's version, for whoever changes it next. */
const MEMORY_VERSION = 1;

export interface PersonMemoryOptions {
  readonly attributesManager: AttributesManager;
  readonly deadline: Deadline;
  readonly now?: () => number;
}

/**
 * One person's memory for one request, read on first use and written once after the answer.
 * It never throws: when the table fails, the request goes on as if the person were new (and a
 * warning is logged), and nothing is written back, so a failed read can never overwrite what
 * is kept with less.
 *
 * Per-device settings: `deviceSetting(deviceId)` gives what is kept for one Echo (its
 * `context.System.device.deviceId`), `rememberDevice(deviceId, settings)` replaces it. A feature
 * that needs a new setting adds a field to `DeviceSettings` in `keptMemory.ts` and validates it there.
 */
export class PersonMemory {
  private memory: Promise<KeptMemory | undefined> | undefined;
  private touchedAt = 0;
  private changed = false;
  private readonly now: () => number;

  constructor(private readonly options: PersonMemoryOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * The playlist the index says the person means by `spoken`: one whose name, or a form the person
   * used for it before, is the same words. Only exact: a fuzzy guess on a stale index would be
   * worse than the full lookup, which records what it found as a spoken form for next time.
   */
  async findPlaylist(spoken: string): Promise<KeptPlaylist | undefined> {
    const form = normalizeName(spoken);
    if (!form) return undefined;
    const { playlists } = (await this.load()) ?? EMPTY_MEMORY;
    // Two kept playlists that fit the same words ("Chill" and Bob's "Chill") are never picked between here: the full lookup asks.
    const only = (found: readonly KeptPlaylist[]) => (found.length === 1 ? found[0] : undefined);
    const bySpokenForm = playlists.filter((playlist) => playlist.spokenForms.includes(form));
    if (bySpokenForm.length > 0) return only(bySpokenForm);
    return only(playlists.filter((playlist) => normalizeName(playlist.name) === form));
  }

  /** Replaces the index with the library as just read: new names and versions, gone playlists dropped. */
  rememberLibrary(library: readonly ListedPlaylist[]): Promise<void> {
    return this.update((memory) =>
      withLibrary(memory, library, (spoken, name) => matchPlaylistName(spoken, [{ id: '', name }]).kind === 'found'),
    );
  }

  /** Remembers that `spoken` named `playlist`, so that next time the index finds it at once. */
  rememberSpokenForm(playlist: ListedPlaylist, spoken: string): Promise<void> {
    return this.update((memory) => withSpokenForm(memory, playlist, spoken));
  }

  /** Drops a stale entry, e.g. after the provider said the playlist is gone. */
  forgetPlaylist(playlistId: string): Promise<void> {
    return this.update((memory) => withoutPlaylist(memory, playlistId));
  }

  async lastHeard(playlistId: string): Promise<HeardPlaylist | undefined> {
    return ((await this.load()) ?? EMPTY_MEMORY).heard[playlistId];
  }

  /** Notes that the person has just heard about `playlist`, in the version they heard. */
  markHeard(playlist: ListedPlaylist): Promise<void> {
    const heard: HeardPlaylist = { at: this.now(), ...(playlist.snapshotId ? { snapshotId: playlist.snapshotId } : {}) };
    return this.update((memory) => withHeard(memory, playlist.id, heard));
  }

  /** What is kept for one Echo; undefined when nothing is (or the memory is unavailable). */
  async deviceSetting(deviceId: string): Promise<DeviceSettings | undefined> {
    const { devices } = (await this.load()) ?? EMPTY_MEMORY;
    return Object.prototype.hasOwnProperty.call(devices, deviceId) ? devices[deviceId] : undefined;
  }

  /** Replaces what is kept for one Echo. */
  rememberDevice(deviceId: string, settings: DeviceSettings): Promise<void> {
    return this.update((memory) => withDeviceSettings(memory, deviceId, settings));
  }

  /** Writes the memory back if this request changed it (or it is due a touch). Never throws. */
  async persist(): Promise<void> {
    if (!this.memory) return;
    const memory = await this.memory;
    if (!memory || (!this.changed && this.now() - this.touchedAt < TOUCH_INTERVAL_MS)) return;
    if (!this.options.deadline.allows(MEMORY_CALL_RESERVE_MS)) return this.warn('write', 'no time left in the request');
    const { attributesManager } = this.options;
    try {
      attributesManager.setPersistentAttributes({ version: MEMORY_VERSION, touchedAt: this.now(), ...memory });
      await attributesManager.savePersistentAttributes();
      this.changed = false;
    } catch (error) {
      this.fail('write', error);
    }
  }

  /** Deletes everything kept about the person (they disabled the skill). Never throws. */
  async forget(): Promise<void> {
    this.memory = Promise.resolve(undefined);
    try {
      await this.options.attributesManager.deletePersistentAttributes?.();
    } catch (error) {
      this.fail('delete', error);
    }
  }

  private load(): Promise<KeptMemory | undefined> {
    this.memory ??= this.read();
    return this.memory;
  }

  private async read(): Promise<KeptMemory | undefined> {
    if (!this.options.deadline.allows(MEMORY_CALL_RESERVE_MS)) {
      this.warn('read', 'no time left in the request');
      return undefined;
    }
    try {
      const raw: unknown = await this.options.attributesManager.getPersistentAttributes(false);
      const touchedAt = (raw as { touchedAt?: unknown })?.touchedAt;
      this.touchedAt = typeof touchedAt === 'number' && Number.isFinite(touchedAt) ? touchedAt : 0;
      return readKeptMemory(raw);
    } catch (error) {
      this.fail('read', error);
      return undefined;
    }
  }

  private async update(change: (memory: KeptMemory) => KeptMemory): Promise<void> {
    // Chained, so that two changes made in one request both survive.
    const next = this.load().then((memory) => (memory ? change(memory) : undefined));
    this.memory = next;
    if (await next) this.changed = true;
  }

  private fail(operation: string, error: unknown): void {
    this.warn(operation, error instanceof MemoryUnavailableError ? error.detail : ((error as Error)?.name ?? 'unknown failure'));
  }

  private warn(operation: string, detail: string): void {
    log.warn('memory-unavailable', { operation, detail });
  }
}
