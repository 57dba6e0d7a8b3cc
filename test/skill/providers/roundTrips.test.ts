import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Deadline } from '../../../src/skill/providers/deadline';
import { spotifyBinding } from '../../../src/skill/providers/spotify/spotifyBinding';
import { library, playlistPage } from '../../support/spotifyWire';

/*
 * Counts sequential round trips by causality, not by the clock: a request belongs to
 * round 1 + the highest round among the responses already sent when it arrived. Each
 * response is held back a little so requests sent together are seen together.
 */
interface RoundTripServer {
  readonly apiUrl: string;
  readonly requests: number;
  readonly rounds: number;
  reset(): void;
  close(): Promise<void>;
}

async function startRoundTripServer(playlistNames: string[], latencyMs = 30): Promise<RoundTripServer> {
  const playlists = library(playlistNames);
  let finishedRound = 0;
  let rounds = 0;
  let requests = 0;
  const server: Server = createServer((request, response) => {
    const round = finishedRound + 1;
    rounds = Math.max(rounds, round);
    requests++;
    const query = new URL(request.url ?? '/', 'http://x').searchParams;
    setTimeout(() => {
      const body = JSON.stringify(playlistPage(playlists, Number(query.get('offset')), Number(query.get('limit'))));
      finishedRound = Math.max(finishedRound, round);
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    }, latencyMs);
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
      finishedRound = rounds = requests = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const namesOf = (count: number) => Array.from({ length: count }, (_, index) => `Playlist number ${index + 1}`);

describe('a name lookup over a large library', () => {
  let server: RoundTripServer;
  afterEach(() => server.close());

  it.each([1, 50, 51, 500, 2000])('reads a library of %i in at most two sequential round trips when cold', async (size) => {
    server = await startRoundTripServer(namesOf(size));
    const binding = spotifyBinding(server.apiUrl);
    const all = await (await binding.create({ userId: 'u', accessToken: 't', deadline: Deadline.after() })).listAllPlaylists();

    expect(all).toHaveLength(size);
    expect(all[size - 1].name).toBe(`Playlist number ${size}`);
    expect(server.rounds).toBe(size > 50 ? 2 : 1);
    expect(server.requests).toBe(Math.ceil(size / 50));
  });

  it('makes no round trip at all for a repeated lookup in the same container', async () => {
    server = await startRoundTripServer(namesOf(500));
    const binding = spotifyBinding(server.apiUrl);
    await (await binding.create({ userId: 'u', accessToken: 't', deadline: Deadline.after() })).listAllPlaylists();
    server.reset();

    const again = await (await binding.create({ userId: 'u', accessToken: 't', deadline: Deadline.after() })).listAllPlaylists();
    expect(again).toHaveLength(500);
    expect(server.requests).toBe(0);
    expect(server.rounds).toBe(0);
  });
});
