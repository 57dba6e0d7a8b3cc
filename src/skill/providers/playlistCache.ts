import { createHash } from 'node:crypto';

/** How long a cached answer is served: long enough for a conversation, short enough to see an edit soon. */
export const DEFAULT_CACHE_TTL_MS = 60_000;
/** Entries, across every user of the container; the least recently used goes first. */
export const DEFAULT_CACHE_MAX_ENTRIES = 500;

export interface PlaylistCacheOptions {
  readonly ttlMs?: number;
  readonly maxEntries?: number;
  /** Milliseconds since some epoch; injectable so tests can move time. */
  readonly now?: () => number;
}

interface Entry {
  readonly value: unknown;
  readonly expiresAt: number;
}

/**
 * The key under which one linked account's answers are kept: a SHA-256 of the user ID and
 * the access token, so the raw token never sits in memory as a key, a new token (a relink,
 * or Alexa's hourly refresh) never sees the old one's data, and no user ever reads another's.
 */
export function cacheScope(userId: string, accessToken: string): string {
  return createHash('sha256')
    .update(JSON.stringify([userId, accessToken]))
    .digest('hex');
}

/**
 * A per-container store of provider answers, bounded in entries and in lifetime. It lives
 * as long as the Lambda container does, so warm requests for the same account skip the
 * provider; a cold container starts empty.
 */
export class PlaylistCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: PlaylistCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_CACHE_TTL_MS;
    this.maxEntries = options.maxEntries ?? DEFAULT_CACHE_MAX_ENTRIES;
    this.now = options.now ?? (() => Date.now());
    if (!(this.maxEntries >= 1)) throw new Error('PlaylistCache needs room for at least one entry');
  }

  get size(): number {
    return this.entries.size;
  }

  get<T>(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    // Re-inserting moves the entry to the back of the Map's order: most recently used.
    this.entries.set(key, entry);
    return entry.value as T;
  }

  set(key: string, value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
