import { loadConfig } from '../../src/skill/config';
import { startLocalServer, LocalServer } from '../../src/local/server';
import { linkAtDemoLogin } from '../support/demoLogin';

/*
 * The console's memory controls, as a new user tries them: ask about a playlist, add a song to
 * it, throw the container away (the table lives on), then ask what's new.
 */

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer({ config: { ...loadConfig({}), accountLinking: 'required' } });
});
afterAll(() => server.close());

async function post(path: string, body: unknown = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}/console/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

/** The person logs in to the demo provider and allows; the local Alexa exchanges the code. */
async function linkDemoAccount(): Promise<void> {
  await linkAtDemoLogin(server, new URL((await post('link')).authorizationUrl as string));
}

const speechOf = (result: Record<string, unknown>) => (result.turn as { speech: string }).speech;

it('"what\'s new" after a song is added and the container is thrown away names just that song', async () => {
  await linkDemoAccount();
  expect(speechOf(await post('say', { utterance: "what's on rock and roll" }))).toMatch(/^Rock & Roll has 8 songs/);

  const added = await post('add-song');
  expect(added.added).toBe('Be-Bop-A-Lula by Gene Vincent');
  const before = (added.state as { container: number }).container;
  const fresh = await post('new-container');
  expect(fresh.container).toBe(before + 1);
  expect(fresh.memory).toMatch(/^embedded dynalite table playlist-reader-memory at http:\/\/127\.0\.0\.1:\d+$/);

  const turn = await post('say', { utterance: "what's new on rock and roll" });
  expect(speechOf(turn)).toMatch(
    /^1 song has been added to Rock & Roll since you last heard it today\. It is: Be-Bop-A-Lula by Gene Vincent\./,
  );
});
