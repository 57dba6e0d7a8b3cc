import { DEMO_ACCESS_TOKEN, DemoProvider, jsonReply, startDemoProvider } from '../../src/local/demoProvider';
import { findSamplePlaylist, SAMPLE_LIBRARY, SAMPLE_PLAYLISTS } from '../../src/local/sampleLibrary';
import { anyString } from '../support/matchers';

/** The parts of Spotify's wire format these tests read. */
interface Paging<T> {
  readonly items: T[];
  readonly next: string | null;
  readonly total: number;
}

interface WirePlaylist {
  readonly name: string;
}

interface WireItem {
  readonly type: 'track' | 'episode';
  readonly name: string;
  readonly album?: { readonly name: string };
  readonly show?: { readonly name: string };
  readonly duration_ms: number;
}

interface WireEntry {
  readonly added_at: string;
  readonly is_local: boolean;
  readonly item: WireItem | null;
  readonly track: WireItem | null;
}

interface WireError {
  readonly error: { readonly status: number; readonly message: string };
}

let demo: DemoProvider;

beforeEach(async () => {
  demo = await startDemoProvider();
});

afterEach(async () => {
  await demo.close();
});

/** GETs and parses JSON; `T` is the body the test expects, unchecked. */
async function get<T = unknown>(pathOrUrl: string, token: string | null = DEMO_ACCESS_TOKEN) {
  const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${demo.url}${pathOrUrl}`;
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const text = await response.text();
  let json: T | undefined;
  try {
    json = JSON.parse(text) as T;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

const idOf = (name: string) => findSamplePlaylist(SAMPLE_LIBRARY, name).id;

describe('demo provider: GET /v1/me/playlists', () => {
  it('answers with a Spotify paging object, 20 per page by default', async () => {
    const { status, headers, json } = await get<Paging<WirePlaylist>>('/v1/me/playlists');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(json).toMatchObject({ limit: 20, offset: 0, next: null, previous: null, total: SAMPLE_PLAYLISTS.length });
    expect(json!.items).toHaveLength(SAMPLE_PLAYLISTS.length);
  });

  it('pages with limit and offset, and follows next to the end', async () => {
    const names: string[] = [];
    let next: string | null = `${demo.apiUrl}/me/playlists?limit=5&offset=0`;
    let pages = 0;
    while (next) {
      const page: Paging<WirePlaylist> = (await get<Paging<WirePlaylist>>(next)).json!;
      expect(page.total).toBe(SAMPLE_PLAYLISTS.length);
      names.push(...page.items.map((playlist) => playlist.name));
      next = page.next;
      pages++;
    }
    expect(pages).toBe(Math.ceil(SAMPLE_PLAYLISTS.length / 5));
    expect(names).toEqual(SAMPLE_PLAYLISTS.map((playlist) => playlist.name));
  });

  it('describes each playlist with its owner and both item-count twins', async () => {
    const { json } = await get<Paging<WirePlaylist>>('/v1/me/playlists?limit=1&offset=0');
    const rockAndRoll = findSamplePlaylist(SAMPLE_LIBRARY, 'Rock & Roll');
    expect(json!.next).toBe(`${demo.apiUrl}/me/playlists?offset=1&limit=1`);
    expect(json!.items[0]).toMatchObject({
      id: rockAndRoll.id,
      name: 'Rock & Roll',
      type: 'playlist',
      uri: `spotify:playlist:${rockAndRoll.id}`,
      owner: { id: SAMPLE_LIBRARY.user.id, display_name: SAMPLE_LIBRARY.user.displayName, type: 'user' },
      images: [],
      items: { href: `${demo.apiUrl}/playlists/${rockAndRoll.id}/items`, total: rockAndRoll.items.length },
      tracks: { total: rockAndRoll.items.length },
    });
  });

  it.each(['0', '51', 'ten', '-1'])('refuses limit=%s with a Spotify 400', async (limit) => {
    const { status, json } = await get(`/v1/me/playlists?limit=${limit}`);
    expect(status).toBe(400);
    expect(json).toEqual({ error: { status: 400, message: 'Invalid limit' } });
  });
});

describe('demo provider: GET /v1/playlists/{id}/items', () => {
  it('pages a long playlist at most 50 items at a time', async () => {
    const first = await get<Paging<WireEntry>>(`/v1/playlists/${idOf('Workout')}/items?limit=50`);
    expect(first.json).toMatchObject({ total: 64, limit: 50, offset: 0, previous: null });
    expect(first.json!.items).toHaveLength(50);
    const second = await get<Paging<WireEntry>>(first.json!.next!);
    expect(second.json!.items).toHaveLength(14);
    expect(second.json!.next).toBeNull();
  });

  it('sends each entry as item and its deprecated twin track', async () => {
    const { json } = await get<Paging<WireEntry>>(`/v1/playlists/${idOf('Rock & Roll')}/items?limit=1`);
    const [entry] = json!.items;
    expect(entry.item).toEqual(entry.track);
    expect(entry).toMatchObject({ is_local: false, item: { type: 'track', name: 'Johnny B. Goode', artists: [{ name: 'Chuck Berry' }] } });
    expect(entry.item?.album?.name).toBe('Chuck Berry Is on Top');
    expect(typeof entry.item?.duration_ms).toBe('number');
    expect(typeof entry.added_at).toBe('string');
  });

  it('sends unavailable tracks as null, episodes with their show, and local files', async () => {
    const { json } = await get<Paging<WireEntry>>(`/v1/playlists/${idOf('Odds & Ends')}/items`);
    const entries = json!.items;
    expect(entries.filter((entry) => entry.item === null)).toHaveLength(2);
    expect(entries.find((entry) => entry.item?.type === 'episode')?.item?.show?.name).toBe('Song Exploder');
    const local = entries.find((entry) => entry.is_local)!;
    expect(local.item).toMatchObject({ is_local: true, id: null, name: 'Garage Demo (Take 3)' });
  });

  it('reads a playlist the user collaborates on', async () => {
    expect((await get(`/v1/playlists/${idOf('Road Trip 2019')}/items`)).status).toBe(200);
  });

  it('answers 403 for a playlist the user neither owns nor collaborates on', async () => {
    const { status, json } = await get<WireError>(`/v1/playlists/${idOf("Today's Top Hits")}/items`);
    expect(status).toBe(403);
    expect(json!.error.status).toBe(403);
  });

  it('answers 404 for an unknown playlist', async () => {
    const { status, json } = await get<WireError>('/v1/playlists/0000000000000000000000/items');
    expect(status).toBe(404);
    expect(json!.error).toEqual({ status: 404, message: anyString });
  });

  it('answers 403 on the removed /tracks endpoint', async () => {
    expect((await get(`/v1/playlists/${idOf('Rock & Roll')}/tracks`)).status).toBe(403);
  });
});

describe('demo provider: auth', () => {
  it.each([
    ['no token', null],
    ['another token', 'not-the-demo-token'],
  ])('answers 401 with a Spotify error for %s', async (_, token) => {
    const { status, headers, json } = await get('/v1/me/playlists', token);
    expect(status).toBe(401);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(json).toEqual({ error: { status: 401, message: 'Invalid access token' } });
  });

  it('accepts whatever tokens acceptsToken allows', async () => {
    const custom = await startDemoProvider({ acceptsToken: (token) => token.startsWith('minted-') });
    try {
      const ok = await fetch(`${custom.apiUrl}/me/playlists`, { headers: { Authorization: 'Bearer minted-123' } });
      const refused = await fetch(`${custom.apiUrl}/me/playlists`, { headers: { Authorization: `Bearer ${DEMO_ACCESS_TOKEN}` } });
      expect([ok.status, refused.status]).toEqual([200, 401]);
    } finally {
      await custom.close();
    }
  });

  it('records paths but never tokens', async () => {
    await get('/v1/me/playlists?limit=2');
    expect(demo.requestedPaths).toEqual(['/v1/me/playlists?limit=2']);
    expect(demo.requestedPaths.join()).not.toContain(DEMO_ACCESS_TOKEN);
  });
});

describe('demo provider: fault injection', () => {
  it('fails only as many times as asked, then behaves normally', async () => {
    demo.setFault({ status: 503, times: 1 });
    const first = await get('/v1/me/playlists');
    const second = await get('/v1/me/playlists');
    expect([first.status, second.status]).toEqual([503, 200]);
    expect(first.json).toEqual({ error: { status: 503, message: anyString } });
    expect(demo.requestCount).toBe(2);
  });

  it('keeps failing without times, until cleared', async () => {
    demo.setFault({ status: 500 });
    expect((await get('/v1/me/playlists')).status).toBe(500);
    expect((await get('/v1/me/playlists')).status).toBe(500);
    demo.setFault(undefined);
    expect((await get('/v1/me/playlists')).status).toBe(200);
  });

  it('sends the given body, content type and Retry-After', async () => {
    demo.setFault({ status: 429, retryAfter: '2', body: 'slow down', contentType: 'text/plain' });
    const { status, headers, text } = await get('/v1/me/playlists');
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBe('2');
    expect(headers.get('content-type')).toBe('text/plain');
    expect(text).toBe('slow down');
  });

  it('sends a raw 200 body', async () => {
    demo.setFault({ kind: 'body', body: '<html>captive portal</html>', contentType: 'text/html' });
    const { status, headers, text } = await get('/v1/me/playlists');
    expect([status, headers.get('content-type'), text]).toEqual([200, 'text/html', '<html>captive portal</html>']);
  });

  it('delays responses when slow', async () => {
    demo.setFault({ kind: 'slow', delayMs: 150 });
    const started = Date.now();
    expect((await get('/v1/me/playlists')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('drops the connection mid-body on reset', async () => {
    demo.setFault({ kind: 'reset', times: 1 });
    await expect(get('/v1/me/playlists')).rejects.toThrow();
    expect((await get('/v1/me/playlists')).status).toBe(200);
  });

  it('never answers on hang, and close() still ends promptly', async () => {
    demo.setFault({ kind: 'hang' });
    const pending = get('/v1/me/playlists').then(
      () => 'answered',
      () => 'dropped',
    );
    const early = await Promise.race([pending, new Promise((resolve) => setTimeout(() => resolve('waiting'), 200))]);
    expect(early).toBe('waiting');
    await demo.close();
    await expect(pending).resolves.toBe('dropped');
    demo = await startDemoProvider(); // afterEach closes it
  });
});

describe('demo provider: routers', () => {
  it('lets a plugged-in router answer before the Spotify API', async () => {
    const extended = await startDemoProvider({
      routers: [({ url }) => (url.pathname === '/oauth/ping' ? jsonReply(200, { pong: true }) : undefined)],
    });
    try {
      const ping = await fetch(`${extended.url}/oauth/ping`);
      expect(await ping.json()).toEqual({ pong: true });
      const api = await fetch(`${extended.apiUrl}/me/playlists`, { headers: { Authorization: `Bearer ${DEMO_ACCESS_TOKEN}` } });
      expect(api.status).toBe(200);
    } finally {
      await extended.close();
    }
  });
});
