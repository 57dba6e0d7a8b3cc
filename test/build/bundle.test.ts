import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
/** Every TypeScript file of what ships. */
const skillSources = (dir = path.join(projectRoot, 'src', 'skill')): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? skillSources(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  );
const jsFiles = () => readdirSync(folder).filter((file) => file.endsWith('.js'));

describe('what npm run build writes', () => {
  it('is plain files: the launch, the conversation, the provider clients, the modules they share, their maps and the notices', () => {
    expect(readdirSync(folder).sort()).toEqual(BUNDLE_FILES);
  });

  it('compiles no code from a string, anywhere', () => {
    for (const file of jsFiles()) {
      const code = readFileSync(path.join(folder, file), 'utf8');
      expect({
        file,
        found: code.match(/\bnew Function\b|\beval\(|runInThisContext|compileFunction|brotliDecompress|inflateSync/g),
      }).toEqual({
        file,
        found: null,
      });
    }
  });

  it('ships at most 200 KB of JavaScript, the maps not counted', () => {
    const bytes = jsFiles().reduce((sum, file) => sum + statSync(path.join(folder, file)).size, 0);
    expect(bytes).toBeLessThanOrEqual(200_000);
  });

  it('defines the provider errors once, in shared.js, so instanceof holds across files', () => {
    // The message that only LinkExpiredError's constructor holds.
    const definedIn = jsFiles().filter((file) => readFileSync(path.join(folder, file), 'utf8').includes('rejected the access token (401)'));
    expect(definedIn).toEqual(['shared.js']);
  });

  it('leaves out only ask-sdk-core helpers the skill never imports, and those fail loudly, naming the build script', async () => {
    const listLeftOut = "import('./scripts/lambdaBundle.mjs').then((m) => process.stdout.write(JSON.stringify(m.ASK_SDK_CORE_LEFT_OUT)))";
    const leftOutFiles = JSON.parse(
      execFileSync(process.execPath, ['-e', listLeftOut], { cwd: projectRoot, encoding: 'utf8' }),
    ) as string[];
    const leftOutModules = await Promise.all(
      leftOutFiles.map((file) => import(path.join(projectRoot, 'node_modules', 'ask-sdk-core', 'dist', file)) as Promise<object>),
    );
    const leftOut = leftOutModules.flatMap((module) => Object.keys(module));
    expect(leftOut).toContain('getViewportProfile');
    const imported = skillSources().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:import|export) \{([^}]*)\} from 'ask-sdk-core(?:\/dist\/[\w/]+)?'/g)].flatMap((match) =>
        match[1].split(',').map((name) => name.trim()),
      ),
    );
    expect(imported).toContain('SkillBuilders');
    expect(imported.filter((name) => leftOut.includes(name))).toEqual([]);

    // Built alone with the bundle's settings: reading a left-out name from ask-sdk-core throws, naming the script.
    const probe = `import { build } from 'esbuild';
      import { lambdaBuildOptions } from './scripts/lambdaBundle.mjs';
      const stdin = { contents: "const core = require('ask-sdk-core'); try { core.getViewportProfile; } catch (error) { process.stdout.write(typeof core.SkillBuilders.custom + ' ' + error.message); }", resolveDir: process.cwd() };
      const { outputFiles } = await build(lambdaBuildOptions({ stdin, write: false, sourcemap: false, outfile: 'probe.js' }));
      process.stdout.write(outputFiles[0].text);`;
    const bundled = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: projectRoot, encoding: 'utf8' });
    expect(execFileSync(process.execPath, ['-e', bundled], { encoding: 'utf8', env: { PATH: process.env.PATH } })).toBe(
      "function ask-sdk-core's getViewportProfile is left out of the Lambda bundle by scripts/lambdaBundle.mjs",
    );
  });

  it("takes ask-sdk-core's functions from src/skill/askSdkCore.ts only, so the bundle makes one interop copy of the package", async () => {
    const values = new Set(Object.keys(await import('ask-sdk-core')));
    expect(values).toContain('SkillBuilders');
    const elsewhere = skillSources()
      .filter((file) => path.basename(file) !== 'askSdkCore.ts')
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/import\s+(type\s+)?([^;]*?)\s+from\s+'ask-sdk-core(?:\/[^']*)?'/g)]
          .filter((match) => match[1] === undefined)
          .flatMap((match) => {
            const named = /^\{([^}]*)\}$/.exec(match[2].trim());
            if (!named) return [`${path.basename(file)}: import ${match[2].trim()}`];
            return named[1]
              .split(',')
              .map(
                (name) =>
                  name
                    .trim()
                    .replace(/^type\s+/, '')
                    .split(/\s+as\s+/)[0],
              )
              .filter((name) => values.has(name))
              .map((name) => `${path.basename(file)}: ${name}`);
          }),
      );
    expect(elsewhere).toEqual([]);
  });

  it("reads only the ask-sdk-core files the skill uses, never the package's index, which loads every one", () => {
    const sources = jsFiles().flatMap(
      (file) => (JSON.parse(readFileSync(path.join(folder, `${file}.map`), 'utf8')) as { sources: string[] }).sources,
    );
    const askSdkCore = sources.filter((source) => source.includes('node_modules/ask-sdk-core/'));
    expect(askSdkCore.some((source) => source.endsWith('skill/SkillBuilders.ts'))).toBe(true);
    expect(askSdkCore.filter((source) => /\/lib\/index\.ts$|ViewportUtils|TextContentHelper|ImageHelper/.test(source))).toEqual([]);
  });

  it('links each file to its source map, which no code loads', () => {
    for (const file of jsFiles()) {
      expect(readFileSync(path.join(folder, file), 'utf8').trimEnd().endsWith(`//# sourceMappingURL=${file}.map`)).toBe(true);
      const map = JSON.parse(readFileSync(path.join(folder, `${file}.map`), 'utf8')) as { version: number; sources: string[] };
      expect(map.version).toBe(3);
      expect(map.sources.length).toBeGreaterThan(0);
    }
    expect(readFileSync(path.join(folder, 'index.js'), 'utf8')).not.toContain('source-map-support');
  });

  it('carries the license text of every package inside it', () => {
    const notices = readFileSync(path.join(folder, 'THIRD_PARTY_NOTICES.txt'), 'utf8');
    expect(notices).toMatch(/^axios \d+\.\d+\.\d+ \(MIT\)\nin providers\.js/m);
    expect(notices).toMatch(/^ask-sdk-core \d+\.\d+\.\d+ \(Apache-2\.0\)\nin index\.js/m);
    for (const name of ['axios', 'ask-sdk-core', 'ask-sdk-runtime']) {
      expect(notices).toContain(readFileSync(path.join(projectRoot, 'node_modules', name, 'LICENSE'), 'utf8').trim());
    }
    expect(notices).toContain('Apache License');
    // Stubbed out, so none of their code ships and none of their licenses is owed.
    expect(notices).not.toMatch(/^(form-data|follow-redirects|debug) /m);
  });
});

