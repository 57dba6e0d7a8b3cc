import fs from 'node:fs';
import path from 'node:path';
import type { v1 } from 'ask-smapi-model';
import { AccountLinkingMode, ConfigError, parseAccountLinkingMode } from '../skill/config';

export type AccountLinkingRequestPayload = v1.skill.accountLinking.AccountLinkingRequestPayload;

/**
 * A preset as read from disk: the field names are SMAPI's, the values are untrusted until
 * `validateAccountLinking` has looked at them.
 */
export type AccountLinkingCandidate = { [K in keyof AccountLinkingRequestPayload]?: unknown };

/** Where the client secret came from. Never the secret itself. */
export type SecretSource = 'env' | 'secret-file' | 'missing';

/** What `check` needs to know about the `.secret` file, without its content. */
export interface SecretFileFacts {
  /** Permission bits, e.g. 0o644; undefined where the platform has none (Windows). */
  readonly mode?: number;
  /** Lines with text on them; the file should hold exactly one. */
  readonly lines: number;
}

/** Everything the commands need, gathered once from the preset file and the environment. */
export interface AccountLinkingConfig {
  readonly provider: string;
  readonly configPath: string;
  /** The git-ignored file that may hold the client secret, next to the preset. */
  readonly secretFilePath: string;
  readonly candidate: AccountLinkingCandidate;
  /** Keys in the file that are not fields of `AccountLinkingRequestPayload`. */
  readonly unknownFields: readonly string[];
  /** True when the preset file itself holds a `clientSecret`, which it must never do. */
  readonly secretInConfigFile: boolean;
  readonly clientIdSource: 'env' | 'file' | 'missing';
  readonly secretSource: SecretSource;
  /** Set when the `.secret` file exists, whether or not the environment's secret took precedence. */
  readonly secretFile?: SecretFileFacts;
  /** The runtime mode; `undefined` when ACCOUNT_LINKING holds a value the skill would reject. */
  readonly mode?: AccountLinkingMode;
  readonly modeError?: string;
  /** ALEXA_VENDOR_ID as given, used to expand `${ALEXA_VENDOR_ID}` and to print the redirect URLs. */
  readonly vendorId?: string;
}

/** Thrown when there is no preset to check at all: unreadable file, broken JSON, bad PROVIDER. */
export class AccountLinkingConfigError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'AccountLinkingConfigError';
  }
}

export const CLIENT_ID_VARIABLE = 'ACCOUNT_LINKING_CLIENT_ID';
export const CLIENT_SECRET_VARIABLE = 'ACCOUNT_LINKING_CLIENT_SECRET';
export const VENDOR_ID_VARIABLE = 'ALEXA_VENDOR_ID';
export const VENDOR_ID_PLACEHOLDER = '${ALEXA_VENDOR_ID}';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const PROVIDER_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Exactly the fields of SMAPI's payload; the compiler fails here when ask-smapi-model adds or drops one. */
const PAYLOAD_FIELDS: Record<keyof AccountLinkingRequestPayload, true> = {
  type: true,
  authorizationUrl: true,
  domains: true,
  clientId: true,
  scopes: true,
  accessTokenUrl: true,
  clientSecret: true,
  accessTokenScheme: true,
  defaultTokenExpirationInSeconds: true,
  reciprocalAccessTokenUrl: true,
  redirectUrls: true,
  authorizationUrlsByPlatform: true,
  skipOnEnablement: true,
  voiceForwardAccountLinking: true,
};

export const PAYLOAD_FIELD_NAMES = Object.keys(PAYLOAD_FIELDS) as readonly (keyof AccountLinkingRequestPayload)[];

function isPayloadField(key: string): key is keyof AccountLinkingRequestPayload {
  return Object.prototype.hasOwnProperty.call(PAYLOAD_FIELDS, key);
}

/** The configured provider, from PROVIDER (default `spotify`), as it names the preset file. */
export function configuredProvider(env: NodeJS.ProcessEnv): string {
  const provider = (env.PROVIDER ?? '').trim().toLowerCase() || 'spotify';
  if (!PROVIDER_PATTERN.test(provider)) {
    throw new AccountLinkingConfigError('PROVIDER', `PROVIDER: expected a provider name like "spotify", got "${env.PROVIDER}"`);
  }
  return provider;
}

/** `--config` when given (relative to the working directory), else the provider's preset in the project. */
export function resolveConfigPath(configOption: string | undefined, provider: string, cwd: string): string {
  if (configOption !== undefined) return path.resolve(cwd, configOption);
  return path.join(PROJECT_ROOT, 'account-linking', `${provider}.json`);
}

