import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_ACCESS_TOKEN, DemoProvider, startDemoProvider } from '../../src/local/demoProvider';
import { buildEnvelope, intentRequest, launchRequest } from '../../src/local/requestEnvelope';

const root = path.resolve(__dirname, '../..');
let isolatedDir: string;
// The skill logs to stdout too, as Lambda expects; the answer is the line marked RESULT.
const BUNDLE_SCRIPT = `require('./index.js').handler(JSON.parse(process.argv[1]), {}).then(r => console.log('RESULT ' + JSON.stringify(r)), e => { console.error(e.message); process.exit(3); })`;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'pipe' });
  // A folder with nothing but the bundle: no node_modules to fall back on.
  isolatedDir = mkdtempSync(path.join(tmpdir(), 'playlist-reader-bundle-'));
  copyFileSync(path.join(root, 'dist/lambda/index.js'), path.join(isolatedDir, 'index.js'));
}, 60_000);

afterAll(() => rmSync(isolatedDir, { recursive: true, force: true }));

function runBundle(envelope: unknown, env: Record<string, string> = {}): { stdout: string; status: number } {
  return runBundleSync(envelope, env);
}

/** Async, so that a demo provider in this process can answer the bundle's requests. */
function runBundleAsync(envelope: unknown, env: Record<string, string>): Promise<{ stdout: string; status: number }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-e', BUNDLE_SCRIPT, JSON.stringify(envelope)],
      { cwd: isolatedDir, env: { PATH: process.env.PATH ?? '', ...env } },
      (error, stdout, stderr) => {
        const result = stdout.split('\n').find((line) => line.startsWith('RESULT '));
        resolve({ stdout: result ? result.slice('RESULT '.length) : stderr, status: error ? Number(error.code) || 1 : 0 });
      },
    );
  });
}

function runBundleSync(envelope: unknown, env: Record<string, string> = {}): { stdout: string; status: number } {
  try {
    const stdout = execFileSync(process.execPath, ['-e', BUNDLE_SCRIPT, JSON.stringify(envelope)], {
      cwd: isolatedDir,
      env: { PATH: process.env.PATH ?? '', NODE_PATH: '', ...env },
      stdio: 'pipe',
    }).toString();
    const result = stdout.split('\n').find((line) => line.startsWith('RESULT '));
    return { stdout: result ? result.slice('RESULT '.length) : stdout, status: 0 };
  } catch (error) {
    const failed = error as { status: number; stderr: Buffer };
    return { stdout: failed.stderr.toString(), status: failed.status };
  }
}

describe('the Lambda bundle, alone in a folder', () => {
  it('answers a launch from an unlinked user with the LinkAccount card', () => {
    const { stdout, status } = runBundle(buildEnvelope(launchRequest()));
    expect(status).toBe(0);
    const envelope = JSON.parse(stdout);
    expect(envelope.response.card).toEqual({ type: 'LinkAccount' });
    expect(envelope.response.outputSpeech.ssml).toContain('Alexa app');
  });

  it('answers a linked launch with a welcome', () => {
    const { stdout } = runBundle(buildEnvelope(launchRequest(), { accessToken: 'token' }));
    expect(JSON.parse(stdout).response.outputSpeech.ssml).toContain('Welcome to Playlist Reader');
  });

  it('fails at cold start on a bad environment, naming the variable', () => {
    const { stdout, status } = runBundle(buildEnvelope(launchRequest()), { ACCOUNT_LINKING: 'maybe' });
    expect(status).not.toBe(0);
    expect(stdout).toContain('ACCOUNT_LINKING');
  });
});

describe('the Lambda bundle, alone in a folder, talking to a provider', () => {
  let demo: DemoProvider;
  beforeAll(async () => {
    demo = await startDemoProvider();
  });
  afterAll(() => demo.close());

  it('lists playlists: the provider clients, compiled on first use, work', async () => {
    const { stdout, status } = await runBundleAsync(
      buildEnvelope(intentRequest('ListPlaylistsIntent'), { accessToken: DEMO_ACCESS_TOKEN }),
      {
        SPOTIFY_API_URL: demo.apiUrl,
      },
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout).response.outputSpeech.ssml).toContain('You have 14 playlists.');
  });

  it("maps the provider's 401 to the LinkAccount card: typed errors survive the lazy boundary", async () => {
    const { stdout } = await runBundleAsync(buildEnvelope(intentRequest('ListPlaylistsIntent'), { accessToken: 'not-a-demo-token' }), {
      SPOTIFY_API_URL: demo.apiUrl,
    });
    const { response } = JSON.parse(stdout);
    expect(response.card).toEqual({ type: 'LinkAccount' });
    expect(response.outputSpeech.ssml).toContain('has expired');
  });
});

describe('a bad LOG_LEVEL', () => {
  it('stops the bundle at cold start, naming the variable, instead of breaking the error handlers later', () => {
    const { stdout, status } = runBundle(buildEnvelope(launchRequest()), { LOG_LEVEL: 'verbose' });
    expect(status).not.toBe(0);
    expect(stdout).toContain('LOG_LEVEL');
  });
});
