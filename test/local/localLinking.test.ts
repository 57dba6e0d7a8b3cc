import { loadConfig } from '../../src/skill/config';
import { LOCAL_REDIRECT_PATH, localLinkingProfile } from '../../src/local/localAlexaLinking';
import { LocalServer, startLocalServer } from '../../src/local/server';
import { consoleApi, say as sayInConsole } from './consoleApi';
import { allowAtDemoLogin } from '../support/demoLogin';

/*
 * The whole linking flow over real HTTP, as the console runs it: the local Alexa opens the
 * authorization URL, the person logs in, the provider redirects with a code, Alexa exchanges it
 * at the token URL and the next utterance carries the token.
 */

let clock: number;
let server: LocalServer;
let logged: string[];

beforeEach(async () => {
  clock = Date.now();
  logged = [];
  server = await startLocalServer({ config: loadConfig({}), port: 0, now: () => clock, log: (line) => logged.push(line) });
});

afterEach(async () => {
  await server.close();
});

const api = (path: string, body?: unknown) => consoleApi(server, path, body);

/** Link account: authorization URL, login page, login, redirect with code, token exchange. */
async function linkAsThePerson(): Promise<string> {
  const { json } = await api('link', {});
  const authorizationUrl = new URL(json.authorizationUrl);
  expect(`${authorizationUrl.origin}${authorizationUrl.pathname}`).toBe(`${server.demo.url}/oauth/authorize`);
  expect(authorizationUrl.searchParams.get('redirect_uri')).toBe(`${server.url}${LOCAL_REDIRECT_PATH}`);
  expect(authorizationUrl.searchParams.get('scope')).toBe(
    'playlist-read-private playlist-read-collaborative user-read-playback-state user-modify-playback-state',
  );

  const loginPage = await fetch(authorizationUrl);
  expect(loginPage.status).toBe(200);

  const login = await allowAtDemoLogin(server, authorizationUrl);
  expect(login.status).toBe(302);
  const callback = new URL(login.headers.get('location')!);
  expect(callback.pathname).toBe(LOCAL_REDIRECT_PATH);
  expect(callback.searchParams.get('state')).toBe(authorizationUrl.searchParams.get('state'));

  const back = await fetch(callback, { redirect: 'manual' });
  expect(back.status).toBe(303);
  return back.headers.get('location')!;
}

const say = (utterance: string) => sayInConsole(server, utterance);

describe('the local linking profile', () => {
  it("takes type, scheme and scopes from the project's account-linking config, and points the URLs at the demo", () => {
    const profile = localLinkingProfile({ providerUrl: 'http://127.0.0.1:1', alexaUrl: 'http://127.0.0.1:2' });
    expect(profile).toMatchObject({
      type: 'AUTH_CODE',
      scheme: 'HTTP_BASIC',
      scopes: ['playlist-read-private', 'playlist-read-collaborative', 'user-read-playback-state', 'user-modify-playback-state'],
      authorizationUrl: 'http://127.0.0.1:1/oauth/authorize',
      accessTokenUrl: 'http://127.0.0.1:1/oauth/token',
      redirectUri: `http://127.0.0.1:2${LOCAL_REDIRECT_PATH}`,
    });
  });
});

