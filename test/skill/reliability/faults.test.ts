import { setLogLevel } from '../../../src/skill/logging/logger';
import { DEMO_ACCESS_TOKEN, DemoFault, DemoProvider, DemoRouter, startDemoProvider } from '../../../src/local/demoProvider';
import { DEMO_USER, SampleItem, SampleLibrary, SamplePlaylist, sampleSpotifyId } from '../../../src/local/sampleLibrary';
import { Deadline } from '../../../src/skill/providers/deadline';
import { MAX_SPEECH_CHARACTERS } from '../../../src/skill/speech/respond';
import { ManualClock } from '../../support/clock';
import { Dialog, testSkill, Turn } from '../../support/dialog';
import { AnswerKind, classify, closedPort, INTENTS, IntentCase, trackUnhandledRejections } from './answers';

/*
 * Every intent that reaches the provider, against the local demo provider told to
 * misbehave. Each case gets its own server, its own skill (so no cache is shared) and its
 * own simulated clock: waits, slow answers and hangs cost simulated seconds, not real ones.
 */

/** Where the fault strikes: the first request of the turn, or a playlist's items after its listing succeeded. */
type Stage = 'first' | 'items';

interface Target {
  readonly label: string;
  readonly intent: IntentCase;
  readonly stage: Stage;
}

const TARGETS: readonly Target[] = [
  ...INTENTS.map((intent) => ({ label: intent.name, intent, stage: 'first' as const })),
  // The contents answer makes a second request; the fault must be handled there too, as a playlist (not a library) failure.
  { label: 'PlaylistContentsIntent (items request)', intent: INTENTS[2], stage: 'items' },
];

interface Outcome {
  readonly turn: Turn;
  /** On the simulated clock, from when Alexa sent the request to the answer. */
  readonly elapsedMs: number;
  readonly requests: number;
}

/**
 * Faults that cost time, played on the case's clock: every answer takes `ms`, or the
 * provider never answers and the clock runs past the deadline.
 */
type TimeFault = { readonly kind: 'takes'; readonly ms: number } | { readonly kind: 'never-answers' };
type Fault = DemoFault | TimeFault;

const isTimeFault = (fault: Fault | undefined): fault is TimeFault => fault?.kind === 'takes' || fault?.kind === 'never-answers';

/** Plays a time fault on `clock` for the requests `armed()` says it applies to. */
function timeFaultRouter(fault: TimeFault, clock: ManualClock, armed: (url: URL) => boolean): DemoRouter {
  return ({ url }) => {
    if (!armed(url)) return undefined;
    if (fault.kind === 'takes') {
      clock.spend(fault.ms);
      return undefined;
    }
    clock.spend(Number.POSITIVE_INFINITY);
    return new Promise<undefined>(() => undefined);
  };
}

const open: DemoProvider[] = [];
let rejections: ReturnType<typeof trackUnhandledRejections>;

beforeAll(() => {
  rejections = trackUnhandledRejections();
  // The error handlers' warnings are expected here by the dozen; the credentials suite reads them.
  setLogLevel('silent');
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((demo) => demo.close()));
  // Give any stray rejection a turn of the event loop to surface.
  await new Promise((resolve) => setImmediate(resolve));
  expect(rejections.reasons).toEqual([]);
});

afterAll(() => {
  setLogLevel(undefined);
  rejections.stop();
  jest.restoreAllMocks();
});

async function startFaultyProvider(
  fault: Fault | undefined,
  stage: Stage,
  clock: ManualClock,
  library?: SampleLibrary,
): Promise<DemoProvider> {
  let listed = false;
  const demoFault = isTimeFault(fault) ? undefined : fault;
  // Arms the fault once the playlist listing has been answered, so it hits the items request.
  const armAfterListing: DemoRouter = ({ url }) => {
    if (stage === 'items' && url.pathname === '/v1/me/playlists') {
      listed = true;
      demo.setFault(demoFault);
    }
    return undefined;
  };
  const routers = [armAfterListing];
  if (isTimeFault(fault))
    routers.push(timeFaultRouter(fault, clock, (url) => stage === 'first' || (listed && url.pathname !== '/v1/me/playlists')));
  const demo = await startDemoProvider({ library, routers });
  open.push(demo);
  if (stage === 'first') demo.setFault(demoFault);
  return demo;
}

