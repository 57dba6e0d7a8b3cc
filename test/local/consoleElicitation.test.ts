import { loadConfig } from '../../src/skill/config';
import { LocalServer, startLocalServer } from '../../src/local/server';
import { linkAtDemoLogin } from '../support/demoLogin';

/*
 * The console as the page uses it, when the skill asks "which one?": the answer typed next is
 * heard against the playlist slot's elicitation samples and goes to the intent that asked.
 */

let server: LocalServer;

beforeEach(async () => {
  server = await startLocalServer({ config: loadConfig({}), port: 0 });
});

afterEach(async () => {
  await server.close();
});

interface ConsoleTurn {
  speech: string;
  sessionOpen: boolean;
  elicitation: { slot: string; intent: string } | null;
  request: { request: { intent?: { name: string } } };
}

async function say(utterance: string): Promise<ConsoleTurn> {
  const response = await fetch(`${server.url}/console/api/say`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ utterance }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { turn: ConsoleTurn }).turn;
}

async function link(): Promise<void> {
  const start = (await (
    await fetch(`${server.url}/console/api/link`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
  ).json()) as {
    authorizationUrl: string;
  };
  await linkAtDemoLogin(server, new URL(start.authorizationUrl));
}

it('shows which slot Alexa is asking for, and hears "the second one" as the answer to it', async () => {
  await link();
  const question = await say('how many songs are on chill');
  expect(question.speech).toContain('Chill by Alex Demo or Chill by Bob');
  expect(question.elicitation).toEqual({ slot: 'playlistName', intent: 'PlaylistTrackCountIntent' });

  const answer = await say('the second one');
  expect(answer.request.request.intent?.name).toBe('PlaylistTrackCountIntent');
  expect(answer.speech).toContain('Chill has 3 songs.');
  expect(answer.elicitation).toBeNull();

  expect((await say('the second one')).request.request.intent?.name).toBe('AMAZON.FallbackIntent');
});
