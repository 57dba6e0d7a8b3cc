/** How strictly the skill insists on a linked account; the same value drives `skipOnEnablement`. */
export type AccountLinkingMode = 'required' | 'optional';

export interface SkillConfig {
  readonly accountLinking: AccountLinkingMode;
  /** When set, requests for any other skill are rejected by ask-sdk's `withSkillId`. */
  readonly skillId?: string;
  readonly spotifyApiUrl: string;
}

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

const ACCOUNT_LINKING_MODES: readonly AccountLinkingMode[] = ['required', 'optional'];
const SKILL_ID_PATTERN = /^amzn1\.ask\.skill\.[0-9a-zA-Z-]+$/;

export function parseAccountLinkingMode(value: string | undefined): AccountLinkingMode {
  const mode = (value ?? '').trim().toLowerCase() || 'required';
  if (!ACCOUNT_LINKING_MODES.includes(mode as AccountLinkingMode)) {
    throw new ConfigError('ACCOUNT_LINKING', `expected "required" or "optional", got "${value}"`);
  }
  return mode as AccountLinkingMode;
}

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

/** Reads the environment once into a typed object; fails fast with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): SkillConfig {
  return {
    accountLinking: parseAccountLinkingMode(env.ACCOUNT_LINKING),
    skillId: parseSkillId(env.SKILL_ID),
    spotifyApiUrl: parseApiUrl('SPOTIFY_API_URL', env.SPOTIFY_API_URL, 'https://api.spotify.com/v1'),
  };
}
