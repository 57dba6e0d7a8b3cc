import fs from 'node:fs';
import path from 'node:path';
import type { AccountLinkingRequest } from '../../src/linkingTool/accountLinkingRequest';
import { CLIENT_ID, CLIENT_SECRET, makeTempDir, newUserEnv, runLinking, writePresetVariant } from './linkingCli';

jest.setTimeout(60_000);

describe('npm run linking -- check', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir('linking-cli-');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes the Spotify preset for a new user who set only the client ID and secret', () => {
    const run = runLinking(['check'], newUserEnv());
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^account-linking\/spotify\.json: valid for spotify/);
    expect(run.stdout).toContain('skipOnEnablement false from ACCOUNT_LINKING=required');
    expect(run.stdout).toContain('set ALEXA_VENDOR_ID to print yours');
  });

  it("prints Alexa's three redirect URLs to copy when ALEXA_VENDOR_ID is set", () => {
    const run = runLinking(['check'], newUserEnv({ ALEXA_VENDOR_ID: 'M1ABCDEFGHIJKL' }));
    expect(run.status).toBe(0);
    for (const host of ['pitangui.amazon.com', 'layla.amazon.com', 'alexa.amazon.co.jp']) {
      expect(run.stdout).toContain(`https://${host}/api/skill/link/M1ABCDEFGHIJKL`);
    }
  });

  it('fails with exit 1 and prints every problem, each naming its field', () => {
    const file = writePresetVariant(dir, {
      authorizationUrl: 'http://accounts.spotify.com/authorize',
      domains: ['https://accounts.scdn.co'],
      scopes: ['user-read-email'],
      defaultTokenExpirationInSeconds: -1,
    });
    const run = runLinking(['check', '--config', file], newUserEnv({ ACCOUNT_LINKING_CLIENT_SECRET: undefined }));
    expect(run.status).toBe(1);
    // scopes twice: the playlist scope and, with PLAYBACK on by default, the playback scopes.
    expect(run.stdout).toMatch(/6 errors, 0 warnings/);
    for (const field of ['authorizationUrl', 'domains', 'scopes', 'defaultTokenExpirationInSeconds', 'clientSecret']) {
      expect(run.stdout).toMatch(new RegExp(`^error\\s+${field}: `, 'm'));
    }
  });

  it('reads --config relative to the working directory', () => {
    writePresetVariant(dir, {}, 'relative.json');
    const run = runLinking(['check', '--config', 'relative.json'], newUserEnv(), dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^relative\.json: valid/);
  });

  it('takes the secret from the .secret file next to the preset', () => {
    const file = writePresetVariant(dir, {}, 'filed.json');
    fs.writeFileSync(path.join(dir, 'filed.secret'), CLIENT_SECRET);
    const run = runLinking(['check', '--config', file], newUserEnv({ ACCOUNT_LINKING_CLIENT_SECRET: undefined }));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/clientSecret from .*filed\.secret/);
  });

  it.each([
    ['readable by group and others', 0o644, '644'],
    ['readable by the group', 0o640, '640'],
    ['writable by others', 0o602, '602'],
  ])('warns, without failing, when the .secret file is %s', (_name, mode, shown) => {
    const file = writePresetVariant(dir, {}, `open-${shown}.json`);
    const secretFile = path.join(dir, `open-${shown}.secret`);
    fs.writeFileSync(secretFile, `${CLIENT_SECRET}\n`);
    fs.chmodSync(secretFile, mode);
    const run = runLinking(['check', '--config', file], newUserEnv({ ACCOUNT_LINKING_CLIENT_SECRET: undefined }));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `^warning\\s+clientSecret: .*open-${shown}\\.secret can be read or changed by other users \\(mode ${shown}\\): run chmod 600 `,
        'm',
      ),
    );
    expect(run.stdout).not.toContain(CLIENT_SECRET);
  });

  it('warns when the .secret file holds more than one line, and says nothing of a private one-line file', () => {
    const file = writePresetVariant(dir, {}, 'lines.json');
    const secretFile = path.join(dir, 'lines.secret');
    fs.writeFileSync(secretFile, `${CLIENT_SECRET}\nclient id: ${CLIENT_ID}\n`, { mode: 0o600 });
    const twoLines = runLinking(['check', '--config', file], newUserEnv({ ACCOUNT_LINKING_CLIENT_SECRET: undefined }));
    expect(twoLines.stdout).toMatch(
      /^warning\s+clientSecret: .*lines\.secret holds 2 lines; it must hold only the client secret, on one line$/m,
    );
    expect(twoLines.stdout).not.toContain(CLIENT_SECRET);

    fs.writeFileSync(secretFile, `${CLIENT_SECRET}\n`);
    const oneLine = runLinking(['check', '--config', file], newUserEnv({ ACCOUNT_LINKING_CLIENT_SECRET: undefined }));
    expect(oneLine.status).toBe(0);
    expect(oneLine.stdout).not.toMatch(/^warning\s+clientSecret/m);
  });

  it('checks the .secret file even when the environment holds the secret', () => {
    const file = writePresetVariant(dir, {}, 'shadowed.json');
    fs.writeFileSync(path.join(dir, 'shadowed.secret'), 'an-old-secret-still-lying-here', { mode: 0o644 });
    fs.chmodSync(path.join(dir, 'shadowed.secret'), 0o644);
    const run = runLinking(['check', '--config', file], newUserEnv());
    expect(run.stdout).toMatch(/^warning\s+clientSecret: .*shadowed\.secret can be read or changed by other users/m);
    expect(run.stdout).not.toContain('an-old-secret-still-lying-here');
  });

  it('names the file when it cannot be read', () => {
    const run = runLinking(['check', '--config', path.join(dir, 'missing.json')], newUserEnv());
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^error\s+config: cannot read .*missing\.json/);
  });

  describe('never prints the client secret', () => {
    const neverShowsSecret = (run: { stdout: string; stderr: string }) => {
      expect(run.stdout).not.toContain(CLIENT_SECRET);
      expect(run.stderr).not.toContain(CLIENT_SECRET);
    };

    it('when the config is valid', () => {
      neverShowsSecret(runLinking(['check'], newUserEnv()));
    });

    it('when the config is invalid', () => {
      const file = writePresetVariant(dir, { type: 'IMPLICIT', scopes: [], domains: ['x://y'] }, 'invalid.json');
      const run = runLinking(['check', '--config', file], newUserEnv());
      expect(run.status).toBe(1);
      neverShowsSecret(run);
    });

    it('when the secret was committed into the preset', () => {
      const file = writePresetVariant(dir, { clientSecret: CLIENT_SECRET }, 'leaky.json');
      const run = runLinking(['check', '--config', file], newUserEnv({ ACCOUNT_LINKING_CLIENT_SECRET: undefined }));
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/clientSecret: must not be in .*leaky\.json/);
      neverShowsSecret(run);
    });

    it('even when it was pasted into another field', () => {
      const file = writePresetVariant(dir, { authorizationUrl: `http://accounts.spotify.com/${CLIENT_SECRET}` }, 'pasted.json');
      const run = runLinking(['check', '--config', file], newUserEnv());
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('[client secret]');
      neverShowsSecret(run);
    });
  });

  it('warns, but passes, when the file sets a skipOnEnablement that disagrees with ACCOUNT_LINKING', () => {
    const file = writePresetVariant(dir, { skipOnEnablement: true }, 'disagrees.json');
    const run = runLinking(['check', '--config', file], newUserEnv({ ACCOUNT_LINKING: 'required' }));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^warning\s+skipOnEnablement: .*ACCOUNT_LINKING=required/m);
  });

  it('rejects an ACCOUNT_LINKING value the skill would reject', () => {
    const run = runLinking(['check'], newUserEnv({ ACCOUNT_LINKING: 'sometimes' }));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^error\s+skipOnEnablement: .*ACCOUNT_LINKING.*"sometimes"/m);
  });
});

