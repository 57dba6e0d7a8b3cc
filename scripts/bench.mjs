// `npm run bench`: bundle size, cold start, warm overhead, round trips and memory, measured
// side by side in one run. Prints a table and writes the same figures to BENCHMARKS.md.
// It prints figures; it asserts nothing. The tests check behaviour.
//
//   npm run bench                  # defaults: 20 cold starts per variant, 200 warm requests
//   BENCH_RUNS=30 npm run bench    # more runs per cold-start figure (at least 10)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildLambdaBundle } from './lambdaBundle.mjs';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 20));
const WARM_REQUESTS = Math.max(50, Number(process.env.BENCH_WARM_REQUESTS ?? 200));
const LATENCY_MS = 100;
const LIBRARY_SIZE = 500;
const TARGET_NAME = 'Midnight Jazz Collection';

const work = mkdtempSync(join(tmpdir(), 'playlist-reader-bench-'));
const skillBundle = join(projectRoot, 'dist', 'lambda', 'index.js');
const helloBundle = join(work, 'hello.js');
const runner = join(work, 'runner.cjs');

// ---------------------------------------------------------------------------------------
// Statistics and formatting
// ---------------------------------------------------------------------------------------

/*
 * Every child gets the same bare environment. An inherited NODE_EXTRA_CA_CERTS, for one,
 * costs tens of milliseconds at start-up and would drown the differences measured here.
 */
const CHILD_ENV = { PATH: process.env.PATH ?? '' };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ratio = (value) => `${value.toFixed(2)}×`;
const mib = (kib) => `${(kib / 1024).toFixed(1)} MiB`;

// ---------------------------------------------------------------------------------------
// Builds: the skill (npm run build), a hello-world with the same settings, the local provider
// ---------------------------------------------------------------------------------------

function buildEverything() {
  execFileSync(process.execPath, [join(projectRoot, 'scripts', 'build.mjs')], { cwd: projectRoot, stdio: 'pipe' });
  return Promise.all([
    buildLambdaBundle(undefined, helloBundle, {
      entryPoints: undefined,
      stdin: {
        resolveDir: projectRoot,
        loader: 'js',
        sourcefile: 'hello-world.js',
        contents: `
          const { SkillBuilders } = require('ask-sdk-core');
          const skill = SkillBuilders.custom()
            .addRequestHandlers({
              canHandle: () => true,
              handle: (input) => input.responseBuilder.speak('Hello world').getResponse(),
            })
            .create();
          exports.handler = async (event, context) => skill.invoke(event, context);`,
      },
    }),
    // The demo provider and the envelope builder, as plain CommonJS this script can load.
    build({
      stdin: {
        resolveDir: projectRoot,
        loader: 'ts',
        sourcefile: 'bench-support.ts',
        contents: `
          export * from './src/local/demoProvider';
          export * from './src/local/requestEnvelope';
          export { sampleSpotifyId } from './src/local/sampleLibrary';`,
      },
      outfile: join(work, 'support.cjs'),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'warning',
    }),
  ]);
}

function zipSize() {
  const zip = join(work, 'skill.zip');
  execFileSync(join(projectRoot, 'hooks', 'build.sh'), [zip, 'false'], { cwd: projectRoot, stdio: 'pipe' });
  return statSync(zip).size;
}

// ---------------------------------------------------------------------------------------
// The child process: loads a bundle and answers envelopes, one per line on stdin after the first
// ---------------------------------------------------------------------------------------

const RUNNER_SOURCE = `
const { performance } = require('node:perf_hooks');
const [bundle, envelopesJson] = process.argv.slice(2);
const envelopes = JSON.parse(envelopesJson);
const lines = require('node:readline').createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const { handler } = require(bundle);
(async () => {
  for (let index = 0; index < envelopes.length; index++) {
    if (index > 0) await lines.next();
    const started = performance.now();
    const response = await handler(envelopes[index], {});
    const handlerMs = performance.now() - started;
    process.stdout.write('\\u0001RESULT ' + JSON.stringify({ handlerMs, maxRssKiB: process.resourceUsage().maxRSS, response }) + '\\n');
  }
  process.exit(0);
})().catch((error) => { console.error(error); process.exit(3); });
`;