describe('local account linking over HTTP', () => {
  it('starts unlinked, and the skill answers with the LinkAccount card', async () => {
    expect((await api('state')).json.linking.linked).toBe(false);
    const turn = await say('list my playlists');
    expect(turn.card).toEqual({ type: 'LinkAccount' });
    expect(turn.request.context.System.user.accessToken).toBeUndefined();
  });

  it('links with HTTP Basic, then the skill reads the playlists with the issued token', async () => {
    expect(await linkAsThePerson()).toBe('/?linked=1');
    const { json } = await api('state');
    expect(json.linking).toMatchObject({ linked: true, scheme: 'HTTP_BASIC' });
    const turn = await say('list my playlists');
    expect(turn.speech).toContain('The first 5 are: Rock & Roll');
    expect(turn.request.context.System.user.accessToken).toBe('(redacted)');
    expect(server.demo.requestedPaths).toContain('/oauth/token');
  });

  it('links the same way with credentials in the body', async () => {
    expect((await api('scheme', { scheme: 'REQUEST_BODY_CREDENTIALS' })).json.linking.scheme).toBe('REQUEST_BODY_CREDENTIALS');
    expect(await linkAsThePerson()).toBe('/?linked=1');
    expect((await say("what's on road trip")).speech).toMatch(/Road Trip/);
  });

  it('reports a failed exchange back to the console when the two sides disagree on the scheme', async () => {
    server.oauth.client(server.linking.profile.clientId)!.scheme = 'REQUEST_BODY_CREDENTIALS';
    const location = await linkAsThePerson();
    expect(decodeURIComponent(location)).toMatch(/linkError=invalid_client/);
    expect((await api('state')).json.linking.linked).toBe(false);
  });

  it('refuses a redirect with an unknown state', async () => {
    const back = await fetch(`${server.url}${LOCAL_REDIRECT_PATH}?code=x&state=forged`, { redirect: 'manual' });
    expect(back.headers.get('location')).toMatch(/linkError=invalid_state/);
  });

  it('refreshes an expired token the way Alexa does, before the request', async () => {
    await linkAsThePerson();
    const before = server.linking.currentAccessToken();
    clock += 3600_000;
    const turn = await say('list my playlists');
    expect(turn.speech).toContain('The first 5 are');
    expect(server.linking.currentAccessToken()).not.toBe(before);
    expect((await api('state')).json.linking.refreshCount).toBe(1);
  });

  it('keeps the rotated refresh token, so the next refresh works too', async () => {
    await linkAsThePerson();
    for (const expected of [1, 2, 3]) {
      clock += 3600_000;
      // Again in the same session, the list picks up where it stopped: either way, the playlists were read.
      expect((await say('list my playlists')).speech).toMatch(/The first 5 are|Picking up where I stopped/);
      expect((await api('state')).json.linking).toMatchObject({ linked: true, refreshCount: expected });
    }
  });

  it('refreshes once for requests that find the token expired together, so the provider sees no reuse', async () => {
    await linkAsThePerson();
    clock += 3600_000;
    const tokens = await Promise.all([server.linking.accessToken(), server.linking.accessToken(), server.linking.accessToken()]);
    expect(new Set(tokens).size).toBe(1);
    expect(server.oauth.acceptsToken(tokens[0]!)).toBe(true);
    expect(server.linking.status()).toMatchObject({ linked: true, refreshCount: 1 });
  });

  it('loses the link, as Alexa would, when the provider has revoked the refresh token', async () => {
    await linkAsThePerson();
    clock += 3600_000;
    await say('list my playlists');
    // The person removes the app at the provider: the access token and the rotated refresh token die together.
    expect(server.oauth.revokeAuthorizationOf(server.linking.currentAccessToken()!)).toBe(true);
    clock += 3600_000;
    expect((await say('list my playlists')).card).toEqual({ type: 'LinkAccount' });
    expect(server.linking.status().linked).toBe(false);
  });

  it('expire now: the next request meets a 401 and shows the LinkAccount card; relinking fixes it', async () => {
    await linkAsThePerson();
    expect((await api('expire', {})).status).toBe(200);
    const turn = await say('list my playlists');
    expect(turn.card).toEqual({ type: 'LinkAccount' });
    await linkAsThePerson();
    expect((await say('list my playlists')).speech).toContain('The first 5 are');
  });

  it('unlink removes the token from requests', async () => {
    await linkAsThePerson();
    const { json } = await api('unlink', {});
    expect(json.linking.linked).toBe(false);
    const turn = await say('list my playlists');
    expect(turn.request.context.System.user.accessToken).toBeUndefined();
    expect(turn.card).toEqual({ type: 'LinkAccount' });
  });

  it('switches to optional linking, where launch works without a link', async () => {
    await api('mode', { mode: 'optional' });
    expect((await say('open playlist reader')).speech).toMatch(/^Welcome to Playlist Reader/);
  });

  it('never logs tokens or the client secret', async () => {
    await linkAsThePerson();
    await api('expire', {});
    const secrets = [server.linking.profile.clientSecret, server.linking.currentAccessToken()!];
    for (const line of logged) for (const secret of secrets) expect(line).not.toContain(secret);
  });
});
