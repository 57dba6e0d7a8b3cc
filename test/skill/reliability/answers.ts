import net from 'node:net';
import { Request, RequestEnvelope } from 'ask-sdk-model';
import { buildEnvelope, intentRequest } from '../../../src/local/requestEnvelope';
import { setLogLevel } from '../../../src/skill/logging/logger';
import { Turn } from '../../support/dialog';

/** The kinds of answer a person can get; a fault must always land on the one it deserves. */
export type AnswerKind = 'relink' | 'explain' | 'apologise' | 'success' | 'unexpected' | 'unknown';

const EXPLANATIONS = [/won't let me read/, /couldn't find that playlist/, /is busy right now/, /too many requests/];
const SUCCESSES = [/^You have \d+ playlists?\./, /^Next: /, /^That's all of your playlists/, / has \d+ songs?\b/, / is empty\./];

export function classify(turn: Turn): AnswerKind {
  if (turn.card?.type === 'LinkAccount') return 'relink';
  if (turn.speech.startsWith('Sorry, something went wrong on my side')) return 'unexpected';
  if (turn.speech.startsWith('Sorry,')) return 'apologise';
  if (EXPLANATIONS.some((pattern) => pattern.test(turn.speech))) return 'explain';
  if (SUCCESSES.some((pattern) => pattern.test(turn.speech))) return 'success';
  return 'unknown';
}

/** Each thing the person can ask that reaches the provider, as the envelope Alexa would send. */
export interface IntentCase {
  readonly name: string;
  envelope(accessToken: string): RequestEnvelope;
}

const inSession = (request: Request, sessionAttributes: Record<string, unknown> | undefined) => (accessToken: string) =>
  buildEnvelope(request, { accessToken, sessionAttributes });

export const INTENTS: readonly IntentCase[] = [
  { name: 'ListPlaylistsIntent', envelope: inSession(intentRequest('ListPlaylistsIntent'), undefined) },
  { name: 'AMAZON.MoreIntent', envelope: inSession(intentRequest('AMAZON.MoreIntent'), { listOffset: 5 }) },
  {
    name: 'PlaylistContentsIntent',
    envelope: inSession(intentRequest('PlaylistContentsIntent', { playlistName: 'road trip' }), undefined),
  },
  {
    name: 'PlaylistTrackCountIntent',
    envelope: inSession(intentRequest('PlaylistTrackCountIntent', { playlistName: 'road trip' }), undefined),
  },
];

/** A port nothing listens on: connecting to it is refused. */
export function closedPort(): Promise<number> {
  return new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Collects unhandled promise rejections, so a suite can fail on any that escape the skill. */
export function trackUnhandledRejections(): { readonly reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const listener = (reason: unknown) => reasons.push(reason);
  process.on('unhandledRejection', listener);
  return { reasons, stop: () => process.off('unhandledRejection', listener) };
}

/**
 * For a suite that throws odd input at the skill: its log lines are silenced (the credentials
 * suite reads them), and each test fails if a promise rejection escaped the skill, once it has
 * had a turn of the event loop to surface.
 */
export function failOnEscapedRejections(): void {
  let rejections: ReturnType<typeof trackUnhandledRejections>;
  beforeAll(() => {
    rejections = trackUnhandledRejections();
    setLogLevel('silent');
  });
  afterEach(async () => {
    await new Promise((resolve) => setImmediate(resolve));
    expect(rejections.reasons).toEqual([]);
  });
  afterAll(() => {
    setLogLevel(undefined);
    rejections.stop();
  });
}
