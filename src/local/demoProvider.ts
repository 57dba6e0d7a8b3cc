import { createServer, IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { canReadItems, SAMPLE_LIBRARY, sampleAddedAt, SampleItem, SampleLibrary, SamplePlaylist, withAddedSong } from './sampleLibrary';

/*
 * A local stand-in for the Spotify Web API (2026 wire format), shared by `npm start` and
 * the tests. The server itself only reads requests, applies injected faults and asks a
 * chain of routers for an answer, so other modules (an OAuth server, another provider's
 * API) can plug in their own routes through `options.routers`.
 */

/** The token the demo provider accepts unless `acceptsToken` says otherwise. */
export const DEMO_ACCESS_TOKEN = 'BQDemo-playlist-reader-local-access-token';

export interface DemoRequest {
  readonly method: string;
  /** Absolute, with the server's own origin, so routers can build `href`s. */
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** The caller's IP address, as the socket saw it (never a forwarded-for header). */
  readonly remoteAddress?: string;
}

export interface DemoReply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** Answers the requests it knows; `undefined` lets the next router try. */
export type DemoRouter = (request: DemoRequest) => DemoReply | undefined | Promise<DemoReply | undefined>;

export type FailureStatus = 401 | 403 | 404 | 429 | 500 | 502 | 503;

/** What the next request(s) suffer instead of a normal answer. `times` limits it, then the server behaves normally. */
export type DemoFault =
  | {
      readonly kind?: 'status';
      readonly status: FailureStatus;
      readonly body?: string;
      readonly contentType?: string;
      readonly retryAfter?: string;
      readonly times?: number;
    }
  | { readonly kind: 'hang'; readonly times?: number }
  | { readonly kind: 'slow'; readonly delayMs: number; readonly times?: number }
  | { readonly kind: 'reset'; readonly times?: number }
  | { readonly kind: 'body'; readonly body: string; readonly contentType: string; readonly times?: number };

export interface DemoProviderOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly library?: SampleLibrary;
  readonly acceptsToken?: (token: string) => boolean;
  /** Tried in order before the Spotify API routes. */
  readonly routers?: readonly DemoRouter[];
}

export interface DemoProvider {
  /** e.g. `http://127.0.0.1:54321` */
  readonly url: string;
  /** `url` + `/v1`, what the skill's Spotify client takes as its base URL. */
  readonly apiUrl: string;
  readonly requestCount: number;
  /** Path and query of every request, oldest first. Never headers, so never tokens. */
  readonly requestedPaths: readonly string[];
  setFault(fault: DemoFault | undefined): void;
  /** Adds a song to the end of one playlist, added now (or at `addedAt`); its snapshot_id changes. */
  addSong(playlistId: string, song: { readonly name: string; readonly artists: readonly string[] }, addedAt?: Date): void;
  clearRequestLog(): void;
  /** Stops listening and destroys open sockets, including hanging ones. */
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const MAX_REQUEST_BODY_BYTES = 64 * 1024;

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): DemoReply {
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(value) };
}

/** Spotify's error shape: `{"error":{"status":N,"message":"..."}}`. */
export function spotifyError(status: number, message: string, headers: Record<string, string> = {}): DemoReply {
  return jsonReply(status, { error: { status, message } }, headers);
}

// ---------------------------------------------------------------------------------------
// Spotify Web API routes
// ---------------------------------------------------------------------------------------

const DEFAULT_PAGE_LIMIT = 20;
const MAX_PAGE_LIMIT = 50;
const SPOTIFY_ID = /^[0-9A-Za-z]{22}$/;
const PLAYLIST_ROUTE = /^\/v1\/playlists\/([^/]+)\/(items|tracks)$/;

export interface SpotifyApiOptions {
  /** A function when the library can change while the server runs (a song added in the console). */
  readonly library: SampleLibrary | (() => SampleLibrary);
  readonly acceptsToken: (token: string) => boolean;
}

type Paging = { limit: number; offset: number } | { invalid: string };

function readPaging(query: URLSearchParams): Paging {
  const limitText = query.get('limit') || String(DEFAULT_PAGE_LIMIT);
  const offsetText = query.get('offset') || '0';
  const limit = Number(limitText);
  const offset = Number(offsetText);
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > MAX_PAGE_LIMIT) return { invalid: 'Invalid limit' };
  if (!/^\d+$/.test(offsetText)) return { invalid: 'Invalid offset' };
  return { limit, offset };
}

