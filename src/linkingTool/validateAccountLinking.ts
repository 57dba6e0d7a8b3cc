import type { v1 } from 'ask-smapi-model';
import type { AccountLinkingMode } from '../skill/config';
import {
  AccountLinkingCandidate,
  CLIENT_ID_VARIABLE,
  CLIENT_SECRET_VARIABLE,
  PAYLOAD_FIELD_NAMES,
  SecretFileFacts,
  SecretSource,
  VENDOR_ID_PLACEHOLDER,
  VENDOR_ID_VARIABLE,
} from './accountLinkingConfig';
import { skipOnEnablementFor } from './accountLinkingRequest';

/** One finding about one field. An `error` stops `request` and `push`; a `warning` does not. */
export interface Problem {
  readonly field: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** Facts from outside the payload that some rules need. */
export interface ValidationContext {
  /** Scopes the skill's provider calls need. */
  readonly requiredScopes?: readonly string[];
  /** Why a required scope is needed, for the message; the playlist calls when not given. */
  readonly scopePurpose?: (scope: string) => string;
  /** The runtime mode from ACCOUNT_LINKING; `required` when not given. */
  readonly mode?: AccountLinkingMode;
  /** Set when ACCOUNT_LINKING holds a value the skill would reject. */
  readonly modeError?: string;
  readonly unknownFields?: readonly string[];
  readonly secretInConfigFile?: boolean;
  readonly secretSource?: SecretSource;
  /** Where a person may keep the secret, for messages. */
  readonly secretFile?: string;
  /** Set when that file exists. */
  readonly secretFileFacts?: SecretFileFacts;
  /** The preset file, for messages. */
  readonly configFile?: string;
  readonly vendorId?: string;
}

const MAX_DOMAINS = 15;
const MAX_SCOPES = 15;
const GRANT_TYPES: readonly v1.skill.accountLinking.AccountLinkingType[] = ['AUTH_CODE', 'IMPLICIT'];
const TOKEN_SCHEMES: readonly v1.skill.accountLinking.AccessTokenSchemeType[] = ['HTTP_BASIC', 'REQUEST_BODY_CREDENTIALS'];
const VOICE_FORWARD: readonly v1.skill.accountLinking.VoiceForwardAccountLinkingStatus[] = ['ENABLED', 'DISABLED'];
const PLATFORMS: readonly v1.skill.accountLinking.PlatformType[] = ['iOS', 'Android'];

export const ALEXA_REDIRECT_HOSTS = ['pitangui.amazon.com', 'layla.amazon.com', 'alexa.amazon.co.jp'] as const;
const ALEXA_REDIRECT_URL = /^https:\/\/(pitangui\.amazon\.com|layla\.amazon\.com|alexa\.amazon\.co\.jp)\/api\/skill\/link\/[A-Za-z0-9]+$/;
const VENDOR_ID = /^[A-Za-z0-9]{6,32}$/;
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const PLACEHOLDER =
  /\$\{[^}]*\}|<[^>]*>|^(?:x+|\.\.\.|todo|tbd|changeme|change[-_ ]?me|replace[-_ ]?me|placeholder|secret|client[-_ ]?(?:id|secret)|your[-_ ].*|example.*|null|undefined)$/i;

/** The three URLs Alexa sends people back to after they log in at the provider. */
export function alexaRedirectUrls(vendorId: string): string[] {
  return ALEXA_REDIRECT_HOSTS.map((host) => `https://${host}/api/skill/link/${vendorId}`);
}

export function looksLikePlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value.trim());
}

/**
 * Checks a preset before anything leaves the machine. Returns every problem found, each naming
 * its field; an empty list means SMAPI gets what the console would have. No message ever
 * quotes the client secret.
 */
