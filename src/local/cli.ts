import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AccountLinkingMode, ConfigError, loadConfig, SkillConfig } from '../config';
import { DEMO_ACCESS_TOKEN, DemoProvider, startDemoProvider } from './demoProvider';
import { LocalDialog, TurnResult } from './localDialog';
import { LocalServer, startLocalServer } from './server';
import { SAMPLE_LIBRARY } from './sampleLibrary';

/*
 * `npm start`: a local Alexa on 127.0.0.1:PORT (console page, account linking against the demo
 * provider's OAuth server, and a verified POST /alexa). `--say` and `--repl` talk to the skill
 * in the terminal instead, in process, with no server. No network and no Alexa account needed.
 */

const USAGE = `Usage: npm start -- [options]

With no options, starts a local Alexa on 127.0.0.1:PORT (default 3000): the console page,
account linking against a local demo provider, and a verified POST /alexa endpoint.

Options:
  --say "text"                  answer this one utterance in the terminal, then exit (no server)
  --repl                        talk in the terminal, line by line (no server)
  --unlinked                    with --say or --repl: talk as someone who has not linked an account
  --linking required|optional   account-linking mode (overrides ACCOUNT_LINKING)
  --insecure-local              turn off signature and timestamp checks on POST /alexa (loopback tests only)
  -h, --help                    show this help

Examples:
  npm start
  PORT=8080 npm start
  npm start -- --say "what's on rock and roll"
  printf 'list my playlists\\nmore\\nstop\\n' | npm start -- --repl
`;

/** A bad command line; the CLI prints it with the usage and exits 2. */
class UsageError extends Error {}

interface CliOptions {
  readonly say?: string;
  readonly repl: boolean;
  readonly insecureLocal: boolean;
  readonly unlinked: boolean;
  readonly linking?: AccountLinkingMode;
  readonly help: boolean;
}

export interface CliStreams {
  readonly input: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly output: NodeJS.WritableStream;
  readonly errors: NodeJS.WritableStream;
}

const LINKING_MODES: readonly AccountLinkingMode[] = ['required', 'optional'];

function parseCliArgs(argv: string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        say: { type: 'string' },
        repl: { type: 'boolean', default: false },
        'insecure-local': { type: 'boolean', default: false },
        unlinked: { type: 'boolean', default: false },
        linking: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { say, repl, unlinked, linking, help } = values;
  const insecureLocal = values['insecure-local'] ?? false;
  if (say !== undefined && say.trim() === '') throw new UsageError('--say: expected the words to say, got nothing');
  if (linking !== undefined && !LINKING_MODES.includes(linking as AccountLinkingMode)) {
    throw new UsageError(`--linking: expected "required" or "optional", got "${linking}"`);
  }
  if (say !== undefined && repl) throw new UsageError('--say and --repl: choose one');
  if (insecureLocal && (say !== undefined || repl)) throw new UsageError('--insecure-local: only applies to the server, not to --say or --repl');
  return { say, repl: repl ?? false, insecureLocal, unlinked: unlinked ?? false, linking: linking as AccountLinkingMode | undefined, help: help ?? false };
}

export function formatTurn(turn: TurnResult): string {
  const lines = [`Alexa: ${turn.speech || '(says nothing)'}`];
  if (turn.reprompt) lines.push(`Reprompt: ${turn.reprompt}`);
  if (turn.card?.type === 'LinkAccount') {
    lines.push('Card: Link account — open the Alexa app to link your account');
  } else if (turn.card) {
    lines.push(`Card: ${[turn.card.title, turn.card.content].filter(Boolean).join(' — ') || turn.card.type}`);
  }
  lines.push(`Session: ${turn.sessionOpen ? 'open' : 'ended'}`);
  return lines.join('\n');
}

function banner(demo: DemoProvider, config: SkillConfig, linked: boolean): string {
  const { user, playlists } = SAMPLE_LIBRARY;
  return [
    'Playlist Reader — local dialog',
    `Provider: demo Spotify at ${demo.apiUrl} (${user.displayName}, ${playlists.length} playlists)`,
    `Account: ${linked ? 'linked' : 'not linked'}; account linking: ${config.accountLinking}`,
    `Say things like "list my playlists" or "what's on road trip". Type 'exit' to quit.`,
    '',
  ].join('\n');
}

