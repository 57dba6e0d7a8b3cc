// `npm run bench`: measures what `npm run build` wrote to dist/lambda beside an ask-sdk-core hello world
// (one LaunchRequest handler) built with the same lambdaBuildOptions() in the same run, and prints one
// table. It asserts nothing: timings on a shared machine are figures, not verdicts.
//
//   npm run build && npm run bench       # BENCH_RUNS=200 for more cold starts (default 100)
//   BENCH_INSTRUCTIONS=0 npm run bench   # without the callgrind count (about a minute)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { lambdaBuildOptions } from './lambdaBundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'lambda');
const skill = join(dist, 'index.js');
const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 100));
const TRIP_RUNS = 10;
const LATENCY_MS = 50; // before every answer of the provider and the table, so that rounds can be told apart
const work = mkdtempSync(join(tmpdir(), 'playlist-reader-bench-'));
const hello = join(work, 'hello', 'index.js');
const runner = join(work, 'runner.cjs');
const projectRequire = createRequire(join(root, 'package.json'));
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'; // Lambda runs Node 22; this may be 20
// Children get a bare environment: an inherited NODE_EXTRA_CA_CERTS alone costs tens of ms at start-up.
const CHILD_ENV = { PATH: process.env.PATH ?? '', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const x = (value) => `${value.toFixed(2)}×`;

const HELLO_WORLD = `
  const skill = require('ask-sdk-core').SkillBuilders.custom().addRequestHandlers({
    canHandle: (input) => input.requestEnvelope.request.type === 'LaunchRequest',
    handle: (input) => input.responseBuilder.speak('Hello world').getResponse(),
  }).create();
  exports.handler = (event, context) => skill.invoke(event, context);`;

// The child: loads a bundle, answers the envelopes in argv, and reads a line of stdin before each but the first.
const RUNNER = `
const [bundle, envelopes] = [process.argv[2], JSON.parse(process.argv[3])];
const lines = require('node:readline').createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const { handler } = require(bundle);
(async () => {
  for (let index = 0; index < envelopes.length; index++) {
    if (index > 0) await lines.next();
    const response = await handler(envelopes[index], {});
    process.stdout.write('\\u0001RESULT ' + JSON.stringify([process.cpuUsage(), response]) + '\\n');
  }
  process.exit(0);
})().catch((error) => { console.error(error); process.exit(3); });`;

/** A new process on `bundle`, sent `envelopes` one by one (`between` runs in between); `ms` is spawn to first response. */
function runFresh(bundle, envelopes, env, answer, between = () => {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const args = [runner, bundle, JSON.stringify(envelopes)];
    const child = spawn(process.execPath, args, { env: { ...CHILD_ENV, ...env }, stdio: 'pipe' });
    const speech = [];
    let [ms, cpuMs, stderr] = [0, 0, ''];
    child.stderr.on('data', (chunk) => (stderr += chunk));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('\u0001RESULT ')) return; // the skill's own log lines
      const [cpu, response] = JSON.parse(line.slice(8));
      ms ||= performance.now() - started;
      cpuMs ||= (cpu.user + cpu.system) / 1000;
      speech.push(response.response?.outputSpeech?.ssml ?? '');
      if (speech.length < envelopes.length) between();
      if (speech.length < envelopes.length) child.stdin.write('next\n');
    });
    child.on('exit', (code) => {
      const wrong = speech.find((ssml) => !answer.test(ssml));
      if (code !== 0 || speech.length < envelopes.length) reject(new Error(`bench child exited with ${code}:\n${stderr}`));
      else if (wrong !== undefined) reject(new Error(`expected speech matching ${answer}, got ${JSON.stringify(wrong)}`));
      else resolve({ ms, cpuMs });
    });
  });
}

/*
 * Sequential round trips, counted by causality rather than by the clock: a request is one round
 * more than the latest round already answered when it arrived. `provider` counts the provider's
 * requests, `all` those of the provider and the memory table together.
 */
const counted = {};
const resetCounted = () => ['provider', 'all'].forEach((name) => (counted[name] = { rounds: 0, requests: 0, answered: 0 }));
async function roundTrip(names) {
  const rounds = names.map((name) => counted[name].answered + 1);
  names.forEach((name, at) => (counted[name].requests++, (counted[name].rounds = Math.max(counted[name].rounds, rounds[at]))));
  await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
  names.forEach((name, at) => (counted[name].answered = Math.max(counted[name].answered, rounds[at])));
}