export function validateAccountLinking(candidate: AccountLinkingCandidate, context: ValidationContext = {}): Problem[] {
  const problems: Problem[] = [];
  const error = (field: string, message: string) => problems.push({ field, message, severity: 'error' });
  const warning = (field: string, message: string) => problems.push({ field, message, severity: 'warning' });

  for (const key of context.unknownFields ?? []) {
    error(key, `is not a field of AccountLinkingRequestPayload (ask-smapi-model)${suggestField(key)}`);
  }

  const grantType = candidate.type;
  if (grantType === undefined) {
    error('type', 'is required: AUTH_CODE (Auth Code Grant) or IMPLICIT');
  } else if (!GRANT_TYPES.includes(grantType as v1.skill.accountLinking.AccountLinkingType)) {
    error('type', `must be AUTH_CODE or IMPLICIT, got ${JSON.stringify(grantType)}`);
  } else if (grantType === 'IMPLICIT') {
    warning(
      'type',
      'IMPLICIT grant gives Alexa no refresh token, so people must link again whenever the access token expires, and Spotify has deprecated it; use AUTH_CODE',
    );
  }
  const authCode = grantType === 'AUTH_CODE';

  checkHttpsUrl('authorizationUrl', candidate.authorizationUrl, { required: true }, error);
  checkHttpsUrl('accessTokenUrl', candidate.accessTokenUrl, { required: authCode, requiredWhy: 'for AUTH_CODE' }, error);
  checkHttpsUrl('reciprocalAccessTokenUrl', candidate.reciprocalAccessTokenUrl, { required: false }, error);

  const scheme = candidate.accessTokenScheme;
  if (scheme === undefined) {
    if (authCode) error('accessTokenScheme', 'is required for AUTH_CODE: HTTP_BASIC or REQUEST_BODY_CREDENTIALS');
  } else if (!TOKEN_SCHEMES.includes(scheme as v1.skill.accountLinking.AccessTokenSchemeType)) {
    error('accessTokenScheme', `must be HTTP_BASIC or REQUEST_BODY_CREDENTIALS, got ${JSON.stringify(scheme)}`);
  }

  checkClientId(candidate.clientId, context, error);
  checkClientSecret(candidate.clientSecret, context, error);
  checkSecretFile(context, warning);
  checkScopes(candidate.scopes, context.requiredScopes ?? [], context.scopePurpose, error);
  checkDomains(candidate.domains, error);

  const expiry = candidate.defaultTokenExpirationInSeconds;
  if (expiry !== undefined && !(typeof expiry === 'number' && Number.isInteger(expiry) && expiry > 0)) {
    error('defaultTokenExpirationInSeconds', `must be a positive whole number of seconds, got ${JSON.stringify(expiry)}`);
  }

  checkSkipOnEnablement(candidate.skipOnEnablement, context, error, warning);
  checkRedirectUrls(candidate.redirectUrls, error, warning);
  if (context.vendorId !== undefined && !VENDOR_ID.test(context.vendorId)) {
    error(VENDOR_ID_VARIABLE, `must be your Amazon vendor ID: 6 to 32 letters and digits, got ${JSON.stringify(context.vendorId)}`);
  }

  const voiceForward = candidate.voiceForwardAccountLinking;
  if (voiceForward !== undefined && !VOICE_FORWARD.includes(voiceForward as v1.skill.accountLinking.VoiceForwardAccountLinkingStatus)) {
    error('voiceForwardAccountLinking', `must be ENABLED or DISABLED, got ${JSON.stringify(voiceForward)}`);
  }
  checkAuthorizationUrlsByPlatform(candidate.authorizationUrlsByPlatform, error);

  return problems;
}

type Report = (field: string, message: string) => void;

function checkHttpsUrl(field: string, value: unknown, rule: { required: boolean; requiredWhy?: string }, error: Report): void {
  if (value === undefined || value === '') {
    if (rule.required) error(field, `is required${rule.requiredWhy ? ` ${rule.requiredWhy}` : ''}: an https URL on port 443`);
    return;
  }
  if (typeof value !== 'string') {
    error(field, `must be a URL string, got ${JSON.stringify(value)}`);
    return;
  }
  if (looksLikePlaceholder(value)) {
    error(field, `is still a placeholder: ${JSON.stringify(value)}`);
    return;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    error(field, `must be an absolute https URL, got ${JSON.stringify(value)}`);
    return;
  }
  if (url.protocol !== 'https:') {
    error(field, `must use https, got ${JSON.stringify(value)}`);
  } else if (url.port !== '' && url.port !== '443') {
    error(field, `must be on port 443, got port ${url.port} in ${JSON.stringify(value)}`);
  }
}

