import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { Request } from 'ask-sdk-model';
import nock from 'nock';
import { DemoProviderWithPlayer, startDemoProviderWithAllApis } from '../../../src/local/demoApis';
import { DEMO_ACCESS_TOKEN } from '../../../src/local/demoProvider';
import { LocalMemoryTable, startLocalMemoryTable } from '../../../src/local/localMemoryTable';
import { buildEnvelope, intentRequest, launchRequest, LOCAL_API_ACCESS_TOKEN } from '../../../src/local/requestEnvelope';
import { setLogLevel } from '../../../src/skill/logging/logger';
import { DynamoDbPersistenceAdapter } from '../../../src/skill/persistence/dynamoDbPersistenceAdapter';
import { ProviderBinding } from '../../../src/skill/providers/providerBinding';
import { spotifyBinding } from '../../../src/skill/providers/spotify/spotifyBinding';
import { buildSkill } from '../../../src/skill/skill';
import { ManualClock } from '../../support/clock';
import { allResponses, Dialog, LINKED_TOKEN, toTurn, Turn } from '../../support/dialog';
import { CapturedLogLines, captureLogLines } from '../../support/logLines';
import { CLIENT_SECRET } from '../../linkingTool/linkingCli';
import { memoryKeyOf } from '../../support/memoryKey';

/*
 * A credential goes where it belongs (the provider's API, Alexa's API) and nowhere else: not
 * into a log line, a response, the session attributes or the person's stored memory. Every line
 * the skill's own logger writes is captured through its writer, at `debug`, the level that logs
 * whole envelopes and responses; whatever else reaches the console or stdout and stderr is
 * captured beside it. A whole linked conversation runs first, then the dialog suites again.
 */

/** Distinctive fake credentials, in the places Alexa puts them; only URL- and JSON-safe characters, so no encoding hides one. */
const ACCESS_TOKEN = 'BQC-fake-linked-access-token-for-the-leak-test-5d41c8';
const API_ACCESS_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.fake-alexa-api-access-token.c0ffee7';
const CONSENT_TOKEN = 'Atza-fake-consent-token-for-the-leak-test-e2b7a9';
const PERSON_ACCESS_TOKEN = 'BQC-fake-recognised-speaker-token-9a03f1';
const SECRET_IN_AN_ERROR = 'BQD-secret-that-a-buggy-error-message-carries-42';

const SECRETS: Record<string, string> = {
  ACCESS_TOKEN,
  API_ACCESS_TOKEN,
  CONSENT_TOKEN,
  PERSON_ACCESS_TOKEN,
  SECRET_IN_AN_ERROR,
  LINKED_TOKEN,
  LOCAL_API_ACCESS_TOKEN,
  DEMO_ACCESS_TOKEN,
  CLIENT_SECRET,
};

const PERSON = 'amzn1.ask.account.CREDENTIALTEST';
const SPEAKER = 'amzn1.ask.person.CREDENTIALTEST';
const ALEXA_API = 'https://api.amazonalexa.com';

let logLines: CapturedLogLines;
/** Anything written another way than the skill's logger: console.*, process.stdout and process.stderr. */
const strayOutput: string[] = [];

beforeAll(() => {
  setLogLevel('debug');
  logLines = captureLogLines();
  const capture = (...args: unknown[]) => {
    strayOutput.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
  };
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) jest.spyOn(console, method).mockImplementation(capture);
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    jest.spyOn(stream, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
      strayOutput.push(String(chunk));
      return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
    });
  }
});

afterAll(() => {
  jest.restoreAllMocks();
  logLines.restore();
  setLogLevel(undefined);
});

/** Each secret found in `texts`, named, with the text around it: a failure says what leaked where. */
const leaksIn = (texts: readonly string[]) =>
  texts.flatMap((text) =>
    Object.entries(SECRETS)
      .filter(([, secret]) => text.includes(secret))
      .map(([name, secret]) => {
        const at = text.indexOf(secret);
        return `${name} in …${text.slice(Math.max(0, at - 100), at + secret.length + 20)}…`;
      }),
  );
const linesOfRequest = (requestId: string) => logLines.lines().filter((line) => line.requestId === requestId);

