import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Helpers that run `src/linkingTool/cli.ts` the way `npm run linking` does, with a controlled environment. */

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const TS_NODE = path.join(PROJECT_ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js');
const CLI = path.join(PROJECT_ROOT, 'src', 'linkingTool', 'cli.ts');

export const CLIENT_ID = '0123456789abcdef0123456789abcdef';
export const CLIENT_SECRET = 'f00dfacecafe4b1d9e8a7c6b5a4f3e2d';

/** What a new user has: the two credentials and nothing else of ours. */
export function newUserEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    HOME: process.env.HOME,
    ACCOUNT_LINKING_CLIENT_ID: CLIENT_ID,
    ACCOUNT_LINKING_CLIENT_SECRET: CLIENT_SECRET,
    ...extra,
  };
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runLinking(args: string[], env: NodeJS.ProcessEnv, cwd: string = PROJECT_ROOT): CliRun {
  const result = spawnSync(process.execPath, [TS_NODE, '--transpile-only', CLI, ...args], {
    cwd,
    env: Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)),
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function readSpotifyPreset(): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'account-linking', 'spotify.json'), 'utf8')) as Record<string, unknown>;
}

export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes the Spotify preset with some fields changed (undefined removes one) into `dir`. */
export function writePresetVariant(dir: string, changes: Record<string, unknown>, name = 'spotify.json'): string {
  const preset: Record<string, unknown> = { ...readSpotifyPreset(), ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete preset[key];
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(preset, null, 2));
  return file;
}
