import { randomBytes } from 'node:crypto';
import { ProviderName } from '../skill/config';
import { AccountLinkingConfig, loadAccountLinkingConfig } from '../linkingTool/accountLinkingConfig';
import { ClientAuthScheme } from './oauthServer';

/*
 * Alexa's half of account linking, played on this machine: build the authorization URL, take
 * the code at the redirect endpoint, exchange it at the token URL with the configured client
 * authentication, keep the tokens, and refresh them before a request when they have expired.
 * Tokens never leave this object except as the access token a request carries.
 */

export interface LinkingProfile {
  readonly type: string;
  readonly authorizationUrl: string;
  readonly accessTokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scheme: ClientAuthScheme;
  readonly scopes: readonly string[];
  /** Where the provider sends the person back with the code; Alexa's is /api/skill/link/{vendorId}. */
  readonly redirectUri: string;
  /** Used when the token response has no expires_in, as Alexa's `defaultTokenExpirationInSeconds`. */
  readonly defaultTokenExpirationInSeconds?: number;
}

export const LOCAL_CLIENT_ID = 'playlist-reader-local';
/** Only the embedded demo provider knows it; it protects nothing outside this machine. */
export const LOCAL_CLIENT_SECRET = 'playlist-reader-local-demo-secret';
export const LOCAL_VENDOR_ID = 'LOCALVENDOR';
export const LOCAL_REDIRECT_PATH = `/api/skill/link/${LOCAL_VENDOR_ID}`;

export interface LocalProfileOptions {
  /** The demo provider's origin, e.g. `http://127.0.0.1:54321`. */
  readonly providerUrl: string;
  /** The local Alexa's origin, which serves the redirect endpoint. */
  readonly alexaUrl: string;
  /** The project's config; read from account-linking/<provider>.json when left out. */
  readonly config?: AccountLinkingConfig;
  /** Whose preset to read when `config` is left out; PROVIDER's (default spotify) when this is too. */
  readonly provider?: ProviderName;
}

function isScheme(value: unknown): value is ClientAuthScheme {
  return value === 'HTTP_BASIC' || value === 'REQUEST_BODY_CREDENTIALS';
}

/**
 * The project's own account-linking preset with its URLs pointed at the demo provider and the
 * demo client's credentials: type, scheme and scopes are what `npm run linking` would send.
 */
export function localLinkingProfile(options: LocalProfileOptions): LinkingProfile {
  // The environment's client ID and secret are for the real provider; the demo has its own.
  const env: NodeJS.ProcessEnv = { ...process.env, ACCOUNT_LINKING_CLIENT_ID: '', ACCOUNT_LINKING_CLIENT_SECRET: '' };
  if (options.provider) env.PROVIDER = options.provider;
  const config = options.config ?? loadAccountLinkingConfig({ env });
  const { candidate } = config;
  const scopes = Array.isArray(candidate.scopes) ? candidate.scopes.filter((scope): scope is string => typeof scope === 'string') : [];
  const expiration = typeof candidate.defaultTokenExpirationInSeconds === 'number' ? candidate.defaultTokenExpirationInSeconds : undefined;
  return {
    type: typeof candidate.type === 'string' ? candidate.type : 'AUTH_CODE',
    authorizationUrl: `${options.providerUrl}/oauth/authorize`,
    accessTokenUrl: `${options.providerUrl}/oauth/token`,
    clientId: LOCAL_CLIENT_ID,
    clientSecret: LOCAL_CLIENT_SECRET,
    scheme: isScheme(candidate.accessTokenScheme) ? candidate.accessTokenScheme : 'HTTP_BASIC',
    scopes,
    redirectUri: `${options.alexaUrl}${LOCAL_REDIRECT_PATH}`,
    defaultTokenExpirationInSeconds: expiration,
  };
}

/** Thrown when linking fails; `code` is the OAuth error or a local reason, safe to show. */
export class LinkingError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'LinkingError';
  }
}

/** What the console may show about the link: never the tokens. */
export interface LinkStatus {
  readonly linked: boolean;
  readonly scheme: ClientAuthScheme;
  readonly scopes: readonly string[];
  /** When Alexa believes the access token expires (ISO time), if linked. */
  readonly expiresAt?: string;
  readonly refreshCount: number;
}

interface Tokens {
  accessToken: string;
  refreshToken?: string;
  expiresAt: number;
}

export interface LocalAlexaLinkingOptions {
  readonly profile: LinkingProfile;
  readonly now?: () => number;
}

const STATE_TTL_MS = 10 * 60 * 1000;

export class LocalAlexaLinking {
  private profileValue: LinkingProfile;
  private readonly now: () => number;
  private readonly pendingStates = new Map<string, number>();
  private tokens: Tokens | undefined;
  private refreshes = 0;
  private refreshing: Promise<void> | undefined;

  constructor(options: LocalAlexaLinkingOptions) {
    this.profileValue = options.profile;
    this.now = options.now ?? Date.now;
  }

  get profile(): LinkingProfile {
    return this.profileValue;
  }

  setScheme(scheme: ClientAuthScheme): void {
    this.profileValue = { ...this.profileValue, scheme };
  }

