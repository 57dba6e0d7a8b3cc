import type { LinkStatus } from '../../src/local/localAlexaLinking';
import type { TurnResult } from '../../src/local/localDialog';
import type { LocalServer } from '../../src/local/server';

/*
 * The console's JSON API as the page calls it (same-origin JSON over HTTP), with the shapes the
 * tests read from its answers.
 */

/** A turn as the console shows it: missing reprompt and card become null. */
export type ConsoleTurn = Omit<TurnResult, 'reprompt' | 'card'> & { reprompt: string | null; card: TurnResult['card'] | null };

export interface ConsoleState {
  readonly mode: string;
  readonly linking: LinkStatus;
  readonly provider: string;
  readonly locale: string;
  readonly locales: readonly string[];
  readonly screen: boolean;
  readonly suggestions: readonly string[];
}

/** Every field any endpoint answers with; each test reads those of the endpoint it called. */
export interface ConsoleReply extends ConsoleState {
  readonly turn: ConsoleTurn;
  readonly authorizationUrl: string;
  readonly error?: string;
}

export async function consoleApi(server: LocalServer, path: string, body?: unknown): Promise<{ status: number; json: ConsoleReply }> {
  const response = await fetch(`${server.url}/console/api/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as ConsoleReply };
}

/** Says an utterance in the console; the turn it answers with. */
export async function say(server: LocalServer, utterance: string): Promise<ConsoleTurn> {
  const { status, json } = await consoleApi(server, 'say', { utterance });
  if (status !== 200) throw new Error(`the console answered ${status} to "${utterance}"`);
  return json.turn;
}
