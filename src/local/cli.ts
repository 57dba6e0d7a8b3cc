import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ACCOUNT_LINKING_MODES, AccountLinkingMode, ConfigError, loadConfig, SkillConfig } from '../skill/config';
import { describeAplPreview } from './aplPreview';
import { demoApiUrlFor, pointedAtDemo, providerDisplayName, startDemoProviderWithAllApis } from './demoApis';
import { setLogLevel } from '../skill/logging/logger';
import { DEMO_ACCESS_TOKEN, DemoProvider } from './demoProvider';
import { DEMO_YOUTUBE_API_PATH } from './demoYouTubeApi';
import { LocalDialog, TurnResult } from './localDialog';
import { startLocalMemory } from './localMemoryTable';
import { LocalServer, startLocalServer } from './server';
import { SAMPLE_LIBRARY } from './sampleLibrary';
import { DEFAULT_LOCALE, LocalLocale, LOCAL_LOCALES } from './utteranceResolver';

/*
 * `npm start`: a local Alexa on 127.0.0.1:PORT (console page, account linking against the demo
 * provider's OAuth server, and a verified POST /alexa). `--say` and `--repl` talk to the skill
 * in the terminal instead, in process, with no server. No network and no Alexa account needed.
 */

const USAGE = `Usage: npm start -- [options]

With no options, starts a local Alexa on 127.0.0.1:PORT (default 3000): the console page,
account linking against a local demo provider, and a verified POST /alexa endpoint.
The demo provider serves the same sample library as Spotify's API and as YouTube's;
PROVIDER=spotify|youtube (default spotify) picks the one the skill talks to.

Options:
  --say "text"                  answer this one utterance in the terminal, then exit (no server)
  --repl                        talk in the terminal, line by line (no server)
  --locale ${LOCAL_LOCALES.join('|')}   the language to talk in (default ${DEFAULT_LOCALE}); the console's default with no --say
  --screen                      talk as a screen device (Echo Show): requests support APL; prints the documents sent
  --unlinked                    with --say or --repl: talk as someone who has not linked an account
  --linking required|optional   account-linking mode (overrides ACCOUNT_LINKING)
  --insecure-local              turn off signature and timestamp checks on POST /alexa (loopback tests only)
  -h, --help                    show this help

Examples:
  npm start
  PORT=8080 npm start
  npm start -- --say "what's on rock and roll"
  npm start -- --locale de-DE --say "was ist auf rock and roll"
  npm start -- --screen --say "list my playlists"
  PROVIDER=youtube npm start -- --say "list my playlists"
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
  readonly locale: LocalLocale;
  readonly screen: boolean;
  readonly help: boolean;
}

export interface CliStreams {
  readonly input: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly output: NodeJS.WritableStream;
  readonly errors: NodeJS.WritableStream;
}

/** Locale tags are case-insensitive, so "de-de" is de-DE. */
function parseLocale(value: string | undefined): LocalLocale {
  if (value === undefined) return DEFAULT_LOCALE;
  const locale = LOCAL_LOCALES.find((candidate) => candidate.toLowerCase() === value.trim().toLowerCase());
  if (!locale) throw new UsageError(`--locale: expected one of ${LOCAL_LOCALES.join(', ')}, got "${value}"`);
  return locale;
}

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
        locale: { type: 'string' },
        screen: { type: 'boolean', default: false },
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
  if (linking !== undefined && !ACCOUNT_LINKING_MODES.includes(linking as AccountLinkingMode)) {
    throw new UsageError(`--linking: expected "required" or "optional", got "${linking}"`);
  }
  if (say !== undefined && repl) throw new UsageError('--say and --repl: choose one');
  if (insecureLocal && (say !== undefined || repl))
    throw new UsageError('--insecure-local: only applies to the server, not to --say or --repl');
  const locale = parseLocale(values.locale);
  return {
    say,
    repl: repl ?? false,
    insecureLocal,
    unlinked: unlinked ?? false,
    linking: linking as AccountLinkingMode | undefined,
    locale,
    screen: values.screen ?? false,
    help: help ?? false,
  };
}

export function formatTurn(turn: TurnResult): string {
  const lines = [`Alexa: ${turn.speech || '(says nothing)'}`];
  if (turn.reprompt) lines.push(`Reprompt: ${turn.reprompt}`);
  if (turn.card?.type === 'LinkAccount') {
    lines.push('Card: Link account — open the Alexa app to link your account');
  } else if (turn.card) {
    lines.push(`Card: ${[turn.card.title, turn.card.content].filter(Boolean).join(' — ') || turn.card.type}`);
  }
  for (const preview of turn.apl) lines.push(describeAplPreview(preview));
  lines.push(`Session: ${turn.sessionOpen ? 'open' : 'ended'}`);
  return lines.join('\n');
}

const EXAMPLES: Readonly<Record<LocalLocale, string>> = {
  'en-US': `"list my playlists" or "what's on road trip"`,
  'en-GB': `"list my playlists" or "what's on road trip"`,
  'de-DE': `"nenne meine playlists" or "was ist auf road trip"`,
};

function banner(demo: DemoProvider, config: SkillConfig, options: CliOptions, linked: boolean): string {
  const { user, playlists } = SAMPLE_LIBRARY;
  return [
    'Playlist Reader — local dialog',
    `Provider: demo ${providerDisplayName(config)} at ${demoApiUrlFor(config.provider, demo)} (${user.displayName}, ${playlists.length} playlists)`,
    `Account: ${linked ? 'linked' : 'not linked'}; account linking: ${config.accountLinking}`,
    `Locale: ${options.locale}; device: ${options.screen ? 'screen (APL)' : 'voice only'}`,
    `Say things like ${EXAMPLES[options.locale]}. Type 'exit' to quit.`,
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
async function serve(config: SkillConfig, port: number, options: CliOptions, streams: CliStreams): Promise<number> {
  const { insecureLocal } = options;
  let server: LocalServer;
  try {
    server = await startLocalServer({
      config,
      port,
      alexaEndpoint: { insecureLocal },
      locale: options.locale,
      screen: options.screen,
      log: (line) => streams.errors.write(`${line}\n`),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    streams.errors.write(
      code === 'EADDRINUSE' ? `PORT: ${port} is already in use; try PORT=${port + 1} npm start\n` : `${(error as Error).message}\n`,
    );
    return 1;
  }
  // Listen for the stop signal before saying "Press Ctrl+C", so an early Ctrl+C still closes cleanly.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  streams.output.write(
    [
      'Playlist Reader — local Alexa',
      `Console:        ${server.url}/`,
      `Alexa endpoint: ${server.alexaUrl} (POST; ${insecureLocal ? 'NOT verified' : 'signature and timestamp verified'})`,
      `Demo provider:  ${server.demo.url} (OAuth at /oauth/authorize and /oauth/token, Spotify API at /v1, YouTube API at ${DEMO_YOUTUBE_API_PATH})`,
      `Provider:       ${providerDisplayName(config)} (PROVIDER=${config.provider}); the console talks to ${demoApiUrlFor(config.provider, server.demo)}`,
      `Locale:         ${options.locale} (the console can switch it); device: ${options.screen ? 'screen (APL)' : 'voice only'}`,
      `Memory:         ${server.memory.description} (PERSISTENCE_TABLE picks a real one)`,
      `Account linking: ${config.accountLinking}. Press Ctrl+C to stop.`,
      '',
    ].join('\n'),
  );
  await stopped;
  await server.close();
  return 0;
}

/** Runs the CLI and resolves to its exit code. */
export async function main(
  argv: string[] = process.argv.slice(2),
  streams: CliStreams = { input: process.stdin, output: process.stdout, errors: process.stderr },
): Promise<number> {
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
    return serve(config, port, options, streams);
  }

  // The skill's JSON request log would bury the dialog in a terminal; LOG_LEVEL=info brings it back.
  if (!process.env.LOG_LEVEL?.trim()) setLogLevel('warn');
  const demo = await startDemoProviderWithAllApis();
  const memory = await startLocalMemory(config);
  try {
    const linked = !options.unlinked;
    const dialog = new LocalDialog({
      config: pointedAtDemo(config, demo),
      accessToken: linked ? DEMO_ACCESS_TOKEN : undefined,
      locale: options.locale,
      screen: options.screen,
      persistence: memory.adapter(),
    });
    if (options.say !== undefined) {
      try {
        const turn = await dialog.say(options.say);
        streams.output.write(
          `Provider: demo ${providerDisplayName(config)} at ${demoApiUrlFor(config.provider, demo)}\n${formatTurn(turn)}\n`,
        );
        return 0;
      } catch (error) {
        streams.errors.write(`Error: ${(error as Error).message}\n`);
        return 1;
      }
    }
    streams.output.write(banner(demo, config, options, linked));
    await converse(dialog, streams);
    return 0;
  } finally {
    await demo.close();
    await memory.close();
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