  status(): LinkStatus {
    return {
      linked: this.tokens !== undefined,
      scheme: this.profileValue.scheme,
      scopes: this.profileValue.scopes,
      expiresAt: this.tokens ? new Date(this.tokens.expiresAt).toISOString() : undefined,
      refreshCount: this.refreshes,
    };
  }

  /** Step 1: the URL the Alexa app opens, with a fresh `state` to tie the answer to this attempt. */
  authorizationUrl(): string {
    const state = randomBytes(16).toString('base64url');
    this.pendingStates.set(state, this.now() + STATE_TTL_MS);
    const url = new URL(this.profileValue.authorizationUrl);
    url.searchParams.set('client_id', this.profileValue.clientId);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('redirect_uri', this.profileValue.redirectUri);
    url.searchParams.set('state', state);
    if (this.profileValue.scopes.length) url.searchParams.set('scope', this.profileValue.scopes.join(' '));
    return url.toString();
  }

  /** Steps 2–4: the query the provider redirected with; exchanges the code and keeps the tokens. */
  async completeLinking(query: URLSearchParams): Promise<LinkStatus> {
    const state = query.get('state') ?? '';
    const stateExpiry = this.pendingStates.get(state);
    this.pendingStates.delete(state);
    if (stateExpiry === undefined || stateExpiry < this.now())
      throw new LinkingError('invalid_state', 'The link attempt is unknown or too old; start again.');
    const error = query.get('error');
    if (error) throw new LinkingError(error, query.get('error_description') ?? 'The provider did not grant access.');
    const code = query.get('code');
    if (!code) throw new LinkingError('invalid_request', 'The provider sent no code.');
    this.tokens = await this.requestTokens({ grant_type: 'authorization_code', code, redirect_uri: this.profileValue.redirectUri });
    return this.status();
  }

  /**
   * The token the next request carries. Like Alexa, refreshes first when the token has expired by
   * Alexa's own clock; when the refresh is refused, the link is gone and the request goes without.
   */
  async accessToken(): Promise<string | undefined> {
    const tokens = this.tokens;
    if (!tokens) return undefined;
    if (this.now() < tokens.expiresAt) return tokens.accessToken;
    if (!tokens.refreshToken) {
      this.tokens = undefined;
      return undefined;
    }
    try {
      await this.refresh();
    } catch (error) {
      if (error instanceof LinkingError && error.code === 'invalid_grant') {
        this.tokens = undefined;
        return undefined;
      }
      throw error;
    }
    return this.tokens?.accessToken;
  }

  /**
   * Uses the refresh token now; the new refresh token in the answer replaces the old one, which
   * a rotating provider has just spent. Callers that arrive meanwhile share this refresh: a
   * second use of the spent token would make the provider revoke the whole link.
   */
  refresh(): Promise<void> {
    this.refreshing ??= this.refreshOnce().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async refreshOnce(): Promise<void> {
    const current = this.tokens;
    if (!current?.refreshToken) throw new LinkingError('not_linked', 'There is no refresh token.');
    const next = await this.requestTokens({ grant_type: 'refresh_token', refresh_token: current.refreshToken });
    // An unlink or a new link while the refresh was on its way wins.
    if (this.tokens !== current) return;
    this.tokens = { ...next, refreshToken: next.refreshToken ?? current.refreshToken };
    this.refreshes++;
  }

  unlink(): void {
    this.tokens = undefined;
  }

  /** For "expire now", which has the provider kill the token Alexa holds. */
  currentAccessToken(): string | undefined {
    return this.tokens?.accessToken;
  }

  private async requestTokens(grant: Record<string, string>): Promise<Tokens> {
    const { clientId, clientSecret, scheme, accessTokenUrl } = this.profileValue;
    const form = new URLSearchParams(grant);
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    if (scheme === 'HTTP_BASIC') {
      const encode = (part: string) => encodeURIComponent(part).replace(/%20/g, '+');
      headers.authorization = `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString('base64')}`;
    } else {
      form.set('client_id', clientId);
      form.set('client_secret', clientSecret);
    }
    let response: Response;
    try {
      // Alexa gives the token endpoint 4.5 s.
      response = await fetch(accessTokenUrl, { method: 'POST', headers, body: form.toString(), signal: AbortSignal.timeout(4500) });
    } catch (error) {
      throw new LinkingError('unreachable', `The token URL did not answer: ${(error as Error).message}`);
    }
    let body: Record<string, unknown> = {};
    try {
      body = (await response.json()) as Record<string, unknown>;
    } catch {
      // A non-JSON answer is reported by status below.
    }
    if (!response.ok) {
      const code = typeof body.error === 'string' ? body.error : `http_${response.status}`;
      const description =
        typeof body.error_description === 'string' ? body.error_description : `The token URL answered ${response.status}.`;
      throw new LinkingError(code, description);
    }
    if (typeof body.access_token !== 'string' || !body.access_token)
      throw new LinkingError('invalid_response', 'The token response has no access_token.');
    const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : (this.profileValue.defaultTokenExpirationInSeconds ?? 3600);
    return {
      accessToken: body.access_token,
      refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
      expiresAt: this.now() + expiresIn * 1000,
    };
  }
}