/**
 * Starts a new Node process on `bundle` and sends it `envelopes` one at a time; `between`
 * runs after each response but the last. Resolves with the time from spawn to the first
 * response, and each response with its in-handler time and the process's peak RSS so far.
 */
function runFresh(bundle, envelopes, env, between = async () => {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [runner, bundle, JSON.stringify(envelopes)], {
      env: { ...CHILD_ENV, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const results = [];
    let firstResponseMs;
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    createInterface({ input: child.stdout }).on('line', async (line) => {
      if (!line.startsWith('\u0001RESULT ')) return; // the skill's own logs
      firstResponseMs ??= performance.now() - started;
      results.push(JSON.parse(line.slice('\u0001RESULT '.length)));
      if (results.length < envelopes.length) {
        await between(results.length);
        child.stdin.write('next\n');
      }
    });
    child.on('exit', (code) => {
      if (code !== 0 || results.length !== envelopes.length) {
        reject(new Error(`bench child exited with ${code} after ${results.length} responses:\n${stderr}`));
      } else resolve({ firstResponseMs, results });
    });
  });
}

function timeNodeNoop() {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], { env: CHILD_ENV, stdio: 'ignore' });
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`node -e 0 exited ${code}`))));
  });
}

function speechOf(result) {
  return result.response.response?.outputSpeech?.ssml ?? '';
}

function expectSpeech(result, fragment, what) {
  if (!speechOf(result).includes(fragment)) {
    throw new Error(`${what}: expected speech containing "${fragment}", got ${JSON.stringify(speechOf(result))}`);
  }
}

// ---------------------------------------------------------------------------------------
// The local provider: the demo provider, with latency and a round counter in front of it
// ---------------------------------------------------------------------------------------

/*
 * Counts sequential round trips by causality, not by the clock: a request belongs to
 * round 1 + the highest round among the responses already sent when it arrived.
 */
function latencyRouter() {
  const state = { latencyMs: 0, rounds: 0, requests: 0, finishedRound: 0 };
  const router = async () => {
    const round = state.finishedRound + 1;
    state.rounds = Math.max(state.rounds, round);
    state.requests++;
    if (state.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, state.latencyMs));
    state.finishedRound = Math.max(state.finishedRound, round);
    return undefined; // the demo provider's Spotify routes answer
  };
  const reset = () => Object.assign(state, { rounds: 0, requests: 0, finishedRound: 0 });
  return { state, router, reset };
}

function benchLibrary(support) {
  const user = { id: 'bench-listener', displayName: 'Bench Listener' };
  const playlists = Array.from({ length: LIBRARY_SIZE }, (_, index) => ({
    id: support.sampleSpotifyId(`bench-${index}`),
    name: index === 449 ? TARGET_NAME : `Bench mix number ${index + 1}`,
    description: '',
    owner: user,
    public: false,
    collaborative: false,
    items: Array.from({ length: index % 7 }, (_, n) => ({
      type: 'track',
      id: support.sampleSpotifyId(`bench-${index}-${n}`),
      name: `Song ${n + 1}`,
      artists: ['Bench Band'],
      album: 'Bench',
      durationMs: 200_000,
      isLocal: false,
    })),
  }));
  return { user, playlists };
}

// ---------------------------------------------------------------------------------------
// The measurements
// ---------------------------------------------------------------------------------------

async function measureColdStarts(support, provider, counter) {
  const linked = { accessToken: support.DEMO_ACCESS_TOKEN };
  const launch = support.buildEnvelope(support.launchRequest(), linked);
  const list = support.buildEnvelope(support.intentRequest('ListPlaylistsIntent'), linked);
  const env = { SPOTIFY_API_URL: provider.apiUrl };
  const variants = {
    noop: { run: async () => ({ firstResponseMs: await timeNodeNoop() }) },
    helloLaunch: { run: () => runFresh(helloBundle, [launch], env), check: (r) => expectSpeech(r, 'Hello world', 'hello-world launch') },
    skillLaunch: {
      run: () => runFresh(skillBundle, [launch], env),
      check: (r) => expectSpeech(r, 'Welcome to Playlist Reader', 'skill launch'),
    },
    skillList: { run: () => runFresh(skillBundle, [list], env), check: (r) => expectSpeech(r, 'playlist', 'skill list') },
  };
  const times = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  const rss = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  counter.state.latencyMs = 0;
  // One discarded round warms the disk cache; then the variants take turns, so drift hits all alike.
  for (let run = -1; run < RUNS; run++) {
    for (const [name, variant] of Object.entries(variants)) {
      const outcome = await variant.run();
      if (outcome.results) variant.check(outcome.results[0]);
      if (run < 0) continue;
      times[name].push(outcome.firstResponseMs);
      if (outcome.results) rss[name].push(outcome.results[0].maxRssKiB);
    }
  }
  return { times: mapValues(times, median), rss: mapValues(rss, (values) => (values.length ? median(values) : undefined)) };
}

