import fs from 'node:fs';
import path from 'node:path';
import type { AccountLinkingRequest } from '../../src/linkingTool/accountLinkingRequest';
import { CLIENT_ID, CLIENT_SECRET, makeTempDir, newUserEnv, runLinking, writePresetVariant } from './linkingCli';

jest.setTimeout(60_000);

const SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';

/**
 * A stand-in for the ASK CLI, first on PATH. It records its arguments one per line, and for the
 * `file:` argument the file's permissions, its folder's permissions, its path and its content.
 */
const FAKE_ASK = `#!/bin/sh
log="$FAKE_ASK_LOG"
: > "$log.args"
for arg in "$@"; do printf '%s\\n' "$arg" >> "$log.args"; done
for arg in "$@"; do
  case "$arg" in
    file:*)
      file="\${arg#file:}"
      printf '%s' "$file" > "$log.path"
      stat -c %a "$file" > "$log.mode"
      stat -c %a "$(dirname "$file")" > "$log.dirmode"
      cat "$file" > "$log.content"
      ;;
  esac
done
echo "fake ask: Command executed successfully!"
exit "\${FAKE_ASK_EXIT:-0}"
`;

describe('npm run linking -- push', () => {
  let dir: string;
  let bin: string;
  let log: string;

  beforeEach(() => {
    dir = makeTempDir('linking-push-');
    bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'ask'), FAKE_ASK, { mode: 0o755 });
    log = path.join(dir, 'ask-log');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const withFakeAsk = (extra: NodeJS.ProcessEnv = {}) => newUserEnv({ PATH: `${bin}:/usr/bin:/bin`, FAKE_ASK_LOG: log, ...extra });
  const recorded = (what: string) => fs.readFileSync(`${log}.${what}`, 'utf8');

  it('hands ask the request through an owner-only file, with the right arguments, and deletes it after', () => {
    const run = runLinking(['push', '--skill-id', SKILL_ID], withFakeAsk());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    const requestFile = recorded('path');
    expect(recorded('args').trimEnd().split('\n')).toEqual([
      'smapi',
      'update-account-linking-info',
      '--skill-id',
      SKILL_ID,
      '--stage',
      'development',
      '--account-linking-request',
      `file:${requestFile}`,
    ]);
    expect(recorded('mode').trim()).toBe('600');
    expect(recorded('dirmode').trim()).toBe('700');

    const sent = JSON.parse(recorded('content')) as AccountLinkingRequest;
    expect(sent.accountLinkingRequest).toMatchObject({
      type: 'AUTH_CODE',
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      skipOnEnablement: false,
    });
    expect(fs.existsSync(requestFile)).toBe(false);
    expect(fs.existsSync(path.dirname(requestFile))).toBe(false);

    expect(run.stdout).toContain('fake ask: Command executed successfully!');
    expect(run.stdout).toContain(`Account linking updated for ${SKILL_ID} (development)`);
    expect(run.stdout).not.toContain(CLIENT_SECRET);
  });

  it('sends the same request that `request` prints', () => {
    runLinking(['push', '--skill-id', SKILL_ID], withFakeAsk());
    const printed = runLinking(['request'], newUserEnv());
    expect(JSON.parse(recorded('content'))).toEqual(JSON.parse(printed.stdout));
  });

  it('passes --stage through', () => {
    const run = runLinking(['push', '--skill-id', SKILL_ID, '--stage', 'live'], withFakeAsk());
    expect(run.status).toBe(0);
    expect(recorded('args')).toMatch(/^--stage\nlive\n/m);
  });

  it('deletes the file when ask fails too, and passes on its exit code', () => {
    const run = runLinking(['push', '--skill-id', SKILL_ID], withFakeAsk({ FAKE_ASK_EXIT: '3' }));
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('ask exited with code 3');
    expect(fs.existsSync(recorded('path'))).toBe(false);
  });

  it('does not call ask when the config is invalid', () => {
    const file = writePresetVariant(dir, { accessTokenUrl: 'http://accounts.spotify.com/api/token' });
    const run = runLinking(['push', '--skill-id', SKILL_ID, '--config', file], withFakeAsk());
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error\s+accessTokenUrl: must use https/m);
    expect(fs.existsSync(`${log}.args`)).toBe(false);
  });

  it('says how to install the ASK CLI when ask is missing', () => {
    const emptyBin = path.join(dir, 'empty');
    fs.mkdirSync(emptyBin);
    const run = runLinking(['push', '--skill-id', SKILL_ID], newUserEnv({ PATH: emptyBin }));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm install -g ask-cli');
    expect(run.stderr).toContain('ask configure');
  });

  it('leaves no request file behind in the temp folder', () => {
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(tmp);
    runLinking(['push', '--skill-id', SKILL_ID], withFakeAsk({ TMPDIR: tmp }));
    expect(path.dirname(path.dirname(recorded('path')))).toBe(tmp);
    // ts-node keeps its own compile cache here too; only our folder must be gone.
    expect(fs.readdirSync(tmp).filter((name) => name.startsWith('account-linking-'))).toEqual([]);
  });

  it('rejects a skill ID that is not one', () => {
    const run = runLinking(['push', '--skill-id', 'my-skill'], withFakeAsk());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--skill-id must look like amzn1.ask.skill.<id>');
  });
});
