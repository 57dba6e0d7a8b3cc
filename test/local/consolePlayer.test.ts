import { loadConfig } from '../../src/skill/config';
import { DEMO_FREE_ACCOUNT } from '../../src/local/demoPlayer';
import { DEMO_ACCOUNT, DemoAccount } from '../../src/local/oauthServer';
import { LOCAL_ECHOES, LocalServer, startLocalServer } from '../../src/local/server';
import { linkAtDemoLogin } from '../support/demoLogin';

/*
 * The console as a new user tries playback (issue 13): link the Premium or the free demo
 * account through the real OAuth flow, talk from one of two Echos, and watch the demo player.
 */

interface ConsoleState {
  echo: string;
  echoes: { id: string; name: string }[];
  player: { devices: { name: string; isActive: boolean; idle: boolean }[]; nowPlaying?: { device: string; playlist: string } };
}
interface ConsoleTurn {
  speech: string;
  card: { type: string } | null;
  request: { context: { System: { device: { deviceId: string } } } };
}

let server: LocalServer;

beforeEach(async () => {
  server = await startLocalServer({ config: loadConfig({}), port: 0 });
});
afterEach(() => server.close());

async function api<T>(path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const response = await fetch(`${server.url}/console/api/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as T };
}

async function say(utterance: string): Promise<ConsoleTurn> {
  const { status, json } = await api<{ turn: ConsoleTurn }>('say', { utterance });
  expect(status).toBe(200);
  return json.turn;
}

/** Logs in at the demo's login page as `account` and allows, as the person would. */
async function linkAs(account: DemoAccount): Promise<void> {
  const authorizationUrl = new URL((await api<{ authorizationUrl: string }>('link', {})).json.authorizationUrl);
  await linkAtDemoLogin(server, authorizationUrl, account);
}

it('shows the demo devices, and what plays where once the Premium account plays a playlist', async () => {
  await linkAs(DEMO_ACCOUNT);
  const before = (await api<ConsoleState>('state')).json.player;
  expect(before.nowPlaying).toBeUndefined();
  expect(before.devices).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Kitchen Echo', idle: true })]));

  const turn = await say('play the third song on rock and roll');
  expect(turn.speech).toBe("Playing Rock & Roll from song 3 on Alex's iPhone.");
  expect((await api<ConsoleState>('state')).json.player.nowPlaying).toMatchObject({ device: "Alex's iPhone", playlist: 'Rock & Roll' });
});

it('the free demo account hears the Premium explanation', async () => {
  await linkAs(DEMO_FREE_ACCOUNT);
  const turn = await say('play rock and roll');
  expect(turn.speech).toContain('Spotify only lets Premium accounts be controlled like this');
  expect(turn.card).toBeNull();
});

it('picks the Echo the person talks from: it goes in the envelope as the device ID', async () => {
  await linkAs(DEMO_ACCOUNT);
  const bedroom = LOCAL_ECHOES[1];
  const { status, json } = await api<ConsoleState>('echo', { echo: bedroom.id });
  expect(status).toBe(200);
  expect(json.echo).toBe(bedroom.id);
  const turn = await say('which devices can you play on');
  expect(turn.request.context.System.device.deviceId).toBe(bedroom.id);
  expect((await api('echo', { echo: 'amzn1.ask.device.SOMEONE-ELSES' })).status).toBe(400);
});
