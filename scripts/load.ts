/*
 * npm run load: drives the skill through the local HTTP stack (POST /alexa on express, the
 * same handlers `npm start` serves) against the demo provider, and prints latency, errors
 * and memory. A script that prints figures, never a test: this machine is shared and noisy.
 */
import express from 'express';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Request } from 'ask-sdk-model';
import { alexaEndpointHandlers } from '../src/local/alexaEndpoint';
import { DEMO_ACCESS_TOKEN, startDemoProvider } from '../src/local/demoProvider';
import { buildEnvelope, intentRequest, launchRequest } from '../src/local/requestEnvelope';
import { setLogLevel } from '../src/skill/logging/logger';
import { spotifyBinding } from '../src/skill/providers/spotify/spotifyBinding';
import { buildSkill } from '../src/skill/skill';

const TOTAL = Number(process.env.LOAD_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY ?? 50);
const WARM_UP = 500;
/** Distinct listeners, so that the cache sees misses as well as hits and its bound is exercised. */
const USERS = 800;

const REQUESTS: Array<() => Request> = [
  () => launchRequest(),
  () => intentRequest('ListPlaylistsIntent'),
  () => intentRequest('AMAZON.MoreIntent'),
  () => intentRequest('PlaylistContentsIntent', { playlistName: 'rock and roll' }),
  () => intentRequest('PlaylistTrackCountIntent', { playlistName: 'road trip' }),
  () => intentRequest('AMAZON.HelpIntent'),
];

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const change = (bytes: number) => `${bytes >= 0 ? '+' : '-'}${megabytes(Math.abs(bytes))}`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function post(agent: http.Agent, port: number, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/alexa',
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** An answer counts as an error unless it is a 200 with speech that is not an apology. */
function isError(status: number, body: string): boolean {
  if (status !== 200) return true;
  let envelope: { response?: { outputSpeech?: { ssml?: unknown } } } | null;
  try {
    envelope = JSON.parse(body) as typeof envelope;
  } catch {
    return true;
  }
  const speech = envelope?.response?.outputSpeech?.ssml;
  return typeof speech !== 'string' || speech === '' || /Sorry/.test(speech);
}

async function main(): Promise<void> {
  setLogLevel('silent');
  const demo = await startDemoProvider();
  const skill = buildSkill({ accountLinking: 'required' }, spotifyBinding(demo.apiUrl));
  const app = express();
  // Verification off, as with --insecure-local: there is no Amazon signature to check here.
  app.post('/alexa', ...alexaEndpointHandlers(skill, { insecureLocal: true }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

  let latencies: number[] = [];
  let errors = 0;
  let next = 0;
  let total = 0;

  async function worker(): Promise<void> {
    while (next < total) {
      const index = next++;
      const envelope = buildEnvelope(REQUESTS[index % REQUESTS.length](), {
        accessToken: DEMO_ACCESS_TOKEN,
        userId: `amzn1.ask.account.LOAD${index % USERS}`,
      });
      const sent = performance.now();
      try {
        const { status, body } = await post(agent, port, JSON.stringify(envelope));
        if (isError(status, body)) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - sent);
    }
  }
  async function run(count: number): Promise<void> {
    next = 0;
    total = count;
    latencies = [];
    errors = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  }

  // A first round warms the JIT, the sockets and the cache, so that "before" is a fair baseline.
  await run(WARM_UP);
  global.gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  await run(TOTAL);
  const wallMs = performance.now() - started;
  global.gc?.();
  const after = process.memoryUsage();

  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
  await demo.close();

  latencies.sort((a, b) => a - b);
  const rows: Array<[string, string]> = [
    ['requests', `${TOTAL}, ${CONCURRENCY} at a time, ${REQUESTS.length} kinds, ${USERS} listeners`],
    ['throughput', `${((TOTAL / wallMs) * 1000).toFixed(0)} requests/s`],
    ['latency p50', `${percentile(latencies, 50).toFixed(1)} ms`],
    ['latency p99', `${percentile(latencies, 99).toFixed(1)} ms`],
    ['errors', String(errors)],
    ['resident memory before', `${megabytes(before.rss)} (after ${WARM_UP} warm-up requests)`],
    ['resident memory after', `${megabytes(after.rss)} (${change(after.rss - before.rss)})`],
    ['JS heap committed before / after', `${megabytes(before.heapTotal)} / ${megabytes(after.heapTotal)}`],
    [
      'external before / after',
      `${megabytes(before.external)} / ${megabytes(after.external)} (array buffers ${megabytes(after.arrayBuffers)})`,
    ],
    [
      'JS heap before / after',
      `${megabytes(before.heapUsed)} / ${megabytes(after.heapUsed)} (${change(after.heapUsed - before.heapUsed)})`,
    ],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`Load: POST /alexa on 127.0.0.1 against the demo provider (node ${process.version})`);
  for (const [name, value] of rows) console.log(`  ${name.padEnd(width)}  ${value}`);
  process.exitCode = errors === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