describe('npm run linking -- request', () => {
  it('prints the SMAPI request on stdout, and nothing else there', () => {
    const run = runLinking(['request'], newUserEnv());
    expect(run.status).toBe(0);
    const body = JSON.parse(run.stdout) as AccountLinkingRequest;
    expect(Object.keys(body)).toEqual(['accountLinkingRequest']);
    const { domains, ...rest } = body.accountLinkingRequest ?? {};
    expect(domains).toEqual(expect.arrayContaining(['accounts.spotify.com', 'accounts.scdn.co']));
    expect(rest).toEqual({
      type: 'AUTH_CODE',
      authorizationUrl: 'https://accounts.spotify.com/authorize',
      accessTokenUrl: 'https://accounts.spotify.com/api/token',
      accessTokenScheme: 'HTTP_BASIC',
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      scopes: ['playlist-read-private', 'playlist-read-collaborative', 'user-read-playback-state', 'user-modify-playback-state'],
      defaultTokenExpirationInSeconds: 3600,
      skipOnEnablement: false,
    });
  });

  it('turns ACCOUNT_LINKING=optional into skipOnEnablement true', () => {
    const run = runLinking(['request'], newUserEnv({ ACCOUNT_LINKING: 'optional' }));
    expect((JSON.parse(run.stdout) as AccountLinkingRequest).accountLinkingRequest?.skipOnEnablement).toBe(true);
  });

  it('prints nothing on stdout and exits 1 when the config is invalid', () => {
    // A copy of the preset, so that a developer's own account-linking/spotify.secret cannot fill the gap.
    const dir = makeTempDir('linking-request-');
    const file = writePresetVariant(dir, {});
    const run = runLinking(['request', '--config', file], newUserEnv({ ACCOUNT_LINKING_CLIENT_SECRET: undefined }));
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error\s+clientSecret: is missing/m);
  });
});

describe('usage', () => {
  it.each([[[]], [['deploy']], [['check', '--skill-id', 'amzn1.ask.skill.x']], [['check', '--bogus']], [['push']]])(
    '%j is a usage error (exit 2)',
    (args) => {
      const run = runLinking(args, newUserEnv());
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('Usage:');
      expect(run.stdout).toBe('');
    },
  );

  it('--help prints usage and exits 0', () => {
    const run = runLinking(['--help'], newUserEnv());
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('npm run --silent linking -- check');
  });
});
