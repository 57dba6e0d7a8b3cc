import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AccountLinkingMode, ConfigError, loadConfig, SkillConfig } from '../config';
import { DEMO_ACCESS_TOKEN, DemoProvider, startDemoProvider } from './demoProvider';
import { LocalDialog, TurnResult } from './localDialog';
import { SAMPLE_LIBRARY } from './sampleLibrary';

/*
 * `npm start`: talk to Playlist Reader in a terminal, in process, against the demo Spotify
 * provider on loopback. No network and no Alexa account needed.
 */

const USAGE = `Usage: npm start -- [options]

Talk to Playlist Reader in the terminal, against a local demo Spotify library.

Options:
  --say "text"                  answer this one utterance, then exit
  --unlinked                    talk as someone who has not linked an account
  --linking required|optional   account-linking mode (overrides ACCOUNT_LINKING)
  -h, --help                    show this help

Examples:
  npm start -- --say "what's on rock and roll"
  printf 'list my playlists\\nmore\\nstop\\n' | npm start
`;

/** A bad command line; the CLI prints it with the usage and exits 2. */
class UsageError extends Error {}

interface CliOptions {
  readonly say?: string;
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
  const { say, unlinked, linking, help } = values;
  if (say !== undefined && say.trim() === '') throw new UsageError('--say: expected the words to say, got nothing');
  if (linking !== undefined && !LINKING_MODES.includes(linking as AccountLinkingMode)) {
    throw new UsageError(`--linking: expected "required" or "optional", got "${linking}"`);
  }
  return { say, unlinked: unlinked ?? false, linking: linking as AccountLinkingMode | undefined, help: help ?? false };
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