/** One turn; a throw out of `invoke` (past the error handlers) fails the test here. */
async function ask(intent: IntentCase, apiUrl: string, clock: ManualClock, countRequests: () => number = () => 0): Promise<Outcome> {
  const envelope = intent.envelope(DEMO_ACCESS_TOKEN);
  const sentAt = clock.now();
  envelope.request.timestamp = new Date(sentAt).toISOString();
  const turn = await new Dialog(testSkill({ clock }, apiUrl)).send(envelope);
  return { turn, elapsedMs: clock.now() - sentAt, requests: countRequests() };
}

async function underFault(fault: Fault | undefined, target: Target, library?: SampleLibrary): Promise<Outcome> {
  const clock = new ManualClock();
  const demo = await startFaultyProvider(fault, target.stage, clock, library);
  return ask(target.intent, demo.apiUrl, clock, () => demo.requestCount);
}

function expectAnswer(label: string, outcome: Outcome, expected: AnswerKind): void {
  const kind = classify(outcome.turn);
  expect({ target: label, kind, speech: kind === expected ? '' : outcome.turn.speech }).toEqual({
    target: label,
    kind: expected,
    speech: '',
  });
  // Simulated time: the answer leaves inside the budget that keeps it within Alexa's 8 s.
  expect(outcome.elapsedMs).toBeLessThanOrEqual(Deadline.DEFAULT_BUDGET_MS);
  if (expected === 'relink') {
    expect(outcome.turn.sessionOpen).toBe(false);
  } else {
    expect(outcome.turn.sessionOpen).toBe(true);
    expect(outcome.turn.card?.type).not.toBe('LinkAccount');
  }
}

const jsonError = (status: number) => JSON.stringify({ error: { status, message: `Injected ${status}` } });
const TEN_MB = '{"items":["' + 'x'.repeat(10 * 1024 * 1024) + '"],"total":1}';

interface FaultCase {
  readonly name: string;
  readonly fault: Fault;
  /** What the person hears, by stage when the two differ, or by target. */
  readonly expected: AnswerKind | Record<Stage, AnswerKind> | ((target: Target) => AnswerKind);
}

/** The contents answer is the one that makes two requests in a row: the listing, then the items. */
const makesTwoRequests = (target: Target) => target.stage === 'first' && target.intent.name === 'PlaylistContentsIntent';

const FAULTS: readonly FaultCase[] = [
  { name: '401', fault: { status: 401, body: jsonError(401) }, expected: 'relink' },
  { name: '403 with a JSON body', fault: { status: 403, body: jsonError(403) }, expected: 'explain' },
  { name: '403 with a plain-text body', fault: { status: 403, body: 'Forbidden', contentType: 'text/plain' }, expected: 'explain' },
  // A missing playlist is explained; a missing library endpoint is Spotify misbehaving.
  { name: '404', fault: { status: 404, body: jsonError(404) }, expected: { first: 'apologise', items: 'explain' } },
  { name: '429 with Retry-After: 1, once', fault: { status: 429, retryAfter: '1', times: 1 }, expected: 'success' },
  { name: '429 with Retry-After: 2, once', fault: { status: 429, retryAfter: '2', times: 1 }, expected: 'success' },
  { name: '429 with Retry-After: 3, once', fault: { status: 429, retryAfter: '3', times: 1 }, expected: 'explain' },
  { name: '429 with Retry-After: 30', fault: { status: 429, retryAfter: '30' }, expected: 'explain' },
  { name: '500', fault: { status: 500, body: 'Internal Server Error', contentType: 'text/plain' }, expected: 'apologise' },
  { name: '502', fault: { status: 502, body: '<html>Bad Gateway</html>', contentType: 'text/html' }, expected: 'apologise' },
  { name: '503', fault: { status: 503, body: jsonError(503) }, expected: 'apologise' },
  { name: '503 once', fault: { status: 503, times: 1 }, expected: 'success' },
  { name: 'a hang', fault: { kind: 'never-answers' }, expected: 'apologise' },
  // Two requests in a row of 3 s each fit the 6.5 s budget; of 4 s each they do not.
  { name: 'a slow answer (3 s a page)', fault: { kind: 'takes', ms: 3000 }, expected: 'success' },
  {
    name: 'a slow answer (4 s a page)',
    fault: { kind: 'takes', ms: 4000 },
    expected: (target) => (makesTwoRequests(target) ? 'apologise' : 'success'),
  },
  { name: 'a slow answer (7 s)', fault: { kind: 'takes', ms: 7000 }, expected: 'apologise' },
  { name: 'a connection reset mid-body', fault: { kind: 'reset' }, expected: 'apologise' },
  { name: 'a connection reset mid-body, once', fault: { kind: 'reset', times: 1 }, expected: 'success' },
  { name: 'malformed JSON', fault: { kind: 'body', body: '{"items": [', contentType: 'application/json' }, expected: 'apologise' },
  { name: 'the wrong content type', fault: { kind: 'body', body: '<html>busy</html>', contentType: 'text/html' }, expected: 'apologise' },
  { name: 'an empty body', fault: { kind: 'body', body: '', contentType: 'application/json' }, expected: 'apologise' },
  { name: 'a 10 MB body', fault: { kind: 'body', body: TEN_MB, contentType: 'application/json' }, expected: 'apologise' },
];