describe('the Lambda bundle, alone in a folder', () => {
  it('answers a launch from an unlinked user with the LinkAccount card', async () => {
    const run = await runBundle(folder, [buildEnvelope(launchRequest())]);
    expect(run.status).toBe(0);
    expect(run.responses[0].response.card).toEqual({ type: 'LinkAccount' });
    expect(speechOf(run.responses[0])).toContain('Alexa app');
  });

  it('answers a linked launch with a welcome from index.js alone, loading neither the conversation, the provider clients nor undici', async () => {
    const run = await runBundle(folder, [buildEnvelope(launchRequest(), { accessToken: 'token' })]);
    expect(speechOf(run.responses[0])).toContain('Welcome to Playlist Reader');
    expect(run.loaded).toEqual({ undici: false, http2: false, files: ['index.js'] });
  });

  it('still welcomes, and apologises for anything else, when conversation.js cannot be loaded', async () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'bundle-without-conversation-'));
    try {
      cpSync(folder, broken, { recursive: true });
      writeFileSync(path.join(broken, 'conversation.js'), 'throw new Error("a damaged deploy");');
      const run = await runBundle(broken, [
        buildEnvelope(launchRequest(), { accessToken: 'token' }),
        buildEnvelope(intentRequest('ListPlaylistsIntent'), { accessToken: 'token' }),
        // Continuing sessions, whose checks live in conversation.js too: nothing unchecked is kept,
        // and what needs none of conversation.js (the welcome, the linking gate) still answers.
        buildEnvelope(intentRequest('AMAZON.HelpIntent'), { accessToken: 'token', sessionAttributes: { reading: 'list' } }),
        buildEnvelope(intentRequest('AMAZON.NavigateHomeIntent'), { accessToken: 'token', sessionAttributes: { reading: 'list' } }),
        buildEnvelope(intentRequest('ListPlaylistsIntent'), { sessionAttributes: { reading: 'list' } }),
      ]);
      expect(run.status).toBe(0);
      expect(speechOf(run.responses[0])).toContain('Welcome to Playlist Reader');
      expect(speechOf(run.responses[1])).toContain('Sorry, something went wrong on my side.');
      expect(speechOf(run.responses[2])).toContain('Sorry, something went wrong on my side.');
      expect(run.responses[2].sessionAttributes ?? {}).toEqual({});
      expect(speechOf(run.responses[3])).toContain('Welcome to Playlist Reader');
      expect(run.responses[3].sessionAttributes).toEqual({});
      expect(run.responses[4].response.card).toEqual({ type: 'LinkAccount' });
      expect(run.logs.filter((line) => line.event === 'session-checks-unavailable')).toHaveLength(3);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
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

  it('lists playlists through conversation.js and providers.js, without loading undici or http2', async () => {
    const run = await runBundle(folder, [buildEnvelope(intentRequest('ListPlaylistsIntent'), linked)], env(demo));
    expect(run.status).toBe(0);
    expect(speechOf(run.responses[0])).toContain(`You have ${SAMPLE_PLAYLISTS.length} playlists.`);
    expect(run.loaded).toEqual({ undici: false, http2: false, files: ['index.js', 'conversation.js', 'providers.js'] });
  });

  it('answers a one-shot "how many songs are in rock and roll"', async () => {
    const run = await runBundle(
      folder,
      [buildEnvelope(intentRequest('PlaylistTrackCountIntent', { playlistName: 'rock and roll' }), linked)],
      env(demo),
    );
    expect(speechOf(run.responses[0])).toMatch(/Rock &amp; Roll has \d+ songs/);
  });

  it("maps the provider's 401 to the LinkAccount card: typed errors from providers.js are the skill's own classes", async () => {
    const run = await runBundle(
      folder,
      [buildEnvelope(intentRequest('ListPlaylistsIntent'), { accessToken: 'not-a-demo-token' })],
      env(demo),
    );
    expect(run.responses[0].response.card).toEqual({ type: 'LinkAccount' });
    expect(speechOf(run.responses[0])).toContain(`Your link to ${name} has expired`);
    expect(run.loaded?.files).toEqual(['index.js', 'conversation.js', 'providers.js', 'shared.js']);
  });
});