const mapValues = (object, fn) => Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value)]));

async function measureRoundTrips(support, provider, counter) {
  const linked = { accessToken: 'bench-token', userId: 'amzn1.ask.account.BENCH' };
  const lookup = support.buildEnvelope(
    support.intentRequest('PlaylistTrackCountIntent', { playlistName: 'midnight jazz collection' }),
    linked,
  );
  const env = { SPOTIFY_API_URL: provider.apiUrl };
  counter.state.latencyMs = LATENCY_MS;
  const cold = { rounds: [], requests: [], ms: [] };
  const warm = { rounds: [], requests: [], ms: [] };
  const rss = [];
  for (let run = 0; run < RUNS; run++) {
    counter.reset();
    const outcome = await runFresh(skillBundle, [lookup, lookup], env, async () => {
      cold.rounds.push(counter.state.rounds);
      cold.requests.push(counter.state.requests);
      counter.reset();
    });
    warm.rounds.push(counter.state.rounds);
    warm.requests.push(counter.state.requests);
    const [first, second] = outcome.results;
    for (const result of outcome.results) expectSpeech(result, TARGET_NAME, 'name lookup');
    cold.ms.push(first.handlerMs);
    warm.ms.push(second.handlerMs);
    rss.push(second.maxRssKiB);
  }
  counter.state.latencyMs = 0;
  const summary = (side) => ({ rounds: Math.max(...side.rounds), requests: median(side.requests), ms: median(side.ms) });
  return { cold: summary(cold), warm: summary(warm), rssKiB: median(rss) };
}

const WARM_SOURCE = `
const { performance } = require('node:perf_hooks');
const [bundle, axiosPath, configFile] = process.argv.slice(2);
const { handler } = require(bundle);
const axios = require(axiosPath);
const { envelopes, url, token, count } = JSON.parse(require('node:fs').readFileSync(configFile, 'utf8'));
(async () => {
  const skill = [], raw = [];
  for (let index = 0; index < count; index++) {
    let started = performance.now();
    const response = await handler(envelopes[index], {});
    skill.push(performance.now() - started);
    if (!JSON.stringify(response).includes('playlist')) throw new Error('unexpected answer ' + JSON.stringify(response));
    started = performance.now();
    await axios.get(url, { headers: { Authorization: 'Bearer ' + token } });
    raw.push(performance.now() - started);
  }
  process.stdout.write('\\u0001RESULT ' + JSON.stringify({ skill, raw }) + '\\n');
})().catch((error) => { console.error(error); process.exit(3); });
`;

