import { DemoProvider, startDemoProvider } from '../../src/local/demoProvider';
import {
  ClientAuthScheme,
  createOAuthServer,
  DEMO_ACCOUNT,
  LOGIN_WINDOW_MS,
  MAX_FAILED_LOGINS_PER_ACCOUNT,
  MAX_FAILED_LOGINS_PER_ADDRESS,
  OAuthServer,
} from '../../src/local/oauthServer';

/*
 * The demo provider as an OAuth 2.0 authorization server, over real HTTP: each rule, and
 * every way a request can be wrong.
 */

const CLIENT_ID = 'test-client';
const SECRET = 'test-secret';
const REDIRECT = 'http://127.0.0.1:9/api/skill/link/TEST';
const SCOPES = ['playlist-read-private', 'playlist-read-collaborative'];
const OTHER_ACCOUNT = { username: 'second-listener', password: 'second', displayName: 'Second' };

let clock: number;
let oauth: OAuthServer;
let demo: DemoProvider;
let scheme: ClientAuthScheme;

beforeEach(async () => {
  clock = Date.UTC(2026, 0, 1);
  scheme = 'HTTP_BASIC';
  oauth = createOAuthServer({ now: () => clock, accessTokenTtlSeconds: 3600, accounts: [DEMO_ACCOUNT, OTHER_ACCOUNT] });
  oauth.registerClient({ clientId: CLIENT_ID, clientSecret: SECRET, redirectUris: [REDIRECT], scopes: SCOPES, scheme });
  demo = await startDemoProvider({ routers: [oauth.router], acceptsToken: oauth.acceptsToken });
});

afterEach(async () => {
  await demo.close();
});

function authorizeQuery(overrides: Record<string, string | undefined> = {}): URLSearchParams {
  const params: Record<string, string | undefined> = {
    client_id: CLIENT_ID,
    response_type: 'code',
    redirect_uri: REDIRECT,
    state: 'xyz 123',
    scope: SCOPES.join(' '),
    ...overrides,
  };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, value);
  return query;
}

async function postLogin(fields: Record<string, string | undefined> = {}) {
  const form = authorizeQuery();
  const extra: Record<string, string | undefined> = {
    username: DEMO_ACCOUNT.username,
    password: DEMO_ACCOUNT.password,
    decision: 'allow',
    ...fields,
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) form.delete(key);
    else form.set(key, value);
  }
  return fetch(`${demo.url}/oauth/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
}

async function issueCode(): Promise<string> {
  const response = await postLogin();
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location')!).searchParams.get('code')!;
}

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

async function token(fields: Record<string, string>, auth: 'basic' | 'body' | 'none' = 'basic', secret = SECRET) {
  const form = new URLSearchParams(fields);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (auth === 'basic') headers.authorization = basic(CLIENT_ID, secret);
  if (auth === 'body') {
    form.set('client_id', CLIENT_ID);
    form.set('client_secret', secret);
  }
  const response = await fetch(`${demo.url}/oauth/token`, { method: 'POST', headers, body: form.toString() });
  return { status: response.status, headers: response.headers, json: (await response.json()) as TokenReply };
}

/** RFC 6749 §5.1 on success, §5.2 (`error`) on failure; a test reads only the side it expects. */
interface TokenReply {
  readonly access_token: string;
  readonly refresh_token: string;
  readonly token_type: string;
  readonly expires_in: number;
  readonly scope: string;
  readonly error?: string;
}

const codeGrant = (code: string) => ({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT });

async function playlists(accessToken: string) {
  const response = await fetch(`${demo.apiUrl}/me/playlists`, { headers: { authorization: `Bearer ${accessToken}` } });
  return { status: response.status, json: await response.json() };
}

describe('GET /oauth/authorize', () => {
  it('shows a phone-sized login form that carries state and scope, with no scripts', async () => {
    const response = await fetch(`${demo.url}/oauth/authorize?${authorizeQuery().toString()}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('name="viewport"');
    expect(html).toContain('<form method="post" action="/oauth/authorize">');
    expect(html).toContain('name="state" value="xyz 123"');
    expect(html).toContain('playlist-read-collaborative');
    expect(html).not.toMatch(/<script|alert\(|window\.open/);
  });

  it.each([
    ['an unknown client_id', { client_id: 'someone-else' }, /Unknown client_id/],
    ['no client_id', { client_id: undefined }, /no client_id/],
    ['an unregistered redirect_uri', { redirect_uri: 'https://evil.example/cb' }, /not registered/],
    ['a redirect_uri that only starts like a registered one', { redirect_uri: `${REDIRECT}/more` }, /not registered/],
    ['no redirect_uri', { redirect_uri: undefined }, /no redirect_uri/],
    ['response_type=token', { response_type: 'token' }, /Unsupported response_type/],
    ['no response_type', { response_type: undefined }, /Unsupported response_type/],
  ])('shows an error page, without redirecting, for %s', async (_name, overrides, message) => {
    const response = await fetch(`${demo.url}/oauth/authorize?${authorizeQuery(overrides).toString()}`, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toMatch(message);
  });
});

