import { LAMBDA_LOG_LEVELS, LOG_LEVELS, LogLevel, parseLambdaLogLevel, parseLogLevel } from './logging/logger';

/** How strictly the skill insists on a linked account; the same value drives `skipOnEnablement`. */
export type AccountLinkingMode = 'required' | 'optional';

/** The music service the skill reads playlists from; one per deployment. */
export type ProviderName = 'spotify' | 'youtube';

/** Whether the skill may start music on the person's Spotify Connect devices. */
export type PlaybackMode = 'on' | 'off';

export const PROVIDER_NAMES: readonly ProviderName[] = ['spotify', 'youtube'];
export const PLAYBACK_MODES: readonly PlaybackMode[] = ['on', 'off'];
export const DEFAULT_SPOTIFY_API_URL = 'https://api.spotify.com/v1';
export const DEFAULT_YOUTUBE_API_URL = 'https://www.googleapis.com/youtube/v3';

export interface SkillConfig {
  readonly accountLinking: AccountLinkingMode;
  /** When set, requests for any other skill are rejected by ask-sdk's `withSkillId`. */
  readonly skillId?: string;
  /** Which provider answers. */
  readonly provider: ProviderName;
  readonly spotifyApiUrl: string;
  readonly youtubeApiUrl: string;
  readonly logLevel: LogLevel;
  /** The DynamoDB table that keeps each person's memory; unset keeps it per container only. */
  readonly persistenceTable?: string;
  /** `off` keeps the play intents from calling any player endpoint; YouTube has none either way. */
  readonly playback: PlaybackMode;
}

/** What the skill itself needs; the provider settings go to its binding. Playback is on when left out. */
export type SkillOptions = Pick<SkillConfig, 'accountLinking' | 'skillId'> & Partial<Pick<SkillConfig, 'playback'>>;

/** Thrown at cold start when an environment variable holds a value the skill cannot use. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

export const ACCOUNT_LINKING_MODES: readonly AccountLinkingMode[] = ['required', 'optional'];
export const SKILL_ID_PATTERN = /^amzn1\.ask\.skill\.[0-9a-zA-Z-]+$/;

/** One of `allowed`, in any case and with blanks around it; `fallback` when unset or empty. */
function parseOneOf<T extends string>(variable: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  const chosen = (value ?? '').trim().toLowerCase() || fallback;
  if (!(allowed as readonly string[]).includes(chosen)) {
    throw new ConfigError(variable, `expected ${allowed.map((name) => `"${name}"`).join(' or ')}, got "${value}"`);
  }
  return chosen as T;
}

export const parseAccountLinkingMode = (value: string | undefined): AccountLinkingMode =>
  parseOneOf('ACCOUNT_LINKING', value, ACCOUNT_LINKING_MODES, 'required');
export const parseProvider = (value: string | undefined): ProviderName => parseOneOf('PROVIDER', value, PROVIDER_NAMES, 'spotify');
export const parsePlayback = (value: string | undefined): PlaybackMode => parseOneOf('PLAYBACK', value, PLAYBACK_MODES, 'on');

function parseSkillId(value: string | undefined): string | undefined {
  const skillId = value?.trim();
  if (!skillId) return undefined;
  if (!SKILL_ID_PATTERN.test(skillId)) {
    throw new ConfigError('SKILL_ID', `expected an Alexa skill ID like "amzn1.ask.skill.<uuid>", got "${value}"`);
  }
  return skillId;
}

function parseApiUrl(variable: string, value: string | undefined, fallback: string): string {
  const raw = value?.trim() || fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(variable, `expected an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(variable, `expected an http(s) URL, got "${value}"`);
  }
  return raw.replace(/\/+$/, '');
}

function parseLogLevelVariable(env: NodeJS.ProcessEnv): LogLevel {
  // Lambda's own log controls win when they are set: that is where an operator turns the level.
  if (env.AWS_LAMBDA_LOG_LEVEL?.trim()) {
    const lambdaLevel = parseLambdaLogLevel(env.AWS_LAMBDA_LOG_LEVEL);
    if (!lambdaLevel) {
      throw new ConfigError('AWS_LAMBDA_LOG_LEVEL', `expected one of ${LAMBDA_LOG_LEVELS.join(', ')}, got "${env.AWS_LAMBDA_LOG_LEVEL}"`);
    }
    return lambdaLevel;
  }
  const level = parseLogLevel(env.LOG_LEVEL, env);
  if (!level) throw new ConfigError('LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  return level;
}

/** DynamoDB's rule for table names: 3 to 255 of letters, digits, `_`, `-` and `.`. */
export const TABLE_NAME_PATTERN = /^[A-Za-z0-9_.-]{3,255}$/;

function parsePersistenceTable(env: NodeJS.ProcessEnv): string | undefined {
  const table = env.PERSISTENCE_TABLE?.trim();
  if (!table) return undefined;
  if (!TABLE_NAME_PATTERN.test(table)) {
    throw new ConfigError(
      'PERSISTENCE_TABLE',
      `expected a DynamoDB table name (3-255 of A-Z a-z 0-9 _ - .), got "${env.PERSISTENCE_TABLE}"`,
    );
  }
  // The SDK reads the endpoint itself; a typo there would only show as a warning on every request.
  if (env.AWS_ENDPOINT_URL_DYNAMODB?.trim()) parseApiUrl('AWS_ENDPOINT_URL_DYNAMODB', env.AWS_ENDPOINT_URL_DYNAMODB, '');
  return table;
}

/** Reads the environment once into a typed object; fails fast with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): SkillConfig {
  return {
    logLevel: parseLogLevelVariable(env),
    accountLinking: parseAccountLinkingMode(env.ACCOUNT_LINKING),
    skillId: parseSkillId(env.SKILL_ID),
    provider: parseProvider(env.PROVIDER),
    spotifyApiUrl: parseApiUrl('SPOTIFY_API_URL', env.SPOTIFY_API_URL, DEFAULT_SPOTIFY_API_URL),
    youtubeApiUrl: parseApiUrl('YOUTUBE_API_URL', env.YOUTUBE_API_URL, DEFAULT_YOUTUBE_API_URL),
    persistenceTable: parsePersistenceTable(env),
    playback: parsePlayback(env.PLAYBACK),
  };
}
