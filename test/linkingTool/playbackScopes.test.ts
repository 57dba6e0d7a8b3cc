import fs from 'node:fs';
import { main } from '../../src/linkingTool/cli';
import { PLAYBACK_SCOPES, requiredScopesFor } from '../../src/linkingTool/providerScopes';
import { makeTempDir, newUserEnv, readSpotifyPreset, writePresetVariant } from './linkingCli';

const PLAYLIST_SCOPES_ONLY = ['playlist-read-private', 'playlist-read-collaborative'];

/** `npm run linking -- check` in process: its exit code and everything it printed. */
async function check(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number; output: string }> {
  const lines: string[] = [];
  const status = await main(['check', ...args], env, { out: (line) => lines.push(line), err: (line) => lines.push(line) });
  return { status, output: lines.join('\n') };
}

describe('the playback scopes in account linking', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir('linking-playback-');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the Spotify preset asks for reading and modifying playback state', () => {
    expect(readSpotifyPreset().scopes).toEqual(expect.arrayContaining(['user-read-playback-state', 'user-modify-playback-state']));
    expect(PLAYBACK_SCOPES.spotify).toEqual(['user-read-playback-state', 'user-modify-playback-state']);
  });

  it('passes the preset with playback on, the default', async () => {
    const run = await check([], newUserEnv());
    expect(run.status).toBe(0);
  });

  it('fails naming scopes when playback is on and a config lacks them', async () => {
    const file = writePresetVariant(dir, { scopes: PLAYLIST_SCOPES_ONLY }, 'old-scopes.json');
    const run = await check(['--config', file], newUserEnv());
    expect(run.status).toBe(1);
    expect(run.output).toMatch(
      /^error\s+scopes: must include user-read-playback-state, user-modify-playback-state: playing music needs them \(PLAYBACK=on; PLAYBACK=off stops requiring them\)$/m,
    );
  });

  it('names only the one that is missing', async () => {
    const file = writePresetVariant(dir, { scopes: [...PLAYLIST_SCOPES_ONLY, 'user-read-playback-state'] }, 'half.json');
    const run = await check(['--config', file], newUserEnv({ PLAYBACK: 'on' }));
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/^error\s+scopes: must include user-modify-playback-state: playing music needs it /m);
  });

  it('stops requiring them with PLAYBACK=off', async () => {
    const file = writePresetVariant(dir, { scopes: PLAYLIST_SCOPES_ONLY }, 'read-only.json');
    const run = await check(['--config', file], newUserEnv({ PLAYBACK: 'off' }));
    expect(run.status).toBe(0);
    expect(requiredScopesFor('spotify', 'off')).toEqual(['playlist-read-private']);
  });

  it('still requires the playlist scope with PLAYBACK=off, for its own reason', async () => {
    const file = writePresetVariant(dir, { scopes: ['user-read-playback-state'] }, 'no-playlists.json');
    const run = await check(['--config', file], newUserEnv({ PLAYBACK: 'off' }));
    expect(run.output).toMatch(/^error\s+scopes: must include playlist-read-private: the provider's playlist calls need it$/m);
  });

  it('fails naming PLAYBACK when it holds a value the skill would reject', async () => {
    const run = await check([], newUserEnv({ PLAYBACK: 'sometimes' }));
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/^error\s+PLAYBACK: expected "on" or "off", got "sometimes"$/m);
  });

  it('asks YouTube for no playback scope: it has no player', () => {
    expect(requiredScopesFor('youtube', 'on')).toEqual(['https://www.googleapis.com/auth/youtube.readonly']);
  });
});