const expectedFor = (expected: FaultCase['expected'], target: Target): AnswerKind =>
  typeof expected === 'string' ? expected : typeof expected === 'function' ? expected(target) : expected[target.stage];

describe.each(FAULTS)('when the provider answers with $name', ({ fault, expected }) => {
  it('every intent gets the right kind of answer, in well-formed SSML, inside the budget', async () => {
    const outcomes = await Promise.all(TARGETS.map((target) => underFault(fault, target)));
    TARGETS.forEach((target, index) => expectAnswer(target.label, outcomes[index], expectedFor(expected, target)));
  });
});

describe('retries stay within policy', () => {
  it('a 5xx is retried exactly once', async () => {
    const outcome = await underFault({ status: 500 }, TARGETS[0]);
    expect(outcome.requests).toBe(2);
  });

  it('a 401 is never retried', async () => {
    const outcome = await underFault({ status: 401 }, TARGETS[0]);
    expect(outcome.requests).toBe(1);
  });

  it('a 10 MB body is refused without a retry', async () => {
    const outcome = await underFault({ kind: 'body', body: TEN_MB, contentType: 'application/json' }, TARGETS[0]);
    expect(outcome.requests).toBe(1);
  });

  it('a Retry-After over 2 s is not waited for, and the request is not repeated', async () => {
    const outcome = await underFault({ status: 429, retryAfter: '3' }, TARGETS[0]);
    expect(outcome.requests).toBe(1);
    expect(outcome.elapsedMs).toBe(0);
  });

  it('a Retry-After of 2 s is waited out on the clock, then the request is repeated once', async () => {
    const outcome = await underFault({ status: 429, retryAfter: '2', times: 1 }, TARGETS[0]);
    expect(outcome.requests).toBe(2);
    expect(outcome.elapsedMs).toBe(2000);
  });
});

describe('when the connection is refused', () => {
  it('every intent gets an apology inside 8 s', async () => {
    const apiUrl = `http://127.0.0.1:${await closedPort()}/v1`;
    const outcomes = await Promise.all(INTENTS.map((intent) => ask(intent, apiUrl, new ManualClock())));
    INTENTS.forEach((intent, index) => expectAnswer(intent.name, outcomes[index], 'apologise'));
  });
});

// ---------------------------------------------------------------------------------------
// Odd content: nothing fails, the library is just strange
// ---------------------------------------------------------------------------------------

const song = (name: string, artists: string[] = ['Someone']): SampleItem => ({
  type: 'track',
  id: sampleSpotifyId(`t:${name}`),
  name,
  artists,
  album: 'Album',
  durationMs: 200_000,
  isLocal: false,
});
const localSong = (name: string): SampleItem => ({
  type: 'track',
  id: null,
  name,
  artists: ['Garage Band'],
  album: 'Home',
  durationMs: 100_000,
  isLocal: true,
});
const episode = (name: string): SampleItem => ({
  type: 'episode',
  id: sampleSpotifyId(`e:${name}`),
  name,
  show: 'A Show',
  durationMs: 1_000_000,
});
const playlistOf = (name: string, items: SampleItem[]): SamplePlaylist => ({
  id: sampleSpotifyId(`p:${name}`),
  name,
  description: '',
  owner: DEMO_USER,
  public: false,
  collaborative: false,
  items,
});