async function converse(dialog: LocalDialog, streams: CliStreams): Promise<void> {
  const interactive = Boolean(streams.input.isTTY);
  const lines = createInterface({ input: streams.input, output: interactive ? streams.output : undefined, terminal: interactive });
  lines.setPrompt('You: ');
  lines.on('SIGINT', () => lines.close());
  lines.prompt();
  for await (const line of lines) {
    const utterance = line.trim();
    if (/^(exit|quit)$/i.test(utterance)) break;
    if (utterance) {
      // Piped input is not echoed by a terminal, so the transcript shows it instead.
      if (!interactive) streams.output.write(`You: ${utterance}\n`);
      try {
        streams.output.write(`${formatTurn(await dialog.say(utterance))}\n\n`);
      } catch (error) {
        streams.errors.write(`Error: ${(error as Error).message}\n\n`);
      }
    }
    lines.prompt();
  }
  lines.close();
}

function parsePort(value: string | undefined): number {
  const text = value?.trim() || '3000';
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new ConfigError('PORT', `expected a port number from 0 to 65535, got "${value}"`);
  return port;
}

/** Runs the local Alexa until SIGINT or SIGTERM. */
async function serve(config: SkillConfig, port: number, insecureLocal: boolean, streams: CliStreams): Promise<number> {
  let server: LocalServer;
  try {
    server = await startLocalServer({ config, port, alexaEndpoint: { insecureLocal }, log: (line) => streams.errors.write(`${line}\n`) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    streams.errors.write(code === 'EADDRINUSE' ? `PORT: ${port} is already in use; try PORT=${port + 1} npm start\n` : `${(error as Error).message}\n`);
    return 1;
  }
  streams.output.write(
    [
      'Playlist Reader — local Alexa',
      `Console:        ${server.url}/`,
      `Alexa endpoint: ${server.alexaUrl} (POST; ${insecureLocal ? 'NOT verified' : 'signature and timestamp verified'})`,
      `Demo provider:  ${server.demo.url} (OAuth at /oauth/authorize and /oauth/token, API at /v1)`,
      `Account linking: ${config.accountLinking}. Press Ctrl+C to stop.`,
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

/** Runs the CLI and resolves to its exit code. */
export async function main(argv: string[] = process.argv.slice(2), streams: CliStreams = { input: process.stdin, output: process.stdout, errors: process.stderr }): Promise<number> {
  let options: CliOptions;
  let config: SkillConfig;
  try {
    options = parseCliArgs(argv);
    if (options.help) {
      streams.output.write(USAGE);
      return 0;
    }
    config = loadConfig({ ...process.env, ...(options.linking ? { ACCOUNT_LINKING: options.linking } : {}) });
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ConfigError)) throw error;
    const hint = error instanceof UsageError ? 'Run `npm start -- --help` to see the options.\n' : '';
    streams.errors.write(`${error.message}\n${hint}`);
    return 2;
  }

  if (options.say === undefined && !options.repl) {
    let port: number;
    try {
      port = parsePort(process.env.PORT);
    } catch (error) {
      streams.errors.write(`${(error as Error).message}\n`);
      return 2;
    }
    return serve(config, port, options.insecureLocal, streams);
  }

  const demo = await startDemoProvider();
  try {
    const linked = !options.unlinked;
    const dialog = new LocalDialog({ config, apiUrl: demo.apiUrl, accessToken: linked ? DEMO_ACCESS_TOKEN : undefined });
    if (options.say !== undefined) {
      try {
        streams.output.write(`${formatTurn(await dialog.say(options.say))}\n`);
        return 0;
      } catch (error) {
        streams.errors.write(`Error: ${(error as Error).message}\n`);
        return 1;
      }
    }
    streams.output.write(banner(demo, config, linked));
    await converse(dialog, streams);
    return 0;
  } finally {
    await demo.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
