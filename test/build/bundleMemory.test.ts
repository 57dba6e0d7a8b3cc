import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DEMO_ACCESS_TOKEN, DemoProvider, startDemoProvider } from '../../src/local/demoProvider';
import { LocalMemoryTable, startLocalMemoryTable } from '../../src/local/localMemoryTable';
import { buildEnvelope, intentRequest } from '../../src/local/requestEnvelope';
import { buildIntoEmptyFolder } from './builtBundle';

/*
 * The built Lambda and its memory: the AWS SDK is not in the bundle, and with PERSISTENCE_TABLE
 * set the bundle loads it from the runtime (here: this project's node_modules on NODE_PATH,
 * standing in for the nodejs22.x runtime's copy) and reaches the table the SDK's own
 * AWS_ENDPOINT_URL_DYNAMODB names. Each run is a new process: a cold start, a new container.
 */

const root = path.resolve(__dirname, '../..');
let isolatedDir: string;
const BUNDLE_SCRIPT = `require('./index.js').handler(JSON.parse(process.argv[1]), { awsRequestId: 'test-request' }).then(r => console.log('RESULT ' + JSON.stringify(r)), e => { console.error(e.message); process.exit(3); })`;

beforeAll(() => {
  // A folder of its own: other suites build dist/lambda at the same time.
  isolatedDir = buildIntoEmptyFolder();
}, 60_000);
afterAll(() => rmSync(isolatedDir, { recursive: true, force: true }));

const speechOf = (result: string | undefined) =>
  (JSON.parse(result ?? '{}') as { response?: { outputSpeech?: { ssml?: string } } }).response?.outputSpeech?.ssml;

function runBundle(envelope: unknown, env: Record<string, string>): Promise<{ result?: string; stderr: string; status: number }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-e', BUNDLE_SCRIPT, JSON.stringify(envelope)],
      { cwd: isolatedDir, env: { PATH: process.env.PATH ?? '', NODE_PATH: '', ...env } },
      (error, stdout, stderr) => {
        const line = stdout.split('\n').find((candidate) => candidate.startsWith('RESULT '));
        resolve({ result: line?.slice('RESULT '.length), stderr, status: error ? Number(error.code) || 1 : 0 });
      },
    );
  });
}

describe('the bundle holds no AWS SDK', () => {
  const shipped = () => readdirSync(isolatedDir).filter((file) => file.endsWith('.js'));

  it('only requires it by name', () => {
    const code = shipped().map((file) => readFileSync(path.join(isolatedDir, file), 'utf8'));
    const all = code.join('\n');
    expect(all).toContain('require("@aws-sdk/client-dynamodb")');
    // Code from inside the SDK or its Smithy runtime would carry these.
    expect(all).not.toMatch(/ProvisionedThroughputExceededException|@smithy\/|NodeHttpHandler|SignatureV4/);
  });
});

describe('the bundle with PERSISTENCE_TABLE, on a DynamoDB endpoint', () => {
  let table: LocalMemoryTable;
  let demo: DemoProvider;
  beforeAll(async () => {
    table = await startLocalMemoryTable();
    demo = await startDemoProvider();
  });
  afterAll(async () => {
    await demo.close();
    await table.close();
  });

  const memoryEnv = () => ({
    PERSISTENCE_TABLE: table.tableName,
    AWS_ENDPOINT_URL_DYNAMODB: table.endpoint,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    SPOTIFY_API_URL: demo.apiUrl,
  });
  const whatsOn = () =>
    buildEnvelope(intentRequest('PlaylistContentsIntent', { playlistName: 'rock and roll' }), {
      accessToken: DEMO_ACCESS_TOKEN,
      userId: 'amzn1.ask.account.BUNDLEMEMORY',
    });

  it('remembers across cold starts: the second process answers in one provider round trip', async () => {
    const env = { ...memoryEnv(), NODE_PATH: path.join(root, 'node_modules') };
    const first = await runBundle(whatsOn(), env);
    expect(first.status).toBe(0);
    expect(speechOf(first.result)).toContain('Rock &amp; Roll has 8 songs');

    demo.clearRequestLog();
    const second = await runBundle(whatsOn(), env);
    expect(speechOf(second.result)).toContain('Rock &amp; Roll has 8 songs');
    expect(demo.requestedPaths).toHaveLength(1);
    expect(demo.requestedPaths[0]).toMatch(/^\/v1\/playlists\/[0-9A-Za-z]{22}\/items\?/);
  }, 30_000);

  it('fails at cold start when the runtime has no AWS SDK to give it, rather than on the first request', async () => {
    const { status, stderr } = await runBundle(whatsOn(), memoryEnv());
    expect(status).not.toBe(0);
    expect(stderr).toContain("Cannot find module '@aws-sdk/client-dynamodb'");
  }, 30_000);
});