/** Every library holds something the person can call "road trip", so every intent has its target. */
function libraryWith(roadTrip: SamplePlaylist, others: SamplePlaylist[] = []): SampleLibrary {
  const fillers = Array.from({ length: 6 }, (_, index) => playlistOf(`Filler ${index + 1}`, [song('x')]));
  return { user: DEMO_USER, playlists: [roadTrip, ...fillers, ...others] };
}

const LONG = (seed: string) => `${seed} ${'la '.repeat(200)}`.slice(0, 500);
const SPECIALS = `<Rock> & "Roll" 'n' </speak> <break time="10s"/> ]]> &amp; 🚗🎶 مرحبا שלום \u202eevil\u202c \u0000\u0007\u001b\u000b\ufffe \ud800 tab\tnew\nline`;
const ALL_QUOTES = '"'.repeat(500);

const ODD_LIBRARIES: ReadonlyArray<readonly [string, SampleLibrary]> = [
  ['null items', libraryWith(playlistOf('Road Trip', [null, song('Drive'), null]))],
  ['only null items', libraryWith(playlistOf('Road Trip', [null, null]))],
  ['episodes and local tracks', libraryWith(playlistOf('Road Trip', [episode('Episode One'), localSong('Demo Take 3'), song('Drive')]))],
  [
    'names 500 characters long',
    libraryWith(
      playlistOf(
        `Road Trip ${LONG('long')}`,
        Array.from({ length: 6 }, (_, index) => song(LONG(`song ${index}`), [LONG('a'), LONG('b'), LONG('c'), LONG('d')])),
      ),
      Array.from({ length: 6 }, (_, index) => playlistOf(LONG(`playlist ${index}`), [])),
    ),
  ],
  [
    'names with XML specials, emoji, right-to-left text and control characters',
    libraryWith(
      // Not a lone surrogate in the local track: the demo provider's `encodeURIComponent` of its URI throws on one.
      playlistOf(`Road Trip ${SPECIALS}`, [
        song(SPECIALS, [SPECIALS, SPECIALS]),
        episode(SPECIALS),
        localSong(SPECIALS.replace('\ud800', '')),
      ]),
      Array.from({ length: 6 }, (_, index) => playlistOf(`${index} ${SPECIALS}`, [])),
    ),
  ],
  [
    'names made only of quotes, 500 long, whose escaping multiplies their length by six',
    libraryWith(
      playlistOf(
        'Road Trip',
        Array.from({ length: 6 }, () => song(ALL_QUOTES, [ALL_QUOTES, ALL_QUOTES, ALL_QUOTES])),
      ),
      Array.from({ length: 6 }, () => playlistOf(ALL_QUOTES, [])),
    ),
  ],
  [
    'a library of 2,000 playlists',
    libraryWith(
      playlistOf('Road Trip', [song('Drive')]),
      Array.from({ length: 1993 }, (_, index) => playlistOf(`Mix ${index + 1}`, [song('x')])),
    ),
  ],
];

/** Session attributes are a few numbers and at most four names; never a library. */
const MAX_SESSION_ATTRIBUTES_BYTES = 4096;

describe.each(ODD_LIBRARIES)('with a library holding %s', (_name, library) => {
  it("every intent succeeds, in well-formed SSML within Alexa's limits, with small session attributes", async () => {
    const outcomes = await Promise.all(
      TARGETS.filter((target) => target.stage === 'first').map((target) => underFault(undefined, target, library)),
    );
    outcomes.forEach((outcome, index) => {
      expectAnswer(INTENTS[index].name, outcome, 'success');
      const { response } = outcome.turn.envelope;
      expect(response.outputSpeech?.type === 'SSML' ? response.outputSpeech.ssml.length : 0).toBeLessThanOrEqual(MAX_SPEECH_CHARACTERS);
      const card = response.card;
      if (card?.type === 'Simple') expect(`${card.title ?? ''}${card.content ?? ''}`.length).toBeLessThanOrEqual(8000);
      expect(JSON.stringify(outcome.turn.sessionAttributes).length).toBeLessThan(MAX_SESSION_ATTRIBUTES_BYTES);
    });
  });
});