describe("a linked person's whole conversation", () => {
  let demo: DemoProviderWithPlayer;
  let table: LocalMemoryTable;
  const adapters: DynamoDbPersistenceAdapter[] = [];
  /** Every token the provider was sent, so the test knows the access token was really used. */
  const tokensAtTheProvider = new Set<string>();
  /** Every request the person made, in order. */
  const asked: Request[] = [];
  const turns: Turn[] = [];
  let progressiveResponse: nock.Scope;

  /** A new Lambda container: a new skill and provider cache, the same memory table, time that moves only when the skill waits. */
  const newContainer = () => {
    const persistence = table.adapter();
    adapters.push(persistence);
    const skill = buildSkill({ accountLinking: 'required' }, spotifyBinding(demo.apiUrl), { persistence, clock: new ManualClock() });
    const dialog = new Dialog(skill, {
      userId: PERSON,
      accessToken: ACCESS_TOKEN,
      apiAccessToken: API_ACCESS_TOKEN,
      consentToken: CONSENT_TOKEN,
      person: { personId: SPEAKER, accessToken: PERSON_ACCESS_TOKEN },
    });
    return async (request: Request) => {
      asked.push(request);
      const turn = await dialog.say(request);
      turns.push(turn);
      return turn;
    };
  };

  /** Alexa sends the answer to "which one did you mean?" on the intent that asked, the dialog in progress. */
  const answering = (question: Turn, answer: string): Request => {
    const elicit = question.envelope.response.directives?.find((directive) => directive.type === 'Dialog.ElicitSlot') as
      { updatedIntent: { name: string } } | undefined;
    return { ...intentRequest(elicit!.updatedIntent.name, { playlistName: answer }), dialogState: 'IN_PROGRESS' } as Request;
  };

  beforeAll(async () => {
    demo = await startDemoProviderWithAllApis({
      acceptsToken: (token) => {
        tokensAtTheProvider.add(token);
        return token === ACCESS_TOKEN;
      },
    });
    table = await startLocalMemoryTable();
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    progressiveResponse = nock(ALEXA_API, { reqheaders: { authorization: `Bearer ${API_ACCESS_TOKEN}` } })
      .post('/v1/directives')
      .reply(204);

    // A first session: Alexa's welcome, then question after question.
    const say = newContainer();
    expect((await say(launchRequest())).speech).toContain('Welcome');
    expect((await say(intentRequest('ListPlaylistsIntent'))).speech).toContain('The first 5 are: Rock & Roll');
    expect((await say(intentRequest('AMAZON.MoreIntent'))).speech).toContain('Next: Road Trip, Road Trip 2019');
    expect((await say(intentRequest('PlaylistContentsIntent', { playlistName: 'rock and roll' }))).speech).toContain(
      'Rock & Roll has 8 songs. It starts with: Johnny B. Goode by Chuck Berry',
    );
    const question = await say(intentRequest('PlaylistContentsIntent', { playlistName: 'chill' }));
    expect(question.speech).toContain('Chill by Alex Demo or Chill by Bob. Which one did you mean?');
    expect((await say(answering(question, 'second'))).speech).toContain('Chill has 3 songs.');
    expect((await say(intentRequest('FindSongIntent', { songQuery: 'hound dog' }))).speech).toContain(
      'Hound Dog by Elvis Presley is on Rock & Roll.',
    );
    const playing = await say(intentRequest('PlayPlaylistIntent', { playlistName: 'road trip' }));
    expect(playing.speech).toMatch(/^Playing Road Trip on /);
    expect(playing.sessionOpen).toBe(false);

    // Later, in a new container: Spotify is busy, then down (echoing the token back), then refuses the token.
    const sayLater = newContainer();
    demo.setFault({ status: 429, retryAfter: '1', times: 2 });
    expect((await sayLater(intentRequest('ListPlaylistsIntent'))).speech).toContain('Spotify is busy right now.');
    demo.setFault({ status: 503, body: `{"echo":"Authorization: Bearer ${ACCESS_TOKEN}"}`, contentType: 'application/json', times: 2 });
    expect((await sayLater(intentRequest('ListPlaylistsIntent'))).speech).toContain("Sorry, I couldn't reach Spotify just now.");
    demo.setFault({ status: 401, times: 1 });
    const expired = await sayLater(intentRequest('ListPlaylistsIntent'));
    expect(expired.speech).toContain('Your link to Spotify has expired.');
    expect(expired.card).toEqual({ type: 'LinkAccount' });
  });

  afterAll(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    adapters.forEach((adapter) => adapter.close());
    await demo.close();
    await table.close();
  });

  it('used the credentials where they belong: the access token at the provider, the API token for a progressive response', () => {
    expect([...tokensAtTheProvider]).toEqual([ACCESS_TOKEN]);
    expect(progressiveResponse.isDone()).toBe(true);
  });

  it('logged every request and every answer, whole, at debug', () => {
    expect(asked).toHaveLength(11);
    for (const { requestId } of asked) {
      const events = linesOfRequest(requestId).map((line) => `${line.level as string} ${line.event as string}`);
      expect(events).toEqual(['info request', 'debug request-envelope', 'info response', 'debug response-body']);
    }
    const providerErrors = logLines.lines().filter((line) => line.event === 'provider-error');
    expect(providerErrors.map((line) => line.kind)).toEqual(['rate-limited', 'unavailable', 'link-expired']);
  });

  it('logged each envelope with every credential in it redacted, not merely left out', () => {
    for (const { requestId } of asked) {
      const [line] = linesOfRequest(requestId).filter((candidate) => candidate.event === 'request-envelope');
      expect(line.envelope).toMatchObject({
        session: { user: { userId: PERSON, accessToken: '[REDACTED]', permissions: { consentToken: '[REDACTED]' } } },
        context: {
          System: {
            user: { userId: PERSON, accessToken: '[REDACTED]', permissions: { consentToken: '[REDACTED]' } },
            person: { personId: SPEAKER, accessToken: '[REDACTED]' },
            apiAccessToken: '[REDACTED]',
          },
        },
      });
    }
  });

  it('kept every credential out of the log lines, the answers and the session attributes', () => {
    expect(leaksIn(logLines.raw())).toEqual([]);
    expect(turns).toHaveLength(asked.length);
    expect(leaksIn(turns.map((turn) => JSON.stringify(turn.envelope)))).toEqual([]);
    expect(leaksIn(turns.map((turn) => JSON.stringify(turn.sessionAttributes)))).toEqual([]);
  });

  it('kept every credential out of the stored memory, which the conversation did write', async () => {
    const client = new DynamoDBClient(table.clientConfig);
    const { Items = [] } = await client.send(new ScanCommand({ TableName: table.tableName }));
    client.destroy();
    const stored = Items.map((item) => JSON.stringify(item));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toContain(memoryKeyOf(PERSON));
    expect(stored[0]).not.toContain(PERSON);
    expect(stored[0]).toContain('Rock & Roll');
    expect(leaksIn(stored)).toEqual([]);
  });
});

