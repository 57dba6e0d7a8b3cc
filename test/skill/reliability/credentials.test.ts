import fs from 'node:fs';
import { DEMO_ACCESS_TOKEN, DemoProvider, startDemoProvider } from '../../../src/local/demoProvider';
import { buildEnvelope, intentRequest, sessionEndedRequest } from '../../../src/local/requestEnvelope';
import { setLogLevel } from '../../../src/skill/logging/logger';
import { ProviderBinding } from '../../../src/skill/providers/providerBinding';
import { buildSkill } from '../../../src/skill/skill';
import { Dialog, LINKED_TOKEN, testSkill, toTurn } from '../../support/dialog';
import { CLIENT_SECRET } from '../../linkingTool/linkingCli';

/*
 * The whole dialog suite again, this time with every log line captured at the most
 * verbose level: console.*, raw writes to stdout and stderr and to their file descriptors, the error handlers'
 * lines included. Then: no token and no secret may appear in any of them.
 */

/** What buildEnvelope puts in `context.System.apiAccessToken`. */
const API_ACCESS_TOKEN = 'local-api-access-token';
const SECRET_IN_AN_ERROR = 'BQD-secret-that-a-buggy-error-message-carries-42';
const SECRETS = [LINKED_TOKEN, DEMO_ACCESS_TOKEN, API_ACCESS_TOKEN, SECRET_IN_AN_ERROR, CLIENT_SECRET];

const lines: string[] = [];
const capture = (...args: unknown[]) => {
  lines.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
};

beforeAll(() => {
  setLogLevel('debug');
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) jest.spyOn(console, method).mockImplementation(capture);
  // The logger writes its lines straight to file descriptors 1 and 2.
  const writeSync = fs.writeSync.bind(fs);
  jest.spyOn(fs, 'writeSync').mockImplementation((fd: number, data: unknown, ...rest: unknown[]) => {
    if (fd === 1 || fd === 2) lines.push(data instanceof Uint8Array ? Buffer.from(data).toString() : String(data));
    return (writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
  });
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    jest.spyOn(stream, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
      lines.push(String(chunk));
      return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
    });
  }
});

afterAll(() => {
  jest.restoreAllMocks();
  setLogLevel(undefined);
});

describe('the dialog suite, replayed under capture', () => {
  describe('listing', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the suite registers its tests where it is loaded, inside this describe; an import would hoist it out
    require('../handlers/listPlaylists.test');
  });
  describe('named playlists', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the suite registers its tests where it is loaded, inside this describe; an import would hoist it out
    require('../handlers/namedPlaylist.test');
  });
  describe('provider failures', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the suite registers its tests where it is loaded, inside this describe; an import would hoist it out
    require('../handlers/providerFailures.test');
  });
  describe('conversation', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the suite registers its tests where it is loaded, inside this describe; an import would hoist it out
    require('../handlers/conversation.test');
  });
  describe('the linking guard', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the suite registers its tests where it is loaded, inside this describe; an import would hoist it out
    require('../linking/requireLinkedAccount.test');
  });
});

describe('dialogs against the demo provider, failing and not', () => {
  let demo: DemoProvider;
  beforeAll(async () => {
    demo = await startDemoProvider();
  });
  afterAll(() => demo.close());
  afterEach(() => demo.setFault(undefined));

  const ask = (name: string, slots: Record<string, string> = {}, token = DEMO_ACCESS_TOKEN) =>
    new Dialog(testSkill({}, demo.apiUrl), { accessToken: token }).say(intentRequest(name, slots));

  it('a good turn, a dead token, an outage, a bad body and a session end', async () => {
    expect((await ask('ListPlaylistsIntent')).speech).toContain('You have');
    expect((await ask('PlaylistContentsIntent', { playlistName: 'road trip' })).speech).toContain('Road Trip has');
    expect((await ask('ListPlaylistsIntent', {}, 'a-token-the-provider-rejects-0000')).card).toEqual({ type: 'LinkAccount' });
    demo.setFault({ status: 503 });
    expect((await ask('ListPlaylistsIntent')).speech).toContain("couldn't reach");
    demo.setFault({ kind: 'body', body: `{"echo":"Bearer ${DEMO_ACCESS_TOKEN}"`, contentType: 'application/json' });
    expect((await ask('ListPlaylistsIntent')).speech).toContain("couldn't understand");
    await new Dialog(testSkill({}, demo.apiUrl), { accessToken: DEMO_ACCESS_TOKEN }).say(sessionEndedRequest('ERROR'));
  });

  it('an error whose message carries the token or a Bearer header is logged without them', async () => {
    const leaky: ProviderBinding = {
      providerName: 'Spotify',
      create: ({ accessToken }: { accessToken: string }) => {
        throw new Error(`request failed: token=${accessToken}; Authorization: Bearer ${SECRET_IN_AN_ERROR}`);
      },
    };
    const skill = buildSkill({ accountLinking: 'required' }, leaky);
    const turn = toTurn(await skill.invoke(buildEnvelope(intentRequest('ListPlaylistsIntent'), { accessToken: LINKED_TOKEN })));
    expect(turn.speech).toContain('something went wrong');
    expect(lines.some((line) => line.includes('"event":"unhandled-error"') && line.includes('[REDACTED]'))).toBe(true);
  });
});

describe('what the capture holds', () => {
  it("every request and every response was logged, the error handlers' lines among them", () => {
    const events = lines.map((line) => /"event":"([^"]+)"/.exec(line)?.[1]).filter(Boolean);
    expect(events.filter((event) => event === 'request').length).toBeGreaterThan(50);
    expect(events.filter((event) => event === 'response').length).toBeGreaterThan(50);
    expect(events).toContain('provider-error');
    expect(events).toContain('unhandled-error');
    expect(events).toContain('session-ended');
  });

  it('no line holds a token, the API access token, a client secret or a bare Bearer credential', () => {
    const leaks = lines.filter((line) => SECRETS.some((secret) => line.includes(secret)) || /Bearer (?!\[REDACTED\])\S/.test(line));
    expect(leaks).toEqual([]);
  });

  it('the credentials are visibly redacted, not merely absent', () => {
    const requestLine = lines.find((line) => line.includes('"event":"request-envelope"'))!;
    expect((JSON.parse(requestLine) as { envelope: { context: { System: unknown } } }).envelope.context.System).toMatchObject({
      apiAccessToken: '[REDACTED]',
      user: { accessToken: '[REDACTED]' },
    });
  });
});
