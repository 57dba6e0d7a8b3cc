import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { MAX_PROVIDER_REQUESTS_IN_FLIGHT } from '../../../src/skill/providers/concurrencyLimit';
import { spotifyBinding } from '../../../src/skill/providers/spotify/spotifyBinding';
import { standingDeadline } from '../../support/clock';
import { library, playlistPage } from '../../support/spotifyWire';
import { ConcurrencyLimit } from '../../../src/skill/providers/concurrencyLimit';

// Real HTTP round trips, 40 pages of them, on a machine that may be busy; nothing here is timed.
jest.setTimeout(30_000);

/*
 * Counts sequential round trips: the server holds every request and answers all it holds
 * once no new one has come for a moment. Requests sent together are answered together, as
 * one round, however the machine schedules them.
 */
interface RoundTripServer {
  readonly apiUrl: string;
  readonly requests: number;
  readonly rounds: number;
  reset(): void;
  close(): Promise<void>;
}

async function startRoundTripServer(playlistNames: string[], quietMs = 100): Promise<RoundTripServer> {
  const playlists = library(playlistNames);
  let rounds = 0;
  let requests = 0;
  let held: (() => void)[] = [];
  let quiet: NodeJS.Timeout | undefined;
  const answerRound = () => {
    const answering = held;
    held = [];
    rounds++;
    answering.forEach((answer) => answer());
  };
  const server: Server = createServer((request, response) => {
    requests++;
    const query = new URL(request.url ?? '/', 'http://x').searchParams;
    held.push(() => {
      const body = JSON.stringify(playlistPage(playlists, Number(query.get('offset')), Number(query.get('limit'))));
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    clearTimeout(quiet);
    quiet = setTimeout(answerRound, quietMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/v1`,
    get requests() {
      return requests;
    },
    get rounds() {
      return rounds;
    },
    reset() {
      rounds = requests = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const namesOf = (count: number) => Array.from({ length: count }, (_, index) => `Playlist number ${index + 1}`);

/** The first page, then the rest at most 10 at a time: each group is one more round trip. */
const expectedRounds = (size: number) => 1 + Math.ceil((Math.ceil(size / 50) - 1) / MAX_PROVIDER_REQUESTS_IN_FLIGHT);

describe('a name lookup over a large library', () => {
  let server: RoundTripServer;
  afterEach(() => server.close());

  it.each([
    [1, 1],
    [50, 1],
    [51, 2],
    [500, 2],
    [550, 2],
    [551, 3],
    [2000, 5],
  ])('reads a library of %i in %i sequential round trips when cold, 10 pages at a time after the first', async (size, rounds) => {
    server = await startRoundTripServer(namesOf(size));
    const binding = spotifyBinding(server.apiUrl);
    const all = await binding
      .create({ userId: 'u', accessToken: 't', deadline: standingDeadline(), limit: new ConcurrencyLimit() })
      .listAllPlaylists();

    expect(all).toHaveLength(size);
    expect(all[size - 1].name).toBe(`Playlist number ${size}`);
    expect(server.rounds).toBe(rounds);
    expect(expectedRounds(size)).toBe(rounds);
    expect(server.requests).toBe(Math.ceil(size / 50));
  });

  it('makes no round trip at all for a repeated lookup in the same container', async () => {
    server = await startRoundTripServer(namesOf(500));
    const binding = spotifyBinding(server.apiUrl);
    await binding.create({ userId: 'u', accessToken: 't', deadline: standingDeadline(), limit: new ConcurrencyLimit() }).listAllPlaylists();
    server.reset();

    const again = await binding
      .create({ userId: 'u', accessToken: 't', deadline: standingDeadline(), limit: new ConcurrencyLimit() })
      .listAllPlaylists();
    expect(again).toHaveLength(500);
    expect(server.requests).toBe(0);
    expect(server.rounds).toBe(0);
  });
});
