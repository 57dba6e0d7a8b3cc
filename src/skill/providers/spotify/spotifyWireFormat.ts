import { isRecord } from '../../isRecord';
import { isCount, requireArray, requireCount, requireObject } from '../jsonShape';
import { Playlist, PlaylistPage, PlaylistTrack, PlaylistTracksPage } from '../types';

/*
 * Turns Spotify Web API bodies (2026 shape) into domain types, checking only what the
 * skill reads. `items.total` replaced the deprecated `tracks.total`, and a playlist
 * entry's `item` replaced `track`; both twins are read.
 */

function totalOf(container: unknown): number | undefined {
  return isRecord(container) && isCount(container.total) ? container.total : undefined;
}

/** Spotify lists the largest image first; only https images can be shown on a device. */
function firstImageUrl(images: unknown): string | undefined {
  if (!Array.isArray(images)) return undefined;
  const url = images.map((image) => (isRecord(image) ? image.url : undefined)).find((candidate) => typeof candidate === 'string');
  return typeof url === 'string' && url.startsWith('https://') ? url : undefined;
}

function toPlaylist(raw: unknown): Playlist | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.name !== 'string') return undefined;
  const owner = isRecord(raw.owner) && typeof raw.owner.display_name === 'string' ? raw.owner.display_name : undefined;
  return {
    id: raw.id,
    name: raw.name,
    ownerName: owner,
    trackCount: totalOf(raw.items) ?? totalOf(raw.tracks),
    imageUrl: firstImageUrl(raw.images),
    snapshotId: typeof raw.snapshot_id === 'string' && raw.snapshot_id ? raw.snapshot_id : undefined,
  };
}

export function parsePlaylistPage(body: unknown): PlaylistPage {
  const page = requireObject(body, 'playlist page');
  const items = requireArray(page.items, 'playlist page items');
  const offset = isCount(page.offset) ? page.offset : 0;
  // Spotify sends null for playlists it cannot show; they are skipped, not fatal, and keep their place.
  const shown = items.flatMap((item, index) => {
    const playlist = toPlaylist(item);
    return playlist ? [{ playlist, position: offset + index }] : [];
  });
  return {
    playlists: shown.map(({ playlist }) => playlist),
    total: requireCount(page.total, 'playlist page total'),
    nextOffset: offset + items.length,
    ...(shown.length < items.length ? { positions: shown.map(({ position }) => position) } : {}),
  };
}

function namesOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => (isRecord(entry) && typeof entry.name === 'string' && entry.name ? [entry.name] : []));
}

const isDuration = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isTimestamp = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

function toTrack(entry: unknown, position: number): PlaylistTrack | undefined {
  if (!isRecord(entry)) return undefined;
  const item = entry.item ?? entry.track;
  if (!isRecord(item) || typeof item.name !== 'string') return undefined;
  const common = {
    position,
    durationMs: isDuration(item.duration_ms) ? item.duration_ms : undefined,
    addedAt: isTimestamp(entry.added_at) ? entry.added_at : undefined,
  };
  if (item.type === 'episode') {
    const show = isRecord(item.show) && typeof item.show.name === 'string' ? [item.show.name] : [];
    return { title: item.name, artists: show, kind: 'episode', ...common };
  }
  const kind = entry.is_local === true || item.is_local === true ? 'local' : 'track';
  return { title: item.name, artists: namesOf(item.artists), kind, ...common };
}

/** One page of `/playlists/{id}/items`; positions count from the page's own `offset`, `null` items included. */
export function parseTracksPage(body: unknown): PlaylistTracksPage {
  const page = requireObject(body, 'playlist items page');
  const items = requireArray(page.items, 'playlist items');
  const offset = isCount(page.offset) ? page.offset : 0;
  return {
    tracks: items.map((entry, index) => toTrack(entry, offset + index)).filter((track): track is PlaylistTrack => track !== undefined),
    total: requireCount(page.total, 'playlist items total'),
    nextOffset: offset + items.length,
  };
}

/** Spotify's error body: `{"error":{"status":403,"message":"..."}}`. */
export function spotifyErrorReason(body: unknown): string | undefined {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  return typeof body.error.reason === 'string' ? body.error.reason : undefined;
}