describe('POST /oauth/authorize (the login form)', () => {
  it('redirects to the exact registered URI with a code and the same state', async () => {
    const response = await postLogin();
    const location = new URL(response.headers.get('location')!);
    expect(response.status).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get('state')).toBe('xyz 123');
    expect(location.searchParams.get('code')).toMatch(/^code-/);
  });

  it('shows the form again on a wrong password, and does not redirect', async () => {
    const response = await postLogin({ password: 'wrong' });
    expect(response.status).toBe(401);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('Wrong username or password');
  });

  it('redirects with access_denied when the person cancels', async () => {
    const response = await postLogin({ decision: 'deny', password: undefined });
    const location = new URL(response.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('xyz 123');
    expect(location.searchParams.get('code')).toBeNull();
  });

  it('never redirects a tampered form to an unregistered URI', async () => {
    const response = await postLogin({ redirect_uri: 'https://evil.example/cb' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });

  it('refuses a body that is not a form', async () => {
    const response = await fetch(`${demo.url}/oauth/authorize`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(400);
  });
});

describe('POST /oauth/token: authorization_code', () => {
  it('exchanges a code for tokens with HTTP Basic, and records the scope', async () => {
    const { status, headers, json } = await token(codeGrant(await issueCode()));
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(json).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'playlist-read-private playlist-read-collaborative' });
    expect(json.access_token).toEqual(expect.any(String));
    expect(json.refresh_token).toEqual(expect.any(String));
    expect(oauth.scopeOf(json.access_token)).toBe('playlist-read-private playlist-read-collaborative');
  });

  it('takes body credentials when the client is configured for them', async () => {
    oauth.client(CLIENT_ID)!.scheme = 'REQUEST_BODY_CREDENTIALS';
    const { status } = await token(codeGrant(await issueCode()), 'body');
    expect(status).toBe(200);
  });

  it.each([
    ['body credentials to a Basic client', 'body' as const, SECRET],
    ['a wrong secret', 'basic' as const, 'not-the-secret'],
    ['no credentials', 'none' as const, SECRET],
  ])('answers 401 invalid_client for %s', async (_name, auth, secret) => {
    const { status, json, headers } = await token(codeGrant(await issueCode()), auth, secret);
    expect(status).toBe(401);
    expect(json.error).toBe('invalid_client');
    expect(headers.get('www-authenticate')).toMatch(/^Basic/);
  });

  it('answers 401 invalid_client for Basic to a body-credentials client', async () => {
    oauth.client(CLIENT_ID)!.scheme = 'REQUEST_BODY_CREDENTIALS';
    const { status, json } = await token(codeGrant(await issueCode()), 'basic');
    expect(status).toBe(401);
    expect(json.error).toBe('invalid_client');
  });

  it('answers 401 invalid_client when both schemes are used at once', async () => {
    const form = new URLSearchParams({ ...codeGrant(await issueCode()), client_id: CLIENT_ID, client_secret: SECRET });
    const response = await fetch(`${demo.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(CLIENT_ID, SECRET) },
      body: form.toString(),
    });
    expect(response.status).toBe(401);
  });

  it('makes codes single-use: reuse answers invalid_grant and revokes what the code gave', async () => {
    const code = await issueCode();
    const first = await token(codeGrant(code));
    const second = await token(codeGrant(code));
    expect(second.status).toBe(400);
    expect(second.json.error).toBe('invalid_grant');
    expect(oauth.acceptsToken(first.json.access_token)).toBe(false);
  });

  it('expires codes after 60 s', async () => {
    const code = await issueCode();
    clock += 60_000;
    const { status, json } = await token(codeGrant(code));
    expect(status).toBe(400);
    expect(json.error).toBe('invalid_grant');
  });

  it('accepts a code just before 60 s', async () => {
    const code = await issueCode();
    clock += 59_000;
    expect((await token(codeGrant(code))).status).toBe(200);
  });

  it('answers invalid_grant for an unknown code and for a different redirect_uri', async () => {
    expect((await token(codeGrant('code-made-up'))).json.error).toBe('invalid_grant');
    const { json } = await token({ ...codeGrant(await issueCode()), redirect_uri: 'http://127.0.0.1:9/other' });
    expect(json.error).toBe('invalid_grant');
  });

  it('answers invalid_request when code or redirect_uri is missing', async () => {
    const { status, json } = await token({ grant_type: 'authorization_code', code: await issueCode() });
    expect(status).toBe(400);
    expect(json.error).toBe('invalid_request');
  });

  it('answers unsupported_grant_type, and invalid_request without a grant_type', async () => {
    expect((await token({ grant_type: 'password' })).json.error).toBe('unsupported_grant_type');
    expect((await token({})).json.error).toBe('invalid_request');
  });

  it('refuses GET and non-form bodies', async () => {
    expect((await fetch(`${demo.url}/oauth/token`)).status).toBe(405);
    const response = await fetch(`${demo.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(400);
  });
});

describe('POST /oauth/token: refresh_token', () => {
  it('gives a new access token that works, for the same scope', async () => {
    const first = await token(codeGrant(await issueCode()));
    const refreshed = await token({ grant_type: 'refresh_token', refresh_token: first.json.refresh_token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json).toMatchObject({ expires_in: 3600, scope: first.json.scope });
    expect(refreshed.json.access_token).not.toBe(first.json.access_token);
    expect((await playlists(refreshed.json.access_token)).status).toBe(200);
  });

  it('answers invalid_grant for an unknown refresh token, invalid_request for none, invalid_client for a bad secret', async () => {
    expect((await token({ grant_type: 'refresh_token', refresh_token: 'demo-rt-made-up' })).json.error).toBe('invalid_grant');
    expect((await token({ grant_type: 'refresh_token' })).json.error).toBe('invalid_request');
    const first = await token(codeGrant(await issueCode()));
    const wrong = await token({ grant_type: 'refresh_token', refresh_token: first.json.refresh_token }, 'basic', 'nope');
    expect(wrong.status).toBe(401);
  });
});

describe('the /v1 API with issued tokens', () => {
  it('accepts a token it issued', async () => {
    const { json } = await token(codeGrant(await issueCode()));
    expect((await playlists(json.access_token)).status).toBe(200);
  });

  it('answers 401 in Spotify format once the token has expired for real', async () => {
    const { json } = await token(codeGrant(await issueCode()));
    clock += 3600_000;
    const { status, json: body } = await playlists(json.access_token);
    expect(status).toBe(401);
    expect(body).toEqual({ error: { status: 401, message: 'The access token expired' } });
  });

  it('answers 401 when the provider expires the token early', async () => {
    const { json } = await token(codeGrant(await issueCode()));
    expect(oauth.expireAccessToken(json.access_token)).toBe(true);
    expect((await playlists(json.access_token)).status).toBe(401);
  });

  it('answers 401 in Spotify format for a token it never issued, and for none', async () => {
    const { status, json } = await playlists('BQmade-up');
    expect(status).toBe(401);
    expect(json).toEqual({ error: { status: 401, message: 'Invalid access token' } });
    expect((await fetch(`${demo.apiUrl}/me/playlists`)).status).toBe(401);
  });

  it('does not take a refresh token as an access token', async () => {
    const { json } = await token(codeGrant(await issueCode()));
    expect((await playlists(json.refresh_token)).status).toBe(401);
  });
});

const refreshGrant = (refreshToken: string, extra: Record<string, string> = {}) => ({
  grant_type: 'refresh_token',
  refresh_token: refreshToken,
  ...extra,
});

describe('refresh token rotation', () => {
  it('answers each refresh with a new refresh token, and the new one works', async () => {
    const first = await token(codeGrant(await issueCode()));
    const second = await token(refreshGrant(first.json.refresh_token));
    expect(second.json.refresh_token).toMatch(/^demo-rt-/);
    expect(second.json.refresh_token).not.toBe(first.json.refresh_token);
    const third = await token(refreshGrant(second.json.refresh_token));
    expect(third.status).toBe(200);
    expect((await playlists(third.json.access_token)).status).toBe(200);
  });

  it('revokes the whole family when a rotated refresh token comes back', async () => {
    const first = await token(codeGrant(await issueCode()));
    const second = await token(refreshGrant(first.json.refresh_token));

    const replay = await token(refreshGrant(first.json.refresh_token));
    expect(replay.status).toBe(400);
    expect(replay.json.error).toBe('invalid_grant');

    for (const accessToken of [first.json.access_token, second.json.access_token]) expect(oauth.acceptsToken(accessToken)).toBe(false);
    expect((await playlists(second.json.access_token)).status).toBe(401);
    expect((await token(refreshGrant(second.json.refresh_token))).json.error).toBe('invalid_grant');
  });

  it('leaves other authorizations of the same person alone', async () => {
    const mine = await token(codeGrant(await issueCode()));
    const other = await token(codeGrant(await issueCode()));
    await token(refreshGrant(mine.json.refresh_token));
    await token(refreshGrant(mine.json.refresh_token));
    expect(oauth.acceptsToken(other.json.access_token)).toBe(true);
    expect((await token(refreshGrant(other.json.refresh_token))).status).toBe(200);
  });

  it('revokes the tokens obtained by refreshing too, when the code is replayed', async () => {
    const code = await issueCode();
    const first = await token(codeGrant(code));
    const refreshed = await token(refreshGrant(first.json.refresh_token));
    expect(oauth.acceptsToken(refreshed.json.access_token)).toBe(true);

    expect((await token(codeGrant(code))).json.error).toBe('invalid_grant');
    expect(oauth.acceptsToken(refreshed.json.access_token)).toBe(false);
    expect((await token(refreshGrant(refreshed.json.refresh_token))).json.error).toBe('invalid_grant');
  });
});

describe('scopes', () => {
  it('sends invalid_scope back to the client, with its state, for a scope the client did not register', async () => {
    const response = await fetch(
      `${demo.url}/oauth/authorize?${authorizeQuery({ scope: 'playlist-read-private user-modify-playback-state' }).toString()}`,
      {
        redirect: 'manual',
      },
    );
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get('error')).toBe('invalid_scope');
    expect(location.searchParams.get('error_description')).toContain('user-modify-playback-state');
    expect(location.searchParams.get('state')).toBe('xyz 123');
  });

  it('issues no code for a login form whose scope was widened', async () => {
    const response = await postLogin({ scope: 'playlist-read-private ugc-image-upload' });
    const location = new URL(response.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('invalid_scope');
    expect(location.searchParams.get('code')).toBeNull();
  });

  it('lets a refresh narrow the scope but never widen it', async () => {
    const first = await token(codeGrant(await issueCode()));
    const wider = await token(refreshGrant(first.json.refresh_token, { scope: 'playlist-read-private user-read-email' }));
    expect(wider.status).toBe(400);
    expect(wider.json.error).toBe('invalid_scope');
    const narrower = await token(refreshGrant(first.json.refresh_token, { scope: 'playlist-read-private' }));
    expect(narrower.status).toBe(200);
    expect(narrower.json.scope).toBe('playlist-read-private');
    expect(oauth.scopeOf(narrower.json.access_token)).toBe('playlist-read-private');
  });
});

describe('wrong passwords are throttled', () => {
  const wrongPasswords = async (count: number, username = DEMO_ACCOUNT.username) => {
    for (let attempt = 0; attempt < count; attempt++) expect((await postLogin({ username, password: 'guess' })).status).toBe(401);
  };

  it(`locks an account for ${LOGIN_WINDOW_MS / 60_000} minutes after ${MAX_FAILED_LOGINS_PER_ACCOUNT} wrong passwords, even to the right one`, async () => {
    await wrongPasswords(MAX_FAILED_LOGINS_PER_ACCOUNT);
    const locked = await postLogin();
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe(String(LOGIN_WINDOW_MS / 1000));
    expect(locked.headers.get('location')).toBeNull();
    expect(await locked.text()).toContain('Too many wrong passwords. Try again in 15 minutes.');

    clock += LOGIN_WINDOW_MS - 1000;
    expect((await postLogin()).status).toBe(429);
    clock += 1000;
    expect((await postLogin()).status).toBe(302);
  });

  it('does not lock the other accounts when one is locked', async () => {
    await wrongPasswords(MAX_FAILED_LOGINS_PER_ACCOUNT);
    const other = await postLogin({ username: OTHER_ACCOUNT.username, password: OTHER_ACCOUNT.password });
    expect(other.status).toBe(302);
  });

  it('forgets earlier failures after a successful login', async () => {
    await wrongPasswords(MAX_FAILED_LOGINS_PER_ACCOUNT - 1);
    expect((await postLogin()).status).toBe(302);
    await wrongPasswords(MAX_FAILED_LOGINS_PER_ACCOUNT - 1);
    expect((await postLogin()).status).toBe(302);
  });

  it(`locks an address that guesses across accounts, after ${MAX_FAILED_LOGINS_PER_ADDRESS} wrong passwords`, async () => {
    for (let attempt = 0; attempt < MAX_FAILED_LOGINS_PER_ADDRESS; attempt++) await wrongPasswords(1, `someone-${attempt}`);
    expect((await postLogin({ username: OTHER_ACCOUNT.username, password: OTHER_ACCOUNT.password })).status).toBe(429);
    clock += LOGIN_WINDOW_MS;
    expect((await postLogin({ username: OTHER_ACCOUNT.username, password: OTHER_ACCOUNT.password })).status).toBe(302);
  });
});