function pageOf<T>(all: readonly T[], base: string, limit: number, offset: number) {
  const link = (at: number) => `${base}?offset=${at}&limit=${limit}`;
  return {
    href: link(offset),
    items: all.slice(offset, offset + limit),
    limit,
    next: offset + limit < all.length ? link(offset + limit) : null,
    offset,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
    total: all.length,
  };
}

function userObject(apiUrl: string, user: SamplePlaylist['owner']) {
  return {
    id: user.id,
    display_name: user.displayName,
    type: 'user',
    uri: `spotify:user:${user.id}`,
    href: `${apiUrl}/users/${user.id}`,
    external_urls: { spotify: `https://open.spotify.com/user/${user.id}` },
  };
}

function playlistObject(apiUrl: string, playlist: SamplePlaylist) {
  const itemsRef = { href: `${apiUrl}/playlists/${playlist.id}/items`, total: playlist.items.length };
  return {
    id: playlist.id,
    name: playlist.name,
    description: playlist.description,
    public: playlist.public,
    collaborative: playlist.collaborative,
    owner: userObject(apiUrl, playlist.owner),
    images: [],
    snapshot_id: `snapshot-${playlist.id}-${playlist.items.length}`,
    type: 'playlist',
    uri: `spotify:playlist:${playlist.id}`,
    href: `${apiUrl}/playlists/${playlist.id}`,
    external_urls: { spotify: `https://open.spotify.com/playlist/${playlist.id}` },
    items: itemsRef,
    // Deprecated twin of `items`, still sent in 2026.
    tracks: { href: `${apiUrl}/playlists/${playlist.id}/tracks`, total: playlist.items.length },
  };
}

export function itemObject(apiUrl: string, item: SampleItem) {
  if (item === null) return null;
  if (item.type === 'episode') {
    return {
      type: 'episode',
      id: item.id,
      name: item.name,
      uri: `spotify:episode:${item.id}`,
      href: `${apiUrl}/episodes/${item.id}`,
      duration_ms: item.durationMs,
      explicit: false,
      show: { id: `show-${item.id}`, name: item.show, type: 'show' },
    };
  }
  const artists = item.artists.map((name) => ({ id: null, name, type: 'artist' }));
  const uri = item.isLocal
    ? `spotify:local:${encodeURIComponent(item.artists[0] ?? '')}:${encodeURIComponent(item.album)}:${encodeURIComponent(item.name)}:${Math.round(item.durationMs / 1000)}`
    : `spotify:track:${item.id}`;
  return {
    type: 'track',
    id: item.id,
    name: item.name,
    uri,
    href: item.id ? `${apiUrl}/tracks/${item.id}` : null,
    artists,
    album: { id: null, name: item.album, type: 'album', album_type: 'album', artists, images: [] },
    duration_ms: item.durationMs,
    explicit: false,
    is_local: item.isLocal,
  };
}

function playlistEntry(apiUrl: string, playlist: SamplePlaylist, item: SampleItem, index: number) {
  const body = itemObject(apiUrl, item);
  return {
    added_at: (item?.type === 'track' && item.addedAt) || sampleAddedAt(playlist, index),
    added_by: userObject(apiUrl, playlist.owner),
    is_local: item?.type === 'track' && item.isLocal,
    primary_color: null,
    item: body,
    // Deprecated twin of `item`.
    track: body,
  };
}

export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1];
}