/** `account-linking/spotify.json` keeps its secret in `account-linking/spotify.secret`, which git ignores. */
export function secretFilePathFor(configPath: string): string {
  return configPath.replace(/(\.local)?\.json$/i, '') + '.secret';
}

function readJsonObject(configPath: string): Record<string, unknown> {
  let text: string;
  try {
    text = fs.readFileSync(configPath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new AccountLinkingConfigError('config', `cannot read ${configPath}: ${reason}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AccountLinkingConfigError('config', `${configPath} is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new AccountLinkingConfigError(
      'config',
      `${configPath} must hold one JSON object with the fields of AccountLinkingRequestPayload`,
    );
  }
  return parsed as Record<string, unknown>;
}

function expandVendorId(value: unknown, vendorId: string | undefined): unknown {
  if (vendorId === undefined) return value;
  if (typeof value === 'string') return value.split(VENDOR_ID_PLACEHOLDER).join(vendorId);
  if (Array.isArray(value)) return value.map((item) => expandVendorId(item, vendorId));
  return value;
}

interface SecretFile {
  readonly secret?: string;
  readonly facts: SecretFileFacts;
}

function readSecretFile(secretFilePath: string): SecretFile | undefined {
  try {
    const content = fs.readFileSync(secretFilePath, 'utf8');
    const mode = process.platform === 'win32' ? undefined : fs.statSync(secretFilePath).mode & 0o777;
    const secret = content.trim();
    const lines = content.split(/\r?\n/).filter((line) => line.trim() !== '').length;
    return { secret: secret === '' ? undefined : secret, facts: { mode, lines } };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new AccountLinkingConfigError('clientSecret', `cannot read ${secretFilePath}: ${(error as Error).message}`);
  }
}

export interface LoadOptions {
  readonly configOption?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
}

/**
 * Reads the preset and fills in what must not be committed: the client ID from
 * ACCOUNT_LINKING_CLIENT_ID (over the file's), the client secret from
 * ACCOUNT_LINKING_CLIENT_SECRET or else the git-ignored `.secret` file, and the
 * vendor ID in `${ALEXA_VENDOR_ID}`. Keys that start with `$` are notes for people and
 * never reach SMAPI.
 */
export function loadAccountLinkingConfig(options: LoadOptions = {}): AccountLinkingConfig {
  const env = options.env ?? process.env;
  const provider = configuredProvider(env);
  const configPath = resolveConfigPath(options.configOption, provider, options.cwd ?? process.cwd());
  const secretFilePath = secretFilePathFor(configPath);
  const raw = readJsonObject(configPath);
  const vendorId = env[VENDOR_ID_VARIABLE]?.trim() || undefined;

  const candidate: AccountLinkingCandidate = {};
  const unknownFields: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('$')) continue;
    if (!isPayloadField(key)) {
      unknownFields.push(key);
      continue;
    }
    candidate[key] = expandVendorId(value, vendorId);
  }

  const secretInConfigFile = 'clientSecret' in raw;
  delete candidate.clientSecret;

  const envClientId = env[CLIENT_ID_VARIABLE]?.trim();
  let clientIdSource: AccountLinkingConfig['clientIdSource'] = 'missing';
  if (envClientId) {
    candidate.clientId = envClientId;
    clientIdSource = 'env';
  } else if (candidate.clientId !== undefined) {
    clientIdSource = 'file';
  }

  const envSecret = env[CLIENT_SECRET_VARIABLE]?.trim();
  const secretFile = readSecretFile(secretFilePath);
  let secretSource: SecretSource = 'missing';
  if (envSecret) {
    candidate.clientSecret = envSecret;
    secretSource = 'env';
  } else if (secretFile?.secret !== undefined) {
    candidate.clientSecret = secretFile.secret;
    secretSource = 'secret-file';
  }

  let mode: AccountLinkingMode | undefined;
  let modeError: string | undefined;
  try {
    mode = parseAccountLinkingMode(env.ACCOUNT_LINKING);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    modeError = error.message;
  }

  return {
    provider,
    configPath,
    secretFilePath,
    candidate,
    unknownFields,
    secretInConfigFile,
    clientIdSource,
    secretSource,
    secretFile: secretFile?.facts,
    mode,
    modeError,
    vendorId,
  };
}

/** A path as a person would type it from the project root, for messages. */
export function displayPath(filePath: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, filePath);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : filePath;
}
