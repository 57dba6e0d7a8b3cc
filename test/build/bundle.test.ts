import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { youtubeApiUrlOf } from '../../src/local/demoYouTubeApi';
import { startDemoProviderWithAllApis } from '../../src/local/demoApis';
import { DEMO_ACCESS_TOKEN, DemoProvider } from '../../src/local/demoProvider';
import { buildEnvelope, intentRequest, launchRequest } from '../../src/local/requestEnvelope';
import { SAMPLE_PLAYLISTS } from '../../src/local/sampleLibrary';
import { BUNDLE_FILES, buildIntoEmptyFolder, projectRoot, runBundle, speechOf } from './builtBundle';

let folder: string;

beforeAll(() => {
  folder = buildIntoEmptyFolder();
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const linked = { accessToken: DEMO_ACCESS_TOKEN };

describe('what npm run build writes', () => {
  it('is one JavaScript file, its source map and the license notices', () => {
    expect(readdirSync(folder).sort()).toEqual(BUNDLE_FILES);
  });

  it('compiles no code from a string', () => {
    const code = readFileSync(path.join(folder, 'index.js'), 'utf8');
    expect(code.match(/\bnew Function\b|\beval\(|runInThisContext|compileFunction|brotliDecompress|inflateSync/g)).toBeNull();
  });

  it('ships at most 240 KiB of JavaScript, the map not counted', () => {
    expect(statSync(path.join(folder, 'index.js')).size).toBeLessThanOrEqual(240 * 1024);
  });

  it('replaces only whole packages the skill never runs, and each one fails loudly, naming itself and the build script', () => {
    // Built alone with the bundle's settings: reaching a left-out package throws, naming it.
    const probe = `import { build } from 'esbuild';
      import { lambdaBuildOptions } from './scripts/lambdaBundle.mjs';
      const stdin = { contents: \`
        const attempts = {
          'form-data': () => new (require('form-data'))(),
          'follow-redirects': () => require('follow-redirects').https.request({}),
          'https-proxy-agent': () => new (require('https-proxy-agent'))({}),
          'ask-sdk-model': () => new (require('ask-sdk-model').services.ServiceClientFactory)({}),
        };
        const said = Object.entries(attempts).map(([name, attempt]) => { try { attempt(); return name + ': ran'; } catch (error) { return error.message; } });
        process.stdout.write(JSON.stringify(said));\`, resolveDir: process.cwd() };
      const { outputFiles } = await build(lambdaBuildOptions({ stdin, write: false, sourcemap: false, outfile: 'probe.js' }));
      process.stdout.write(outputFiles[0].text);`;
    const bundled = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: projectRoot, encoding: 'utf8' });
    const said = JSON.parse(
      execFileSync(process.execPath, ['-e', bundled], { encoding: 'utf8', env: { PATH: process.env.PATH } }),
    ) as string[];
    expect(said).toHaveLength(4);
    for (const [index, name] of ['form-data', 'follow-redirects', 'https-proxy-agent', 'ask-sdk-model'].entries()) {
      expect(said[index]).toMatch(new RegExp(`^${name} is left out of the Lambda bundle by scripts/lambdaBundle\\.mjs`));
    }
  });

  it('links the file to its source map, which no code loads', () => {
    const code = readFileSync(path.join(folder, 'index.js'), 'utf8');
    expect(code.trimEnd().endsWith('//# sourceMappingURL=index.js.map')).toBe(true);
    expect(code).not.toContain('source-map-support');
    const map = JSON.parse(readFileSync(path.join(folder, 'index.js.map'), 'utf8')) as { version: number; sources: string[] };
    expect(map.version).toBe(3);
    expect(map.sources.some((source) => source.endsWith('src/skill/skill.ts'))).toBe(true);
  });

  it('carries the license text of every package inside it', () => {
    const notices = readFileSync(path.join(folder, 'THIRD_PARTY_NOTICES.txt'), 'utf8');
    expect(notices).toMatch(/^axios \d+\.\d+\.\d+ \(MIT\)$/m);
    expect(notices).toMatch(/^ask-sdk-core \d+\.\d+\.\d+ \(Apache-2\.0\)$/m);
    for (const [name, file] of [
      ['axios', 'LICENSE'],
      ['ask-sdk-core', 'LICENSE'],
      ['ask-sdk-runtime', 'LICENSE'],
      ['fastest-levenshtein', 'LICENSE.md'],
      ['proxy-from-env', 'LICENSE'],
    ]) {
      expect(notices).toContain(readFileSync(path.join(projectRoot, 'node_modules', name, file), 'utf8').trim());
    }
    // Left out, so none of their code ships and none of their licenses is owed.
    expect(notices).not.toMatch(/^(form-data|follow-redirects|https-proxy-agent|debug|ask-sdk-model) /m);
  });
});

describe('the Lambda bundle, alone in a folder', () => {
  it('answers a launch from an unlinked user with the LinkAccount card', async () => {
    const run = await runBundle(folder, [buildEnvelope(launchRequest())]);
    expect(run.status).toBe(0);
    expect(run.responses[0].response.card).toEqual({ type: 'LinkAccount' });
    expect(speechOf(run.responses[0])).toContain('Alexa app');
  });

  it('answers a linked launch with a welcome', async () => {
    const run = await runBundle(folder, [buildEnvelope(launchRequest(), { accessToken: 'token' })]);
    expect(speechOf(run.responses[0])).toContain('Welcome to Playlist Reader');
  });

  it('fails at cold start on a bad environment, naming the variable', async () => {
    const run = await runBundle(folder, [buildEnvelope(launchRequest())], { ACCOUNT_LINKING: 'maybe' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('ACCOUNT_LINKING');
  });

  it('stops at cold start on a bad LOG_LEVEL, naming the variable, instead of breaking the error handlers later', async () => {
    const run = await runBundle(folder, [buildEnvelope(launchRequest())], { LOG_LEVEL: 'verbose' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('LOG_LEVEL');
  });
});

describe.each([
  { provider: 'spotify', name: 'Spotify', env: (demo: DemoProvider) => ({ SPOTIFY_API_URL: demo.apiUrl }) },
  { provider: 'youtube', name: 'YouTube', env: (demo: DemoProvider) => ({ PROVIDER: 'youtube', YOUTUBE_API_URL: youtubeApiUrlOf(demo) }) },
])('the Lambda bundle, alone in a folder, talking to $name', ({ name, env }) => {
  let demo: DemoProvider;
  beforeAll(async () => {
    demo = await startDemoProviderWithAllApis();
  });
  afterAll(() => demo.close());

  it('lists playlists', async () => {
    const run = await runBundle(folder, [buildEnvelope(intentRequest('ListPlaylistsIntent'), linked)], env(demo));
    expect(run.status).toBe(0);
    expect(speechOf(run.responses[0])).toContain(`You have ${SAMPLE_PLAYLISTS.length} playlists.`);
  });

  it('answers a one-shot "how many songs are in rock and roll"', async () => {
    const run = await runBundle(
      folder,
      [buildEnvelope(intentRequest('PlaylistTrackCountIntent', { playlistName: 'rock and roll' }), linked)],
      env(demo),
    );
    expect(speechOf(run.responses[0])).toMatch(/Rock &amp; Roll has \d+ songs/);
  });

  it("maps the provider's 401 to the LinkAccount card", async () => {
    const run = await runBundle(
      folder,
      [buildEnvelope(intentRequest('ListPlaylistsIntent'), { accessToken: 'not-a-demo-token' })],
      env(demo),
    );
    expect(run.responses[0].response.card).toEqual({ type: 'LinkAccount' });
    expect(speechOf(run.responses[0])).toContain(`Your link to ${name} has expired`);
  });
});