function checkClientId(value: unknown, context: ValidationContext, error: Report): void {
  const fix = `set ${CLIENT_ID_VARIABLE}${context.configFile ? ` or add clientId to ${context.configFile}` : ''}`;
  if (value === undefined || value === '') {
    error('clientId', `is missing: ${fix}`);
  } else if (typeof value !== 'string') {
    error('clientId', `must be a string, got ${JSON.stringify(value)}`);
  } else if (looksLikePlaceholder(value)) {
    error('clientId', `is still a placeholder (${JSON.stringify(value)}): ${fix}`);
  }
}

function checkClientSecret(value: unknown, context: ValidationContext, error: Report): void {
  const where = `set ${CLIENT_SECRET_VARIABLE}${context.secretFile ? ` or write it to ${context.secretFile} (git-ignored)` : ''}`;
  if (context.secretInConfigFile) {
    error('clientSecret', `must not be in ${context.configFile ?? 'the preset file'}, which is committed: remove it and ${where}`);
  }
  if (value === undefined || value === '') {
    error('clientSecret', `is missing: ${where}`);
    return;
  }
  const source =
    context.secretSource === 'secret-file' && context.secretFile
      ? context.secretFile
      : context.secretSource === 'env'
        ? CLIENT_SECRET_VARIABLE
        : 'its source';
  if (typeof value !== 'string') {
    error('clientSecret', `must be a string (from ${source})`);
  } else if (looksLikePlaceholder(value)) {
    // Never quote the value: if this check is wrong, it is a real secret.
    error('clientSecret', `looks like a placeholder, not a real secret (from ${source}): ${where}`);
  }
}

/** The secret file must be private to its owner and hold the secret alone; `chmod 600` as ssh asks of keys. */
function checkSecretFile(context: ValidationContext, warning: Report): void {
  const facts = context.secretFileFacts;
  if (!facts) return;
  const file = context.secretFile ?? 'the .secret file';
  if (facts.mode !== undefined && (facts.mode & 0o077) !== 0) {
    const mode = facts.mode.toString(8).padStart(3, '0');
    warning('clientSecret', `${file} can be read or changed by other users (mode ${mode}): run chmod 600 ${file}`);
  }
  if (facts.lines > 1) {
    warning('clientSecret', `${file} holds ${facts.lines} lines; it must hold only the client secret, on one line`);
  }
}

function checkStringList(field: string, value: unknown, max: number, error: Report): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    error(field, `must be a list of strings, got ${JSON.stringify(value)}`);
    return undefined;
  }
  if (value.length > max) error(field, `has ${value.length} entries; Alexa accepts at most ${max}`);
  return value as string[];
}

const playlistCallsNeedIt = () => "the provider's playlist calls need it";

function checkScopes(
  value: unknown,
  requiredScopes: readonly string[],
  purposeOf: (scope: string) => string = playlistCallsNeedIt,
  error: Report,
): void {
  if (value === undefined && requiredScopes.length === 0) return;
  const scopes = checkStringList('scopes', value ?? [], MAX_SCOPES, error);
  if (scopes === undefined) return;
  for (const scope of scopes) {
    if (scope.trim() === '') error('scopes', 'has an empty entry');
    else if (/\s/.test(scope.trim())) error('scopes', `give each scope its own entry: split ${JSON.stringify(scope)}`);
  }
  const missingByPurpose = new Map<string, string[]>();
  for (const scope of requiredScopes.filter((required) => !scopes.includes(required))) {
    const purpose = purposeOf(scope);
    missingByPurpose.set(purpose, [...(missingByPurpose.get(purpose) ?? []), scope]);
  }
  for (const [purpose, missing] of missingByPurpose) {
    const why = missing.length === 1 ? purpose : purpose.replace(/\bit\b/g, 'them');
    error('scopes', `must include ${missing.join(', ')}: ${why}`);
  }
}