async function measureWarmOverhead(support, provider, counter, logLevel) {
  counter.state.latencyMs = 0;
  const warmup = 20;
  const count = WARM_REQUESTS + warmup;
  // A new account per request: every request misses the cache and reaches the provider,
  // so this measures the skill's own cost around exactly one provider call.
  const envelopes = Array.from({ length: count }, (_, index) =>
    support.buildEnvelope(support.intentRequest('ListPlaylistsIntent'), {
      accessToken: `warm-token-${index}`,
      userId: `amzn1.ask.account.WARM${index}`,
    }),
  );
  counter.reset();
  provider.clearRequestLog();
  const probe = await runFresh(skillBundle, [envelopes[0]], { SPOTIFY_API_URL: provider.apiUrl });
  expectSpeech(probe.results[0], 'playlist', 'warm probe');
  const paths = provider.requestedPaths;
  if (paths.length !== 1) throw new Error(`a list request should make one provider call, made ${paths.length}: ${paths.join(', ')}`);
  const warmScript = join(work, 'warm.cjs');
  writeFileSync(warmScript, WARM_SOURCE);
  const axiosPath = createRequire(join(projectRoot, 'package.json')).resolve('axios');
  const config = { envelopes, url: provider.url + paths[0], token: 'warm-token-raw', count };
  const configFile = join(work, 'warm.json');
  writeFileSync(configFile, JSON.stringify(config));
  // Asynchronously: the provider answers from this process's event loop.
  const stdout = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [warmScript, skillBundle, axiosPath, configFile], {
      env: { ...CHILD_ENV, SPOTIFY_API_URL: provider.apiUrl, ...(logLevel ? { LOG_LEVEL: logLevel } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`warm bench exited with ${code}:\n${err}`))));
  });
  const line = stdout.split('\n').find((text) => text.startsWith('\u0001RESULT '));
  const { skill, raw } = JSON.parse(line.slice('\u0001RESULT '.length));
  const skillMs = median(skill.slice(warmup));
  const rawMs = median(raw.slice(warmup));
  return { skillMs, rawMs, overheadMs: skillMs - rawMs, ratio: skillMs / rawMs, providerPath: paths[0] };
}

// ---------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------

function machine() {
  const cores = cpus();
  return {
    node: process.version,
    cores: cores.length,
    cpu: cores[0]?.model?.trim() ?? 'unknown',
    platform: `${process.platform} ${process.arch}`,
  };
}

