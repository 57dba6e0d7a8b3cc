import { randomBytes } from 'node:crypto';
import { DemoReply, DemoRequest, DemoRouter, jsonReply, spotifyError } from './demoProvider';
import { LoginThrottle } from './loginThrottle';
import { DEMO_USER } from './sampleLibrary';

/*
 * The demo provider's OAuth 2.0 authorization server (RFC 6749, authorization-code grant with
 * refresh), strict enough that a linking bug shows up locally: exact redirect URIs, one client
 * authentication scheme per client, single-use codes that expire, tokens that expire for real,
 * refresh tokens that rotate (a reused one revokes everything its authorization gave, RFC 9700
 * §4.14.2), scopes limited to what the client registered, and throttled password guessing.
 * It plugs into the demo provider as a router and tells the /v1 API which tokens are alive.
 */

/** Alexa's names for the two ways a client authenticates at the token URL. */
export type ClientAuthScheme = 'HTTP_BASIC' | 'REQUEST_BODY_CREDENTIALS';

export interface OAuthClient {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Compared by exact string match, as RFC 6749 §3.1.2.3 asks. */
  readonly redirectUris: readonly string[];
  /** The scopes this client may ask for; anything else is invalid_scope. */
  readonly scopes: readonly string[];
  scheme: ClientAuthScheme;
}

export interface DemoAccount {
  readonly username: string;
  readonly password: string;
  readonly displayName: string;
}

/** The person who logs in at the demo provider's login page. */
export const DEMO_ACCOUNT: DemoAccount = { username: DEMO_USER.id, password: 'demo', displayName: DEMO_USER.displayName };

export const CODE_TTL_SECONDS = 60;
export const ACCESS_TOKEN_TTL_SECONDS = 3600;
/** Wrong passwords allowed per account, and per address (which may try many accounts), in LOGIN_WINDOW_MS. */
export const MAX_FAILED_LOGINS_PER_ACCOUNT = 5;
export const MAX_FAILED_LOGINS_PER_ADDRESS = 20;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export interface OAuthServerOptions {
  readonly clients?: readonly OAuthClient[];
  readonly accounts?: readonly DemoAccount[];
  readonly accessTokenTtlSeconds?: number;
  /** Milliseconds since the epoch; tests move it to expire codes and tokens. */
  readonly now?: () => number;
}

/**
 * Everything one authorization gave: the tokens from its code and from every refresh since.
 * Revoked as a whole when its code is replayed or a rotated refresh token comes back.
 */
interface Grant {
  readonly clientId: string;
  readonly username: string;
  readonly scope: string;
  readonly accessTokens: string[];
  readonly refreshTokens: string[];
  /** The only refresh token that may be used; an older one in use means it leaked. */
  currentRefreshToken: string;
}

interface IssuedCode {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scope: string;
  readonly username: string;
  readonly expiresAt: number;
  used: boolean;
  /** What the code was exchanged for, revoked if the code is replayed (RFC 6749 §4.1.2). */
  grant?: Grant;
}

interface IssuedAccessToken {
  readonly grant: Grant;
  readonly scope: string;
  expiresAt: number;
}

export interface OAuthServer {
  /** Serves GET/POST /oauth/authorize and POST /oauth/token; answers 401 for expired tokens on /v1. */
  readonly router: DemoRouter;
  /** For the /v1 API: true only for an access token this server issued that has not expired. */
  readonly acceptsToken: (token: string) => boolean;
  registerClient(client: OAuthClient): void;
  client(clientId: string): OAuthClient | undefined;
  /** Makes an access token expire now, as if its hour had passed. */
  expireAccessToken(token: string): boolean;
  /** Revokes everything the authorization behind this access token gave, as when the person removes the app. */
  revokeAuthorizationOf(accessToken: string): boolean;
  /** The scope the person granted for a live token; for tests and the console, never logged. */
  scopeOf(token: string): string | undefined;
  /** Who a live token belongs to and what it was granted: the demo player's Premium and scope checks. */
  grantOf: (token: string) => { readonly username: string; readonly scope: string } | undefined;
}