function checkDomains(value: unknown, error: Report): void {
  const domains = checkStringList('domains', value, MAX_DOMAINS, error);
  for (const domain of domains ?? []) {
    if (HOST_NAME.test(domain)) continue;
    const host = hostOf(domain);
    const hint = host && host !== domain ? `: use ${JSON.stringify(host)}` : '';
    if (domain.includes('://')) error('domains', `must be bare host names without a scheme, got ${JSON.stringify(domain)}${hint}`);
    else if (domain.includes('/')) error('domains', `must be bare host names without a path, got ${JSON.stringify(domain)}${hint}`);
    else if (domain.includes(':')) error('domains', `must be bare host names without a port, got ${JSON.stringify(domain)}${hint}`);
    else error('domains', `must be bare host names like "accounts.example.com", got ${JSON.stringify(domain)}`);
  }
}

function hostOf(value: string): string | undefined {
  try {
    return new URL(value.includes('://') ? value : `https://${value}`).hostname || undefined;
  } catch {
    return undefined;
  }
}

function checkSkipOnEnablement(value: unknown, context: ValidationContext, error: Report, warning: Report): void {
  if (context.modeError !== undefined) {
    error('skipOnEnablement', `cannot be derived from ACCOUNT_LINKING: ${context.modeError}`);
    return;
  }
  if (value === undefined) return;
  if (typeof value !== 'boolean') {
    error('skipOnEnablement', `must be true or false, got ${JSON.stringify(value)}; better, leave it out and let ACCOUNT_LINKING decide`);
    return;
  }
  const mode = context.mode ?? 'required';
  const derived = skipOnEnablementFor(mode);
  if (value !== derived) {
    warning(
      'skipOnEnablement',
      `the file says ${value} but ACCOUNT_LINKING=${mode} means ${derived}; the request uses ${derived}. Remove it from the file: ACCOUNT_LINKING decides both this and the skill's runtime guard`,
    );
  }
}

function checkRedirectUrls(value: unknown, error: Report, warning: Report): void {
  const urls = checkStringList('redirectUrls', value, Number.MAX_SAFE_INTEGER, error);
  if (urls === undefined) return;
  let allAlexa = true;
  for (const url of urls) {
    if (url.includes(VENDOR_ID_PLACEHOLDER)) {
      allAlexa = false;
      error(
        'redirectUrls',
        `${JSON.stringify(url)} still holds ${VENDOR_ID_PLACEHOLDER}: set ${VENDOR_ID_VARIABLE} to your vendor ID (the last part of the Alexa Redirect URLs on the console's Account Linking page)`,
      );
    } else if (!ALEXA_REDIRECT_URL.test(url)) {
      allAlexa = false;
      error(
        'redirectUrls',
        `${JSON.stringify(url)} is not one of Alexa's redirect URLs: https://{pitangui.amazon.com|layla.amazon.com|alexa.amazon.co.jp}/api/skill/link/{vendorId}`,
      );
    }
  }
  if (allAlexa && urls.length > 0) {
    warning(
      'redirectUrls',
      'left out of the SMAPI request: there this field means "Your Redirect URLs" for app-to-app linking, while Alexa\'s own redirect URLs are fixed by Amazon. Copy them into the provider\'s allow-list instead',
    );
  }
}

function checkAuthorizationUrlsByPlatform(value: unknown, error: Report): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    error('authorizationUrlsByPlatform', `must be a list of {platformType, platformAuthorizationUrl}, got ${JSON.stringify(value)}`);
    return;
  }
  value.forEach((entry: unknown, index) => {
    const field = `authorizationUrlsByPlatform[${index}]`;
    if (entry === null || typeof entry !== 'object') {
      error(field, `must be {platformType, platformAuthorizationUrl}, got ${JSON.stringify(entry)}`);
      return;
    }
    const { platformType, platformAuthorizationUrl } = entry as Record<string, unknown>;
    if (!PLATFORMS.includes(platformType as v1.skill.accountLinking.PlatformType)) {
      error(`${field}.platformType`, `must be iOS or Android, got ${JSON.stringify(platformType)}`);
    }
    checkHttpsUrl(`${field}.platformAuthorizationUrl`, platformAuthorizationUrl, { required: true }, error);
  });
}

function suggestField(key: string): string {
  const simple = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .replace(/s$/, '');
  const match = PAYLOAD_FIELD_NAMES.find((known) => simple(known) === simple(key));
  return match ? `; did you mean "${match}"?` : '';
}
