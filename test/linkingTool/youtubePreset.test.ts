import fs from 'node:fs';
import path from 'node:path';
import { loadAccountLinkingConfig } from '../../src/linkingTool/accountLinkingConfig';
import { buildAccountLinkingRequest } from '../../src/linkingTool/accountLinkingRequest';
import { requiredScopesFor } from '../../src/linkingTool/providerScopes';
import { validateAccountLinking } from '../../src/linkingTool/validateAccountLinking';
import { makeTempDir, newUserEnv, PROJECT_ROOT, runLinking } from './linkingCli';

jest.setTimeout(60_000);

const YOUTUBE_READONLY = 'https://www.googleapis.com/auth/youtube.readonly';
const presetPath = path.join(PROJECT_ROOT, 'account-linking', 'youtube.json');
const readPreset = () => JSON.parse(fs.readFileSync(presetPath, 'utf8')) as Record<string, unknown>;

describe('the YouTube account-linking preset', () => {
  it("uses Google's authorization and token endpoints, asking for a refresh token", () => {
    const preset = readPreset();
    const authorizationUrl = new URL(preset.authorizationUrl as string);
    expect(authorizationUrl.origin + authorizationUrl.pathname).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    // Without these Google sends no refresh token, and the link would die with the first access token, after an hour.
    expect(authorizationUrl.searchParams.get('access_type')).toBe('offline');
    expect(authorizationUrl.searchParams.get('prompt')).toBe('consent');
    expect(preset).toMatchObject({
      type: 'AUTH_CODE',
      accessTokenUrl: 'https://oauth2.googleapis.com/token',
      accessTokenScheme: 'REQUEST_BODY_CREDENTIALS',
      scopes: [YOUTUBE_READONLY],
      defaultTokenExpirationInSeconds: 3600,
    });
    expect(preset.domains).toEqual(expect.arrayContaining(['accounts.google.com', 'ssl.gstatic.com', 'www.gstatic.com']));
  });

  it('holds no client ID or secret; those come from the environment', () => {
    const preset = readPreset();
    expect(preset).not.toHaveProperty('clientId');
    expect(preset).not.toHaveProperty('clientSecret');
  });

  it('requires the youtube.readonly scope for the youtube provider', () => {
    expect(requiredScopesFor('youtube')).toEqual([YOUTUBE_READONLY]);
  });

  it('is valid with PROVIDER=youtube and the two credentials, and builds the SMAPI request', () => {
    const config = loadAccountLinkingConfig({ env: newUserEnv({ PROVIDER: 'youtube' }) });
    expect(config.provider).toBe('youtube');
    expect(config.configPath).toBe(presetPath);
    const problems = validateAccountLinking(config.candidate, {
      requiredScopes: requiredScopesFor(config.provider),
      mode: config.mode,
      unknownFields: config.unknownFields,
      secretInConfigFile: config.secretInConfigFile,
      secretSource: config.secretSource,
    });
    expect(problems).toEqual([]);
    const request = buildAccountLinkingRequest(config.candidate, config.mode ?? 'required') as unknown as {
      accountLinkingRequest: Record<string, unknown>;
    };
    expect(request.accountLinkingRequest).toMatchObject({ scopes: [YOUTUBE_READONLY], skipOnEnablement: false });
    expect(Object.keys(request.accountLinkingRequest).filter((key) => key.startsWith('$'))).toEqual([]);
  });

  it('fails the check when the youtube.readonly scope is dropped', () => {
    const dir = makeTempDir('youtube-preset-');
    try {
      const file = path.join(dir, 'youtube.json');
      fs.writeFileSync(file, JSON.stringify({ ...readPreset(), scopes: ['https://www.googleapis.com/auth/userinfo.email'] }));
      const run = runLinking(['check', '--config', file], newUserEnv({ PROVIDER: 'youtube' }));
      expect(run.status).toBe(1);
      expect(run.stdout + run.stderr).toContain(YOUTUBE_READONLY);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run linking -- check, with PROVIDER=youtube', () => {
  it('passes for a new user who set only the client ID and secret', () => {
    const run = runLinking(['check'], newUserEnv({ PROVIDER: 'youtube' }));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^account-linking\/youtube\.json: valid for youtube/);
  });
});