const FORM_TYPE = /^application\/x-www-form-urlencoded\b/i;

function opaqueToken(prefix: string): string {
  return `${prefix}${randomBytes(24).toString('base64url')}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function htmlReply(status: number, title: string, body: string): DemoReply {
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Demo Music</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#121212;color:#f5f5f5;display:flex;justify-content:center}
main{width:100%;max-width:26rem;padding:2rem 1.25rem}
h1{font-size:1.5rem;margin:0 0 1rem}
label{display:block;margin:1rem 0 .25rem;font-weight:600}
input{box-sizing:border-box;width:100%;padding:.75rem;font-size:1rem;border-radius:.5rem;border:1px solid #555;background:#1e1e1e;color:inherit}
button{width:100%;margin-top:1.25rem;padding:.8rem;font-size:1rem;font-weight:700;border:0;border-radius:2rem;cursor:pointer}
.primary{background:#1ed760;color:#000}.secondary{background:transparent;color:#f5f5f5;border:1px solid #777}
button:focus-visible,input:focus-visible{outline:3px solid #fff;outline-offset:2px}
.note{color:#b3b3b3;font-size:.9rem}.error{background:#3b1212;border:1px solid #e22134;padding:.75rem;border-radius:.5rem}
code{background:#2a2a2a;padding:0 .25rem;border-radius:.25rem}
</style></head><body><main>${body}</main></body></html>`;
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-frame-options': 'DENY' },
    body: page,
  };
}

function errorPage(status: number, message: string): DemoReply {
  return htmlReply(
    status,
    'Cannot link',
    `<h1>Cannot link this app</h1><p class="error" role="alert">${escapeHtml(message)}</p>
<p class="note">The app that sent you here made a bad authorization request, so Demo Music will not send you back to it.</p>`,
  );
}

/** RFC 6749 §5.2 error body; `no-store` as §5.1 asks of every token response. */
function oauthError(status: number, error: string, description: string, headers: Record<string, string> = {}): DemoReply {
  return jsonReply(status, { error, error_description: description }, { 'cache-control': 'no-store', pragma: 'no-cache', ...headers });
}

interface AuthorizeParams {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string;
  readonly scope: string;
}

/** A request the login page may serve, or the reason for the error page. */
type AuthorizeCheck = { ok: AuthorizeParams } | { problem: string };

function scopeList(scope: string): string[] {
  return scope.split(/\s+/).filter((item) => item !== '');
}

function redirectTo(uri: string, params: Record<string, string>): DemoReply {
  const target = new URL(uri);
  for (const [key, value] of Object.entries(params)) if (value !== '') target.searchParams.set(key, value);
  return { status: 302, headers: { location: target.toString(), 'cache-control': 'no-store' }, body: '' };
}

