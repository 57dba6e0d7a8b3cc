// The memory's part of `npm run bench` (called once from bench.mjs): a name lookup in a new
// container, cold (the person never asked) and remembered (they asked before, in another
// container, and the DynamoDB table kept the index). Each side is a new process on the built
// bundle, with PERSISTENCE_TABLE set and an embedded dynalite table behind
// AWS_ENDPOINT_URL_DYNAMODB; the AWS SDK comes from node_modules on NODE_PATH, as the
// nodejs22.x runtime provides it on Lambda. Appends its section to BENCHMARKS.md.
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const projectRequire = createRequire(join(projectRoot, 'package.json'));
// The Lambda runtime is Node 22; on an older local Node the SDK would print a support warning into the report.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const TABLE = 'playlist-reader-bench-memory';
const QUESTION = { intent: 'PlaylistTrackCountIntent', playlistName: 'midnight jazz collection', answer: 'Midnight Jazz Collection' };

async function startTable() {
  const dynalite = projectRequire('dynalite');
  const { DynamoDBClient, CreateTableCommand } = projectRequire('@aws-sdk/client-dynamodb');
  const server = dynalite({ createTableMs: 0 });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${server.address().port}`;
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  await client.send(
    new CreateTableCommand({
      TableName: TABLE,
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  client.destroy();
  return { endpoint, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))) };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * @param {object} bench what bench.mjs already has: its support module, `runFresh`, the built
 *   bundle, the latency-injecting bench provider and its round counter, the number of runs, the latency
 */
export async function benchMemory({ support, runFresh, skillBundle, provider, counter, runs, latencyMs }) {
  const table = await startTable();
  const env = {
    SPOTIFY_API_URL: provider.apiUrl,
    PERSISTENCE_TABLE: TABLE,
    AWS_ENDPOINT_URL_DYNAMODB: table.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    NODE_PATH: join(projectRoot, 'node_modules'),
  };
  const sides = { cold: { rounds: [], requests: [], ms: [] }, remembered: { rounds: [], requests: [], ms: [] } };
  try {
    counter.state.latencyMs = latencyMs;
    for (let run = 0; run < runs; run++) {
      // A new person each run, so "cold" really is their first question.
      const envelope = support.buildEnvelope(support.intentRequest(QUESTION.intent, { playlistName: QUESTION.playlistName }), {
        accessToken: 'bench-token',
        userId: `amzn1.ask.account.BENCHMEMORY${run}`,
      });
      for (const side of ['cold', 'remembered']) {
        counter.reset();
        const { results } = await runFresh(skillBundle, [envelope], env);
        const ssml = results[0].response.response?.outputSpeech?.ssml ?? '';
        if (!ssml.includes(QUESTION.answer)) throw new Error(`memory bench (${side}): unexpected answer ${ssml}`);
        sides[side].rounds.push(counter.state.rounds);
        sides[side].requests.push(counter.state.requests);
        sides[side].ms.push(results[0].handlerMs);
      }
    }
  } finally {
    counter.state.latencyMs = 0;
    await table.close();
  }
  const row = (label, side) => `| ${label} | ${Math.max(...side.rounds)} | ${median(side.requests)} | ${median(side.ms).toFixed(1)} ms |`;
  const markdown = `
## Memory: a lookup in a new container

Each figure is a new process on the built bundle (a cold start), with \`PERSISTENCE_TABLE\` set and an
embedded dynalite table on this machine; the provider answers after ${latencyMs} ms, the 500-playlist
library is the one above, and the question is "how many songs are in midnight jazz collection".
Medians of ${runs} runs; round trips are the most seen in any run.

| new container | provider round trips | provider requests | answer, in the handler |
| --- | --- | --- | --- |
${row('cold: the person never asked', sides.cold)}
${row('remembered: asked before, in another container', sides.remembered)}

The remembered lookup reads the person's playlist index from the table (one GetItem, well under a
millisecond here; a few milliseconds in-region on DynamoDB) and goes straight to the playlist's items.
`;
  appendFileSync(join(projectRoot, 'BENCHMARKS.md'), markdown);
  process.stdout.write(`${markdown}\n`);
  return sides;
}
