import fs from 'node:fs';
import path from 'node:path';
import {
  AccountLinkingConfigError,
  loadAccountLinkingConfig,
  resolveConfigPath,
  secretFilePathFor,
} from '../../src/linkingTool/accountLinkingConfig';
import { buildAccountLinkingRequest, skipOnEnablementFor } from '../../src/linkingTool/accountLinkingRequest';
import { CLIENT_ID, CLIENT_SECRET, PROJECT_ROOT, makeTempDir, writePresetVariant } from './linkingCli';

describe('loadAccountLinkingConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('linking-config-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const load = (configOption: string, env: NodeJS.ProcessEnv) => loadAccountLinkingConfig({ configOption, env, cwd: dir });

  it('takes the client ID and secret from the environment', () => {
    const config = load(writePresetVariant(dir, {}), {
      ACCOUNT_LINKING_CLIENT_ID: CLIENT_ID,
      ACCOUNT_LINKING_CLIENT_SECRET: CLIENT_SECRET,
    });
    expect(config.candidate.clientId).toBe(CLIENT_ID);
    expect(config.candidate.clientSecret).toBe(CLIENT_SECRET);
    expect(config.clientIdSource).toBe('env');
    expect(config.secretSource).toBe('env');
  });

  it("prefers ACCOUNT_LINKING_CLIENT_ID over the file's clientId", () => {
    const file = writePresetVariant(dir, { clientId: 'from-the-file-1234' });
    expect(load(file, {}).candidate.clientId).toBe('from-the-file-1234');
    expect(load(file, {}).clientIdSource).toBe('file');
    expect(load(file, { ACCOUNT_LINKING_CLIENT_ID: CLIENT_ID }).candidate.clientId).toBe(CLIENT_ID);
  });

  it('reads the secret from the git-ignored .secret file next to the preset when the environment has none', () => {
    const file = writePresetVariant(dir, {});
    fs.writeFileSync(path.join(dir, 'spotify.secret'), `${CLIENT_SECRET}\n`);
    const config = load(file, {});
    expect(config.candidate.clientSecret).toBe(CLIENT_SECRET);
    expect(config.secretSource).toBe('secret-file');
  });

  it('lets ACCOUNT_LINKING_CLIENT_SECRET win over the .secret file', () => {
    const file = writePresetVariant(dir, {});
    fs.writeFileSync(path.join(dir, 'spotify.secret'), 'the-older-secret-in-the-file');
    expect(load(file, { ACCOUNT_LINKING_CLIENT_SECRET: CLIENT_SECRET }).candidate.clientSecret).toBe(CLIENT_SECRET);
  });

  it('never takes a clientSecret from the preset itself, and says the file had one', () => {
    const config = load(writePresetVariant(dir, { clientSecret: 'committed-by-mistake-123' }), {});
    expect(config.secretInConfigFile).toBe(true);
    expect(config.candidate.clientSecret).toBeUndefined();
    expect(config.secretSource).toBe('missing');
  });

  it('expands ${ALEXA_VENDOR_ID} from the environment, and leaves it for the validator when unset', () => {
    const file = writePresetVariant(dir, { redirectUrls: ['https://layla.amazon.com/api/skill/link/${ALEXA_VENDOR_ID}'] });
    expect(load(file, { ALEXA_VENDOR_ID: 'M1ABCDEFGHIJKL' }).candidate.redirectUrls).toEqual([
      'https://layla.amazon.com/api/skill/link/M1ABCDEFGHIJKL',
    ]);
    expect(load(file, {}).candidate.redirectUrls).toEqual(['https://layla.amazon.com/api/skill/link/${ALEXA_VENDOR_ID}']);
  });

  it('drops $-notes and lists fields SMAPI does not know', () => {
    const config = load(writePresetVariant(dir, { $comment: 'for people', scope: ['x'] }), {});
    expect(Object.keys(config.candidate)).not.toContain('$comment');
    expect(config.unknownFields).toEqual(['scope']);
  });

  it('reads the mode from ACCOUNT_LINKING, defaulting to required, and keeps a bad value as an error', () => {
    const file = writePresetVariant(dir, {});
    expect(load(file, {}).mode).toBe('required');
    expect(load(file, { ACCOUNT_LINKING: 'optional' }).mode).toBe('optional');
    const bad = load(file, { ACCOUNT_LINKING: 'maybe' });
    expect(bad.mode).toBeUndefined();
    expect(bad.modeError).toMatch(/ACCOUNT_LINKING/);
  });

  it('explains a missing file, broken JSON and a non-object, naming the file', () => {
    expect(() => load(path.join(dir, 'nope.json'), {})).toThrow(/cannot read .*nope\.json: no such file/);
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"type": ');
    expect(() => load(path.join(dir, 'broken.json'), {})).toThrow(/broken\.json is not valid JSON/);
    fs.writeFileSync(path.join(dir, 'list.json'), '[]');
    expect(() => load(path.join(dir, 'list.json'), {})).toThrow(AccountLinkingConfigError);
  });

  it('defaults to the preset of the configured PROVIDER', () => {
    expect(loadAccountLinkingConfig({ env: {} }).configPath).toBe(path.join(PROJECT_ROOT, 'account-linking', 'spotify.json'));
    expect(resolveConfigPath(undefined, 'youtube', '/anywhere')).toBe(path.join(PROJECT_ROOT, 'account-linking', 'youtube.json'));
    expect(() => loadAccountLinkingConfig({ env: { PROVIDER: '../../etc/passwd' } })).toThrow(/PROVIDER/);
    expect(loadAccountLinkingConfig({ env: { PROVIDER: 'youtube' } }).configPath).toBe(
      path.join(PROJECT_ROOT, 'account-linking', 'youtube.json'),
    );
    expect(() => loadAccountLinkingConfig({ env: { PROVIDER: 'deezer' } })).toThrow(/account-linking\/deezer\.json: no such file/);
  });

  it('keeps the secret next to the preset under a name .gitignore covers', () => {
    expect(secretFilePathFor('/p/account-linking/spotify.json')).toBe('/p/account-linking/spotify.secret');
    expect(secretFilePathFor('/p/account-linking/spotify.local.json')).toBe('/p/account-linking/spotify.secret');
    expect(fs.readFileSync(path.join(PROJECT_ROOT, '.gitignore'), 'utf8')).toMatch(/^account-linking\/\*\.secret$/m);
  });

  it('the committed preset holds no secret and no client ID', () => {
    const preset = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'account-linking', 'spotify.json'), 'utf8')) as unknown;
    expect(preset).not.toHaveProperty('clientSecret');
    expect(preset).not.toHaveProperty('clientId');
  });
});