describe('an error whose message carries the token or a Bearer header', () => {
  it('is logged without them', async () => {
    const leaky: ProviderBinding = {
      providerName: 'Spotify',
      create: ({ accessToken }: { accessToken: string }) => {
        throw new Error(`request failed: token=${accessToken}; Authorization: Bearer ${SECRET_IN_AN_ERROR}`);
      },
    };
    const skill = buildSkill({ accountLinking: 'required' }, leaky);
    const before = logLines.raw().length;
    const turn = toTurn(await skill.invoke(buildEnvelope(intentRequest('ListPlaylistsIntent'), { accessToken: ACCESS_TOKEN })));
    expect(turn.speech).toContain('something went wrong');
    expect(logLines.lines().slice(before)).toContainEqual(
      expect.objectContaining({
        event: 'unhandled-error',
        message: 'request failed: token=[REDACTED]; Authorization: Bearer [REDACTED]',
      }),
    );
  });
});

describe('the dialog suites, replayed under capture', () => {
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

describe('everything captured in this file', () => {
  it("holds every request and every response, the error handlers' lines among them", () => {
    const events = logLines.lines().map((line) => line.event);
    expect(events.filter((event) => event === 'request-envelope').length).toBeGreaterThan(50);
    expect(events.filter((event) => event === 'response-body').length).toBeGreaterThan(50);
    expect(events).toContain('provider-error');
    expect(events).toContain('unhandled-error');
    expect(events).toContain('session-ended');
  });

  it('holds no token, API token, consent token or client secret, and no bare Bearer credential', () => {
    const written = [...logLines.raw(), ...strayOutput];
    expect(leaksIn(written)).toEqual([]);
    expect(written.filter((text) => /Bearer (?!\[REDACTED\])\S/.test(text))).toEqual([]);
  });

  it('and no response that passed through a dialog holds one either', () => {
    expect(allResponses.length).toBeGreaterThan(50);
    expect(leaksIn(allResponses.map((response) => JSON.stringify(response)))).toEqual([]);
  });
});
