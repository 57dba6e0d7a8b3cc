import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ConcurrencyLimit, MAX_PROVIDER_REQUESTS_IN_FLIGHT } from '../../../src/skill/providers/concurrencyLimit';
import { spotifyBinding } from '../../../src/skill/providers/spotify/spotifyBinding';
import { intentRequest } from '../../../src/local/requestEnvelope';
import { Dialog, testSkill } from '../../support/dialog';
import { standingDeadline } from '../../support/clock';
import { library, playlistPage } from '../../support/spotifyWire';

// Real HTTP round trips, 40 pages of them, on a machine that may be busy; nothing here is timed.
jest.setTimeout(30_000);

/*
 * A local Spotify that counts the requests it holds open at once. It answers nothing until
 * no new request has come for a moment, so every request the skill fires together is seen
 * together, even on a busy machine.
 */
const QUIET_MS = 100;
interface CountingServer {
  readonly apiUrl: string;
  readonly maxInFlight: number;
  readonly requests: number;
  close(): Promise<void>;
}

async function startCountingServer(playlistCount: number): Promise<CountingServer> {
  const playlists = library(Array.from({ length: playlistCount }, (_, index) => `Playlist ${index + 1}`));
  let inFlight = 0;
  let maxInFlight = 0;
  let requests = 0;
  let held: (() => void)[] = [];
  let quiet: NodeJS.Timeout | undefined;
  const releaseAll = () => {
    const now = held;
    held = [];
    now.forEach((release) => release());
  };
  const server: Server = createServer((request, response) => {
    requests++;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const query = new URL(request.url ?? '/', 'http://x').searchParams;
    held.push(() => {
      inFlight--;
      const body = JSON.stringify(playlistPage(playlists, Number(query.get('offset')), Number(query.get('limit'))));
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    clearTimeout(quiet);
    // Past the cap there is nothing left to prove: answer at once rather than wait.
    if (inFlight > MAX_PROVIDER_REQUESTS_IN_FLIGHT) releaseAll();
    else quiet = setTimeout(releaseAll, QUIET_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/v1`,
    get maxInFlight() {
      return maxInFlight;
    },
    get requests() {
      return requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('provider requests in flight for one Alexa request', () => {
  let server: CountingServer;
  afterEach(() => server.close());

  it('never pass 10 while paging a library of 2,000 playlists, and the whole library is read', async () => {
    server = await startCountingServer(2000);
    const provider = spotifyBinding(server.apiUrl).create({
      userId: 'u',
      accessToken: 't',
      deadline: standingDeadline(),
      limit: new ConcurrencyLimit(),
    });
    const all = await provider.listAllPlaylists();
    expect(all).toHaveLength(2000);
    expect(server.requests).toBe(40);
    expect(server.maxInFlight).toBe(MAX_PROVIDER_REQUESTS_IN_FLIGHT);
  });

  it('never pass 10 across two clients made for the same Alexa request (the same limit)', async () => {
    server = await startCountingServer(1000);
    const binding = spotifyBinding(server.apiUrl);
    const request = { accessToken: 't', deadline: standingDeadline(), limit: new ConcurrencyLimit() };
    const [first, second] = [binding.create({ ...request, userId: 'a' }), binding.create({ ...request, userId: 'b' })];
    const [one, other] = await Promise.all([first.listAllPlaylists(), second.listAllPlaylists()]);
    expect([one.length, other.length]).toEqual([1000, 1000]);
    expect(server.requests).toBe(40);
    expect(server.maxInFlight).toBe(MAX_PROVIDER_REQUESTS_IN_FLIGHT);
  });
});

describe('ConcurrencyLimit', () => {
  it('frees the place of a task that fails, and runs waiting tasks in order', async () => {
    const limit = new ConcurrencyLimit(1);
    const order: string[] = [];
    const failing = limit.run(() => Promise.reject(new Error('boom')));
    const task = (name: string) => () => {
      order.push(name);
      return Promise.resolve('ok');
    };
    const next = limit.run(task('next'));
    const last = limit.run(task('last'));
    await expect(failing).rejects.toThrow('boom');
    await expect(Promise.all([next, last])).resolves.toEqual(['ok', 'ok']);
    expect(order).toEqual(['next', 'last']);
    expect(limit.inFlight).toBe(0);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a cap of %p', (max) => {
    expect(() => new ConcurrencyLimit(max)).toThrow();
  });
});

describe('a name lookup through the skill', () => {
  let server: CountingServer;
  afterEach(() => server.close());

  it('reads a library of 2,000 playlists with at most 10 requests in flight', async () => {
    server = await startCountingServer(2000);
    const turn = await new Dialog(testSkill({}, server.apiUrl)).say(
      intentRequest('PlaylistTrackCountIntent', { playlistName: 'playlist 1999' }),
    );
    expect(turn.speech).toContain('Playlist 1999 has');
    expect(server.maxInFlight).toBe(MAX_PROVIDER_REQUESTS_IN_FLIGHT);
  });
});