/** dynalite, the DynamoDB-compatible server the tests use, with one table, and the latency and the count in front. */
async function startMemoryTable(TableName) {
  const server = projectRequire('dynalite')({ createTableMs: 0 });
  const [answer] = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (request, response) => roundTrip(['all']).then(() => answer(request, response)));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${server.address().port}`;
  const { DynamoDBClient, CreateTableCommand } = projectRequire('@aws-sdk/client-dynamodb');
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const [id, BillingMode] = [{ AttributeName: 'id' }, 'PAY_PER_REQUEST'];
  const key = { KeySchema: [{ ...id, KeyType: 'HASH' }], AttributeDefinitions: [{ ...id, AttributeType: 'S' }] };
  await client.send(new CreateTableCommand({ TableName, ...key, BillingMode }));
  client.destroy();
  return { endpoint, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))) };
}

/** A launch in CPU instructions under callgrind, less those of a bundle that does nothing: the machine's load does not move them. */
function instructions(bundle, envelope) {
  const args = ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', '--predictable'];
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', [...args, runner, bundle, JSON.stringify([envelope])], { env: CHILD_ENV, stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => {
      const collected = /Collected : (\d+)/.exec(stderr);
      if (code === 0 && collected) resolve(Number(collected[1]));
      else reject(new Error(`callgrind exited with ${code}:\n${stderr.slice(-2000)}`));
    });
  });
}

const closers = [];
try {
  if (!existsSync(skill)) throw new Error('no dist/lambda/index.js: run `npm run build` first');
  const commit = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: root, encoding: 'utf8' }).stdout?.trim() || 'unknown';
  writeFileSync(runner, RUNNER);
  writeFileSync(join(work, 'nothing.js'), `exports.handler = async () => ({ version: '1.0', response: {} });`);
  const helloSource = { resolveDir: root, loader: 'js', sourcefile: 'hello-world.js', contents: HELLO_WORLD };
  const contents = `export * from './src/local/demoProvider'; export * from './src/local/requestEnvelope';
    export { sampleSpotifyId } from './src/local/sampleLibrary';`;
  await Promise.all([
    build(lambdaBuildOptions({ stdin: helloSource, entryPoints: undefined, outdir: undefined, outfile: hello })),
    build({ stdin: { resolveDir: root, loader: 'ts', contents }, outfile: join(work, 'support.cjs'), bundle: true, platform: 'node' }),
  ]);
  const s = createRequire(import.meta.url)(join(work, 'support.cjs'));
  const linked = { accessToken: s.DEMO_ACCESS_TOKEN };

  // The demo library as `npm start` serves it; and 500 playlists, with the latency and the count in front.
  const demo = await s.startDemoProvider();
  closers.push(demo);
  const owner = { id: 'bench-listener', displayName: 'Bench Listener' };
  const song = (n) => ({ type: 'track', id: s.sampleSpotifyId(`song-${n}`), name: `Song ${n}`, artists: ['Band'], album: 'Bench' });
  const playlists = Array.from({ length: 500 }, (_, index) => ({
    ...{ id: s.sampleSpotifyId(`bench-${index}`), description: '', owner, public: false, collaborative: false },
    ...(index === 449
      ? { name: 'Midnight Jazz Collection', items: [1, 2, 3].map((n) => ({ ...song(n), durationMs: 200_000, isLocal: false })) }
      : { name: `Bench mix number ${index + 1}`, items: [] }),
  }));
  const routers = [() => roundTrip(['provider', 'all'])];
  const big = await s.startDemoProvider({ library: { user: owner, playlists }, acceptsToken: () => true, routers });
  closers.push(big);

  // Cold starts: the variants take turns, in an order that rotates every run; two discarded runs warm the disk cache.
  process.stdout.write(`cold starts, ${RUNS} runs of each…\n`);
  const count = (playlistName) => s.intentRequest('PlaylistTrackCountIntent', { playlistName });
  const variants = [
    ['hello', hello, s.launchRequest, /Hello world/],
    ['launch', skill, s.launchRequest, /Welcome to Playlist Reader/],
    ['oneShot', skill, () => count('rock and roll'), /Rock &amp; Roll has \d+ songs/],
  ];
  const times = { hello: [], launch: [], oneShot: [] };
  for (let run = -2; run < RUNS; run++) {
    for (let turn = 0; turn < variants.length; turn++) {
      const [name, bundle, request, answer] = variants[(turn + run + 2) % variants.length];
      const envelope = s.buildEnvelope(request(), linked);
      const measured = await runFresh(bundle, [envelope], { SPOTIFY_API_URL: demo.apiUrl }, answer);
      if (run >= 0) times[name].push(measured);
    }
  }

  // A name in the 500 playlists: cold in a new process, then warm, the same question again in that process.
  process.stdout.write(`round trips, ${TRIP_RUNS} runs of each…\n`);
  const lookup = (userId) => s.buildEnvelope(count('midnight jazz collection'), { accessToken: 'bench', userId });
  const found = /Midnight Jazz Collection/;
  const trips = { cold: [], warm: [], asked: [], askedProvider: [] };
  const note = (side, name = 'provider') => (trips[side].push({ ...counted[name] }), resetCounted());
  for (let run = 0; run < TRIP_RUNS; run++) {
    resetCounted();
    const envelopes = [lookup('amzn1.ask.account.BENCH'), lookup('amzn1.ask.account.BENCH')];
    await runFresh(skill, envelopes, { SPOTIFY_API_URL: big.apiUrl }, found, () => note('cold'));
    note('warm');
  }

  // With the memory table: one new container asks the name for the first time, then another asks it again.
  const table = await startMemoryTable('playlist-reader-bench');
  closers.push(table);
  const memoryEnv = {
    ...{ SPOTIFY_API_URL: big.apiUrl, PERSISTENCE_TABLE: 'playlist-reader-bench', AWS_ENDPOINT_URL_DYNAMODB: table.endpoint },
    ...{ AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' },
    NODE_PATH: join(root, 'node_modules'), // the AWS SDK, which Lambda's runtime provides
  };
  for (let run = 0; run < TRIP_RUNS; run++) {
    const envelope = lookup(`amzn1.ask.account.BENCHMEMORY${run}`);
    await runFresh(skill, [envelope], memoryEnv, found);
    resetCounted();
    await runFresh(skill, [envelope], memoryEnv, found);
    trips.askedProvider.push({ ...counted.provider });
    note('asked', 'all');
  }

  const valgrind = process.env.BENCH_INSTRUCTIONS !== '0' && spawnSync('valgrind', ['--version']).status === 0;
  if (valgrind) process.stdout.write('a launch under callgrind…\n');
  const launch = s.buildEnvelope(s.launchRequest(), linked);
  const counts = valgrind ? await Promise.all([join(work, 'nothing.js'), hello, skill].map((b) => instructions(b, launch))) : [];
  const [helloCount, skillCount] = counts.slice(1).map((counted) => counted - counts[0]);

  const shipped = readdirSync(dist).reduce((sum, file) => sum + (file.endsWith('.js') ? statSync(join(dist, file)).size : 0), 0);
  const helloBytes = statSync(hello).size;
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
  const ms = (name) => `${median(times[name].map((time) => time.ms)).toFixed(1)} ms`;
  // The median of each run's ratio to the hello world of the same run; the same for each half (how far it moves within a
  // run); and for the child's CPU time up to its first response, which waiting for a busy core does not inflate.
  const of = (name, from = 0, to = RUNS, key = 'ms') =>
    median(times[name].slice(from, to).map((t, at) => t[key] / times.hello[from + at][key]));
  const cold = (name) =>
    `${x(of(name))} (halves ${x(of(name, 0, RUNS >> 1))}, ${x(of(name, RUNS >> 1))}; CPU ${x(of(name, 0, RUNS, 'cpuMs'))})`;
  const rounds = (side) => trips[side].map((trip) => trip.rounds);
  const worst = (side) => Math.max(...rounds(side));
  const trip = (side) => `${mean(rounds(side)).toFixed(1)} (worst ${worst(side)}; requests: ${median(trips[side].map((t) => t.requests))})`;
  const rows = [
    ['cold launch', ms('launch'), ms('hello'), cold('launch'), '≤ 1.35×', of('launch') <= 1.35],
    ['cold one-shot', ms('oneShot'), ms('hello'), cold('oneShot'), '≤ 1.8×', of('oneShot') <= 1.8],
    ['shipped JavaScript', kb(shipped), kb(helloBytes), x(shipped / helloBytes), '≤ 240 KB', shipped <= 240_000],
    ['name lookup, cold', trip('cold'), '—', '', '≤ 2', worst('cold') <= 2],
    ['name lookup, warm', trip('warm'), '—', '', '0', worst('warm') === 0],
    ['asked before, new container, table', trip('asked'), '—', '', '≤ 1.8', mean(rounds('asked')) <= 1.8],
    ['the same, provider alone', trip('askedProvider'), '—', '', '≤ 1.8', mean(rounds('askedProvider')) <= 1.8],
  ];
  const millions = (count) => `${(count / 1e6).toFixed(1)} M`;
  if (valgrind) rows.push(['launch, instructions', millions(skillCount), millions(helloCount), x(skillCount / helloCount), '', '']);
  const line = (cells) => `| ${cells.map((cell) => (cell === true ? 'met' : cell === false ? '**not met**' : cell)).join(' | ')} |`;
  const head = ['figure', 'skill', 'hello world', 'ratio', 'target', ''];
  const machine = `nproc ${execFileSync('nproc', { encoding: 'utf8' }).trim()}, node ${process.version}, load ${loadavg()[0].toFixed(1)}`;
  process.stdout.write(`\n${new Date().toISOString().slice(0, 10)}, commit ${commit}, ${machine}; cold starts: medians of ${RUNS} runs`);
  process.stdout.write(`; round trips: ${TRIP_RUNS} runs, ${LATENCY_MS} ms before every answer\n\n`);
  process.stdout.write(`${[head, head.map(() => '---'), ...rows].map(line).join('\n')}\n`);
} finally {
  await Promise.all(closers.map((closer) => closer.close()));
  rmSync(work, { recursive: true, force: true });
}