function report(figures) {
  const { sizes, cold, round, warm, warmQuiet, env, date, seconds } = figures;
  const met = (ok) => (ok ? 'met' : '**not met**');
  const targets = [
    [
      'cold start for a launch',
      '≤ 1.15× hello-world',
      ratio(cold.times.skillLaunch / cold.times.helloLaunch),
      cold.times.skillLaunch / cold.times.helloLaunch <= 1.15,
    ],
    ['bundle', '≤ 200 KB (minified)', `${(sizes.bundle / 1000).toFixed(1)} KB`, sizes.bundle <= 200_000],
    ['name lookup, cold', '≤ 2 sequential round trips', String(round.cold.rounds), round.cold.rounds <= 2],
    ['name lookup, warm', '0 round trips', String(round.warm.rounds), round.warm.rounds === 0],
    ['warm overhead', '≤ 1.2× the raw provider call', ratio(warm.ratio), warm.ratio <= 1.2],
  ];
  const rows = [
    ['Bundle', '`dist/lambda/index.js`', `${sizes.bundle} B (${kb(sizes.bundle)})`, `hello-world: ${sizes.hello} B`],
    ['Bundle', 'gzipped', `${sizes.bundleGzip} B (${kb(sizes.bundleGzip)})`, `hello-world: ${sizes.helloGzip} B`],
    ['Bundle', 'deploy zip (`hooks/build.sh`)', `${sizes.zip} B (${kb(sizes.zip)})`, ''],
    ['Cold start', '`node -e 0` (process start and exit)', ms(cold.times.noop), '1.00× node'],
    ['Cold start', 'hello-world bundle, launch', ms(cold.times.helloLaunch), `${ratio(cold.times.helloLaunch / cold.times.noop)} node`],
    [
      'Cold start',
      'skill, launch',
      ms(cold.times.skillLaunch),
      `${ratio(cold.times.skillLaunch / cold.times.helloLaunch)} hello-world, ${ratio(cold.times.skillLaunch / cold.times.noop)} node`,
    ],
    [
      'Cold start',
      'skill, list request (local provider)',
      ms(cold.times.skillList),
      `${ratio(cold.times.skillList / cold.times.helloLaunch)} hello-world, ${ratio(cold.times.skillList / cold.times.noop)} node`,
    ],
    ['Warm', 'raw axios GET to the local provider', ms(warm.rawMs), ''],
    ['Warm', 'skill list request (one provider call)', ms(warm.skillMs), `${ratio(warm.ratio)} raw, +${ms(warm.overheadMs)} overhead`],
    [
      'Warm',
      'the same with `LOG_LEVEL=silent` (no request/response log lines)',
      ms(warmQuiet.skillMs),
      `${ratio(warmQuiet.ratio)} raw (${ms(warmQuiet.rawMs)}), +${ms(warmQuiet.overheadMs)} overhead`,
    ],
    [
      'Round trips',
      `name lookup, ${LIBRARY_SIZE} playlists, ${LATENCY_MS} ms latency, cold`,
      `${round.cold.rounds} sequential (${round.cold.requests} requests)`,
      `${ms(round.cold.ms)} in the handler`,
    ],
    [
      'Round trips',
      'same lookup again, warm (same container, cache filled)',
      `${round.warm.rounds} sequential (${round.warm.requests} requests)`,
      `${ms(round.warm.ms)} in the handler`,
    ],
    ['Memory', 'peak RSS, hello-world launch', mib(cold.rss.helloLaunch), ''],
    ['Memory', 'peak RSS, skill launch', mib(cold.rss.skillLaunch), ''],
    ['Memory', 'peak RSS, skill list request', mib(cold.rss.skillList), ''],
    ['Memory', `peak RSS, two lookups in a ${LIBRARY_SIZE}-playlist library`, mib(round.rssKiB), ''],
  ];

  const table = (header, body) =>
    [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...body.map((row) => `| ${row.join(' | ')} |`)].join('\n');

  const launchRatio = cold.times.skillLaunch / cold.times.helloLaunch;
  const unmet = [];
  if (launchRatio > 1.15) {
    unmet.push(`- **Cold start for a launch: ${ratio(launchRatio)}, not ≤ 1.15×.** The gap is ${ms(cold.times.skillLaunch - cold.times.helloLaunch)}.
  It is borderline: on this shared 2-core machine, five runs on 2026-11-24 gave between 1.14× and 1.21×.
  The provider clients and axios are no longer parsed at load (they ship as a compressed string compiled on first
  use), and node:crypto loads only when the cache is first used. What remains, from a CPU profile of one cold
  process: compiling the skill's own code (handlers, three locales, matching, APL, logging: about twice the
  hello world's bytes), ask-sdk-core's dispatch of a real interceptor chain, and the two log lines of the first
  request. Closing the last few milliseconds would mean deferring parts of the skill itself behind the same
  string trick, which trades readability for little; on Lambda's Node 22, \`module.enableCompileCache()\` helps warm
  re-inits but not a first cold start.`);
  }
  if (warm.ratio > 1.2) {
    unmet.push(`- **Warm overhead: ${ratio(warm.ratio)}, not ≤ 1.2×.** The overhead is a fixed ${ms(warm.overheadMs)} a request
  (${ms(warmQuiet.overheadMs)} with logging off): ask-sdk's dispatch of the interceptors and handlers, the two
  summary log lines, the cache key's SHA-256, and \`AbortSignal.timeout\` for the request's deadline. The local provider answers a raw GET in ${ms(warm.rawMs)}, so a fixed sub-millisecond
  cost is a large ratio; against Spotify's real latency (tens of ms) the same overhead is a few percent.
  A ratio on loopback is what the issue asks for, so this target is reported as not met.`);
  }

  const figuresTable = table(['', 'what', 'median', 'compared'], rows);
  const targetTable = table(
    ['target', 'goal', 'measured', ''],
    targets.map(([name, goal, value, ok]) => [name, goal, value, met(ok)]),
  );
  const markdown = `# Benchmarks

Measured ${date} on ${env.cpu} (${env.cores} cores, ${env.platform}), Node ${env.node}.
Medians of ${RUNS} runs for each cold-start and round-trip figure, and of ${WARM_REQUESTS} requests for the warm figures; the whole run took ${seconds.toFixed(0)} s.

## Reproduce

\`\`\`sh
npm ci
npm run bench          # BENCH_RUNS=30 npm run bench for more runs
\`\`\`

The bench builds the skill with \`npm run build\`, the deploy zip with \`hooks/build.sh\`, and an ask-sdk-core
"hello world" skill (one handler that says "Hello world") with the same esbuild settings
(\`scripts/lambdaBundle.mjs\`). The provider is the demo provider (\`src/local/demoProvider.ts\`) on 127.0.0.1.

- **Cold start** is the time from spawning a new \`node\` process to the first response the bundle returns,
  for a linked launch and for a linked "list my playlists" against the local provider; \`node -e 0\` is
  spawn to exit. The variants take turns, run after run.
- **Warm** requests run in one process, alternating a skill list request and a raw \`axios.get\` of the same
  provider URL (\`${warm.providerPath}\`). Each skill request comes from a new account, so it misses the
  cache and makes exactly one provider call; the overhead is the difference of the medians.
- **Round trips**: ${LIBRARY_SIZE} playlists, ${LATENCY_MS} ms added before every provider response, and "how many songs are on
  ${TARGET_NAME}" (the 450th playlist). A round is counted by causality: a request belongs to one round more than
  the latest response already sent when it arrived. Cold is a new process; warm is the same question again in that
  process, within the cache's 60 s lifetime. Rounds are the worst of the runs; times are medians of the handler's own time.
- **Memory** is \`process.resourceUsage().maxRSS\` in the child after its last response.

## Targets

${targetTable}

${unmet.length ? `### Not met, and why\n\n${unmet.join('\n')}\n` : 'Every target is met.\n'}
## Figures

${figuresTable}

## What made the bundle small and the launch fast

- \`scripts/lambdaBundle.mjs\` replaces four packages the skill never runs with stubs of a few lines:
  \`form-data\` (and through it \`mime-db\`, 137 KB), \`follow-redirects\` (axios uses it only when
  \`maxRedirects > 0\`; the skill sets 0), \`debug\`, and the runtime of \`ask-sdk-model\` (only the Alexa
  service clients, which ask-sdk-core builds only for a skill with \`withApiClient\`). Each stub throws a
  message naming that file if it is ever reached. The bundle went from about 384 KiB to the figure above.
- The provider clients, and axios with them, are built into a brotli-compressed string inside the bundle and
  compiled on the first request that needs a provider (\`scripts/lambdaBundle.mjs\`, \`src/skill/providers/lazyProvider.ts\`):
  a launch never parses them. \`errors.ts\` is shared across that boundary, so typed errors still map to answers.
- Logs are summary lines at \`info\` (the redacted envelope only at \`debug\`), written straight to the stream.
- Name lookups read the first page, then all other pages at once; answers are cached per container
  for 60 s under a SHA-256 of the user ID and token (\`src/skill/providers/playlistCache.ts\`,
  \`src/skill/providers/cachedProvider.ts\`).
`;
  return { markdown, figuresTable, targetTable };
}