export function createOAuthServer(options: OAuthServerOptions = {}): OAuthServer {
  const now = options.now ?? Date.now;
  const accessTokenTtl = options.accessTokenTtlSeconds ?? ACCESS_TOKEN_TTL_SECONDS;
  const accounts = options.accounts ?? [DEMO_ACCOUNT];
  const clients = new Map<string, OAuthClient>();
  for (const client of options.clients ?? []) clients.set(client.clientId, client);
  const codes = new Map<string, IssuedCode>();
  const accessTokens = new Map<string, IssuedAccessToken>();
  const refreshTokens = new Map<string, Grant>();
  const accountLogins = new LoginThrottle({ maxFailures: MAX_FAILED_LOGINS_PER_ACCOUNT, windowMs: LOGIN_WINDOW_MS, now });
  const addressLogins = new LoginThrottle({ maxFailures: MAX_FAILED_LOGINS_PER_ADDRESS, windowMs: LOGIN_WINDOW_MS, now });

  function checkAuthorize(query: URLSearchParams): AuthorizeCheck {
    const clientId = query.get('client_id') ?? '';
    const client = clients.get(clientId);
    if (!client) return { problem: clientId ? `Unknown client_id "${clientId}".` : 'The request has no client_id.' };
    const redirectUri = query.get('redirect_uri') ?? '';
    if (!client.redirectUris.includes(redirectUri)) {
      return {
        problem: redirectUri ? `The redirect_uri "${redirectUri}" is not registered for this app.` : 'The request has no redirect_uri.',
      };
    }
    const responseType = query.get('response_type') ?? '';
    if (responseType !== 'code') return { problem: `Unsupported response_type "${responseType}"; only "code" is supported.` };
    return { ok: { clientId, redirectUri, state: query.get('state') ?? '', scope: scopeList(query.get('scope') ?? '').join(' ') } };
  }

  /** RFC 6749 §4.1.2.1: with a trusted redirect URI, a scope the client may not ask for goes back as invalid_scope. */
  function unregisteredScopeRedirect(params: AuthorizeParams): DemoReply | undefined {
    const registered = clients.get(params.clientId)?.scopes ?? [];
    const unknown = scopeList(params.scope).filter((scope) => !registered.includes(scope));
    if (unknown.length === 0) return undefined;
    return redirectTo(params.redirectUri, {
      error: 'invalid_scope',
      error_description: `Scope not registered for this client: ${unknown.join(' ')}`,
      state: params.state,
    });
  }

  function loginPage(params: AuthorizeParams, status = 200, problem?: string, headers: Record<string, string> = {}): DemoReply {
    const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
    const scopes = scopeList(params.scope);
    const page = htmlReply(
      status,
      'Log in',
      `<h1>Log in to Demo Music</h1>
<p><strong>${escapeHtml(params.clientId)}</strong> wants to ${scopes.length ? 'see:' : 'connect to your account.'}</p>
${scopes.length ? `<ul>${scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join('')}</ul>` : ''}
${problem ? `<p class="error" role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/oauth/authorize">
${hidden('client_id', params.clientId)}${hidden('redirect_uri', params.redirectUri)}${hidden('response_type', 'code')}${hidden('state', params.state)}${hidden('scope', params.scope)}
<label for="username">Username</label>
<input id="username" name="username" autocomplete="username" autocapitalize="none" required value="${escapeHtml(accounts[0]?.username ?? '')}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button class="primary" type="submit" name="decision" value="allow">Log in and agree</button>
<button class="secondary" type="submit" name="decision" value="deny" formnovalidate>Cancel</button>
</form>
<p class="note">Demo account: <code>${escapeHtml(accounts[0]?.username ?? '')}</code>, password <code>${escapeHtml(accounts[0]?.password ?? '')}</code>.</p>`,
    );
    return { ...page, headers: { ...page.headers, ...headers } };
  }

  /** Checks the password unless the account or the address has guessed too often lately. */
  function logIn(params: AuthorizeParams, form: URLSearchParams, address: string): DemoAccount | DemoReply {
    const username = (form.get('username') ?? '').trim();
    const accountKey = username.toLowerCase();
    const waitMs = Math.max(accountLogins.retryAfterMs(accountKey), addressLogins.retryAfterMs(address));
    if (waitMs > 0) {
      const minutes = Math.ceil(waitMs / 60_000);
      const problem = `Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
      return loginPage(params, 429, problem, { 'retry-after': String(Math.ceil(waitMs / 1000)) });
    }
    const account = accounts.find((candidate) => candidate.username === username);
    if (!account || account.password !== form.get('password')) {
      accountLogins.recordFailure(accountKey);
      addressLogins.recordFailure(address);
      return loginPage(params, 401, 'Wrong username or password.');
    }
    accountLogins.reset(accountKey);
    return account;
  }

  function authorize(request: DemoRequest): DemoReply {
    if (request.method === 'GET') {
      const check = checkAuthorize(request.url.searchParams);
      if ('problem' in check) return errorPage(400, check.problem);
      return unregisteredScopeRedirect(check.ok) ?? loginPage(check.ok);
    }
    if (request.method !== 'POST') return errorPage(405, 'Method not allowed.');
    if (!FORM_TYPE.test(request.headers['content-type'] ?? '')) return errorPage(400, 'Expected a form post.');
    const form = new URLSearchParams(request.body);
    const check = checkAuthorize(form);
    if ('problem' in check) return errorPage(400, check.problem);
    const params = check.ok;
    const scopeRefusal = unregisteredScopeRedirect(params);
    if (scopeRefusal) return scopeRefusal;
    if (form.get('decision') === 'deny') {
      return redirectTo(params.redirectUri, { error: 'access_denied', error_description: 'The user cancelled', state: params.state });
    }
    const account = logIn(params, form, request.remoteAddress ?? 'unknown');
    if (!('username' in account)) return account;
    const code = opaqueToken('code-');
    codes.set(code, {
      clientId: params.clientId,
      redirectUri: params.redirectUri,
      scope: params.scope,
      username: account.username,
      expiresAt: now() + CODE_TTL_SECONDS * 1000,
      used: false,
    });
    return redirectTo(params.redirectUri, { code, state: params.state });
  }

  /** Reads the credentials the way the client's scheme says; anything else is invalid_client. */
  function authenticateClient(request: DemoRequest, form: URLSearchParams): OAuthClient | DemoReply {
    const basic = /^Basic\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    let presented: { scheme: ClientAuthScheme; clientId: string; secret: string } | undefined;
    if (basic) {
      const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon >= 0) {
        // RFC 6749 §2.3.1: both parts are form-urlencoded before they are joined.
        const decode = (part: string) => {
          try {
            return decodeURIComponent(part.replace(/\+/g, ' '));
          } catch {
            return part;
          }
        };
        presented = { scheme: 'HTTP_BASIC', clientId: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
      }
    }
    const bodySecret = form.get('client_secret');
    const invalid = (description: string) =>
      oauthError(401, 'invalid_client', description, { 'www-authenticate': 'Basic realm="demo-music"' });
    if (presented && bodySecret !== null) return invalid('Use one client authentication method, not two');
    if (!presented && bodySecret !== null)
      presented = { scheme: 'REQUEST_BODY_CREDENTIALS', clientId: form.get('client_id') ?? '', secret: bodySecret };
    if (!presented) return invalid('Client authentication failed: no credentials');
    const client = clients.get(presented.clientId);
    if (!client || client.clientSecret !== presented.secret) return invalid('Client authentication failed');
    if (client.scheme !== presented.scheme) {
      const expected = client.scheme === 'HTTP_BASIC' ? 'HTTP Basic' : 'client_id and client_secret in the body';
      return invalid(`Client authentication failed: this client authenticates with ${expected}`);
    }
    const bodyClientId = form.get('client_id');
    if (bodyClientId !== null && bodyClientId !== client.clientId) return invalid('client_id does not match the authenticated client');
    return client;
  }

  /** A fresh access token and a fresh refresh token for the grant; the previous refresh token is spent. */
  function issueTokens(grant: Grant, scope = grant.scope): DemoReply {
    const accessToken = opaqueToken('demo-at-');
    accessTokens.set(accessToken, { grant, scope, expiresAt: now() + accessTokenTtl * 1000 });
    grant.accessTokens.push(accessToken);
    const refreshToken = opaqueToken('demo-rt-');
    refreshTokens.set(refreshToken, grant);
    grant.refreshTokens.push(refreshToken);
    grant.currentRefreshToken = refreshToken;
    const body = { access_token: accessToken, token_type: 'Bearer', expires_in: accessTokenTtl, refresh_token: refreshToken, scope };
    return jsonReply(200, body, { 'cache-control': 'no-store', pragma: 'no-cache' });
  }

  function revoke(grant: Grant): void {
    for (const accessToken of grant.accessTokens) accessTokens.delete(accessToken);
    for (const refreshToken of grant.refreshTokens) refreshTokens.delete(refreshToken);
  }

  function refreshGrant(client: OAuthClient, form: URLSearchParams): DemoReply {
    const refreshToken = form.get('refresh_token');
    if (!refreshToken) return oauthError(400, 'invalid_request', 'refresh_token is required');
    const grant = refreshTokens.get(refreshToken);
    if (!grant || grant.clientId !== client.clientId) return oauthError(400, 'invalid_grant', 'Invalid refresh token');
    if (refreshToken !== grant.currentRefreshToken) {
      // Someone holds a copy of a spent token: the thief or the client; neither may keep anything.
      revoke(grant);
      return oauthError(400, 'invalid_grant', 'Refresh token already used; the authorization is revoked');
    }
    // RFC 6749 §6: a narrower scope may be asked for, never a wider one.
    const requested = form.get('scope');
    if (requested === null) return issueTokens(grant);
    const granted = scopeList(grant.scope);
    const asked = scopeList(requested);
    if (asked.some((scope) => !granted.includes(scope))) return oauthError(400, 'invalid_scope', 'The scope exceeds what was granted');
    return issueTokens(grant, asked.join(' '));
  }

  function token(request: DemoRequest): DemoReply {
    if (request.method !== 'POST') return oauthError(405, 'invalid_request', 'The token endpoint takes POST', { allow: 'POST' });
    if (!FORM_TYPE.test(request.headers['content-type'] ?? '')) {
      return oauthError(400, 'invalid_request', 'Expected application/x-www-form-urlencoded');
    }
    const form = new URLSearchParams(request.body);
    const client = authenticateClient(request, form);
    if (!('clientId' in client)) return client;
    const grantType = form.get('grant_type');

    if (grantType === 'authorization_code') {
      const code = form.get('code');
      const redirectUri = form.get('redirect_uri');
      if (!code || !redirectUri) return oauthError(400, 'invalid_request', 'code and redirect_uri are required');
      const issued = codes.get(code);
      if (!issued || issued.clientId !== client.clientId) return oauthError(400, 'invalid_grant', 'Invalid authorization code');
      if (issued.used) {
        if (issued.grant) revoke(issued.grant);
        return oauthError(400, 'invalid_grant', 'Authorization code already used');
      }
      issued.used = true;
      if (now() >= issued.expiresAt) return oauthError(400, 'invalid_grant', 'Authorization code expired');
      if (issued.redirectUri !== redirectUri)
        return oauthError(400, 'invalid_grant', 'redirect_uri does not match the authorization request');
      issued.grant = {
        clientId: client.clientId,
        username: issued.username,
        scope: issued.scope,
        accessTokens: [],
        refreshTokens: [],
        currentRefreshToken: '',
      };
      return issueTokens(issued.grant);
    }

    if (grantType === 'refresh_token') return refreshGrant(client, form);

    if (!grantType) return oauthError(400, 'invalid_request', 'grant_type is required');
    return oauthError(400, 'unsupported_grant_type', `Unsupported grant_type "${grantType}"`);
  }

  function liveAccessToken(token: string): IssuedAccessToken | undefined {
    const issued = accessTokens.get(token);
    return issued && now() < issued.expiresAt ? issued : undefined;
  }

  const router: DemoRouter = (request) => {
    const { pathname } = request.url;
    if (pathname === '/oauth/authorize') return authorize(request);
    if (pathname === '/oauth/token') return token(request);
    if (pathname.startsWith('/v1/')) {
      // Spotify words an expired token differently from an unknown one.
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
      if (bearer && accessTokens.has(bearer) && !liveAccessToken(bearer)) {
        return spotifyError(401, 'The access token expired', { 'www-authenticate': 'Bearer realm="spotify", error="invalid_token"' });
      }
    }
    return undefined;
  };

  return {
    router,
    acceptsToken: (token) => liveAccessToken(token) !== undefined,
    registerClient(client) {
      clients.set(client.clientId, client);
    },
    client: (clientId) => clients.get(clientId),
    expireAccessToken(token) {
      const issued = accessTokens.get(token);
      if (!issued) return false;
      issued.expiresAt = Math.min(issued.expiresAt, now());
      return true;
    },
    revokeAuthorizationOf(token) {
      const issued = accessTokens.get(token);
      if (issued) revoke(issued.grant);
      return issued !== undefined;
    },
    scopeOf: (token) => liveAccessToken(token)?.scope,
    grantOf: (token) => {
      const issued = liveAccessToken(token);
      return issued && { username: issued.grant.username, scope: issued.scope };
    },
  };
}