describe('buildAccountLinkingRequest', () => {
  const candidate = {
    type: 'AUTH_CODE',
    authorizationUrl: 'https://accounts.spotify.com/authorize',
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUrls: ['https://layla.amazon.com/api/skill/link/M1ABCDEFGHIJKL'],
    skipOnEnablement: true,
  };

  it('derives skipOnEnablement from the mode, over whatever the file said', () => {
    expect(buildAccountLinkingRequest(candidate, 'required').accountLinkingRequest?.skipOnEnablement).toBe(false);
    expect(buildAccountLinkingRequest({ ...candidate, skipOnEnablement: false }, 'optional').accountLinkingRequest?.skipOnEnablement).toBe(
      true,
    );
    expect(skipOnEnablementFor('optional')).toBe(true);
    expect(skipOnEnablementFor('required')).toBe(false);
  });

  it("leaves Alexa's redirect URLs out: in SMAPI redirectUrls means the app-to-app URLs", () => {
    expect(buildAccountLinkingRequest(candidate, 'required').accountLinkingRequest).not.toHaveProperty('redirectUrls');
  });

  it('wraps the payload in accountLinkingRequest, secret included', () => {
    const request = buildAccountLinkingRequest(candidate, 'required');
    expect(Object.keys(request)).toEqual(['accountLinkingRequest']);
    expect(request.accountLinkingRequest).toMatchObject({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, type: 'AUTH_CODE' });
  });
});