// ---------------------------------------------------------------------------------------

const startedAt = performance.now();
let provider;
try {
  writeFileSync(runner, RUNNER_SOURCE);
  process.stdout.write('building…\n');
  await buildEverything();
  const sizes = {
    bundle: statSync(skillBundle).size,
    bundleGzip: gzipSync(readFileSync(skillBundle)).length,
    hello: statSync(helloBundle).size,
    helloGzip: gzipSync(readFileSync(helloBundle)).length,
    zip: zipSize(),
  };
  const support = createRequire(import.meta.url)(join(work, 'support.cjs'));
  const counter = latencyRouter();
  provider = await support.startDemoProvider({ library: benchLibrary(support), acceptsToken: () => true, routers: [counter.router] });

  process.stdout.write(`cold starts (${RUNS} runs of each)…\n`);
  const cold = await measureColdStarts(support, provider, counter);
  process.stdout.write(`warm requests (${WARM_REQUESTS})…\n`);
  const warm = await measureWarmOverhead(support, provider, counter);
  const warmQuiet = await measureWarmOverhead(support, provider, counter, 'silent');
  process.stdout.write(`round trips (${RUNS} runs)…\n`);
  const round = await measureRoundTrips(support, provider, counter);

  const date = new Date().toISOString().slice(0, 10);
  const { markdown, figuresTable, targetTable } = report({
    sizes,
    cold,
    round,
    warm,
    warmQuiet,
    env: machine(),
    date,
    seconds: (performance.now() - startedAt) / 1000,
  });
  writeFileSync(join(projectRoot, 'BENCHMARKS.md'), markdown);
  process.stdout.write(`\n${figuresTable}\n\n${targetTable}\n\nwrote BENCHMARKS.md\n`);
} finally {
  await provider?.close();
  rmSync(work, { recursive: true, force: true });
}