/** The Spotify Web API routes the skill uses, with Spotify's paging, auth and development-mode rules. */
export function spotifyApiRouter(options: SpotifyApiOptions): DemoRouter {
  const { acceptsToken } = options;
  return ({ method, url, headers }) => {
    if (!url.pathname.startsWith('/v1/')) return undefined;
    const library = typeof options.library === 'function' ? options.library() : options.library;
    const token = bearerToken(headers);
    if (token === undefined || !acceptsToken(token)) {
      return spotifyError(401, 'Invalid access token', { 'www-authenticate': 'Bearer realm="spotify", error="invalid_token"' });
    }
    if (method !== 'GET') return spotifyError(405, 'Method not allowed');
    const apiUrl = `${url.origin}/v1`;

    if (url.pathname === '/v1/me/playlists') {
      const paging = readPaging(url.searchParams);
      if ('invalid' in paging) return spotifyError(400, paging.invalid);
      const page = pageOf(library.playlists, `${apiUrl}/me/playlists`, paging.limit, paging.offset);
      return jsonReply(200, { ...page, items: page.items.map((playlist) => playlistObject(apiUrl, playlist)) });
    }

    const playlistRoute = PLAYLIST_ROUTE.exec(url.pathname);
    if (playlistRoute) {
      const [, id, collection] = playlistRoute;
      // Removed for development-mode apps in 2026; `/items` replaced it.
      if (collection === 'tracks') return spotifyError(403, 'Forbidden');
      if (!SPOTIFY_ID.test(id)) return spotifyError(400, 'Invalid base62 id');
      const playlist = library.playlists.find((candidate) => candidate.id === id);
      if (!playlist) return spotifyError(404, 'Resource not found');
      if (!canReadItems(playlist, library.user)) return spotifyError(403, 'Forbidden');
      const paging = readPaging(url.searchParams);
      if ('invalid' in paging) return spotifyError(400, paging.invalid);
      const entries = playlist.items.map((item, index) => ({ item, index }));
      const page = pageOf(entries, `${apiUrl}/playlists/${id}/items`, paging.limit, paging.offset);
      return jsonReply(200, { ...page, items: page.items.map(({ item, index }) => playlistEntry(apiUrl, playlist, item, index)) });
    }

    return spotifyError(404, 'Service not found');
  };
}

// ---------------------------------------------------------------------------------------
// The server: request log, faults, router chain
// ---------------------------------------------------------------------------------------

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BODY_BYTES) {
        reject(new Error('request body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, reply: DemoReply): void {
  const body = reply.body ?? '';
  response.writeHead(reply.status, { ...reply.headers, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

function faultReply(fault: Extract<DemoFault, { status: FailureStatus }>): DemoReply {
  const headers: Record<string, string> = { 'content-type': fault.contentType ?? JSON_TYPE };
  if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
  const body = fault.body ?? JSON.stringify({ error: { status: fault.status, message: `Injected fault ${fault.status}` } });
  return { status: fault.status, headers, body };
}

/** Promises the headers and half a body, then drops the connection. */
function resetMidBody(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': 4096 });
  response.write('{"href":"', () => response.socket?.destroy());
}

export async function startDemoProvider(options: DemoProviderOptions = {}): Promise<DemoProvider> {
  let library = options.library ?? SAMPLE_LIBRARY;
  const routers: DemoRouter[] = [
    ...(options.routers ?? []),
    spotifyApiRouter({
      library: () => library,
      acceptsToken: options.acceptsToken ?? ((token) => token === DEMO_ACCESS_TOKEN),
    }),
  ];
  const requestedPaths: string[] = [];
  const pendingTimers = new Set<NodeJS.Timeout>();
  let fault: DemoFault | undefined;
  let origin = '';

  function takeFault(): DemoFault | undefined {
    const current = fault;
    if (current?.times === undefined) return current;
    fault = current.times > 1 ? { ...current, times: current.times - 1 } : undefined;
    return current.times >= 1 ? current : undefined;
  }

  function delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pendingTimers.delete(timer);
        resolve();
      }, ms);
      pendingTimers.add(timer);
    });
  }

  async function route(request: DemoRequest): Promise<DemoReply> {
    for (const router of routers) {
      const reply = await router(request);
      if (reply) return reply;
    }
    return spotifyError(404, 'Service not found');
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    requestedPaths.push(url.pathname + url.search);
    const body = await readBody(request);
    const active = takeFault();
    if (active?.kind === 'hang') return;
    if (active?.kind === 'reset') return resetMidBody(response);
    if (active?.kind === 'body') return send(response, { status: 200, headers: { 'content-type': active.contentType }, body: active.body });
    if (active && (active.kind === undefined || active.kind === 'status')) return send(response, faultReply(active));
    if (active?.kind === 'slow') await delay(active.delayMs);
    send(
      response,
      await route({ method: request.method ?? 'GET', url, headers: request.headers, body, remoteAddress: request.socket.remoteAddress }),
    );
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, spotifyError(500, 'Demo provider failure'));
      else response.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    apiUrl: `${origin}/v1`,
    get requestCount() {
      return requestedPaths.length;
    },
    get requestedPaths() {
      return [...requestedPaths];
    },
    setFault(next) {
      fault = next;
    },
    addSong(playlistId, song, addedAt = new Date()) {
      library = withAddedSong(library, playlistId, song, addedAt);
    },
    clearRequestLog() {
      requestedPaths.length = 0;
    },
    close() {
      for (const timer of pendingTimers) clearTimeout(timer);
      pendingTimers.clear();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
