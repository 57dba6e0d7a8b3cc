import { parseArgs } from 'node:util';
import { ConfigError, parsePlayback, PlaybackMode, SKILL_ID_PATTERN } from '../skill/config';
import {
  AccountLinkingConfig,
  AccountLinkingConfigError,
  CLIENT_ID_VARIABLE,
  CLIENT_SECRET_VARIABLE,
  VENDOR_ID_VARIABLE,
  displayPath,
  loadAccountLinkingConfig,
} from './accountLinkingConfig';
import { buildAccountLinkingRequest, skipOnEnablementFor } from './accountLinkingRequest';
import { countBySeverity, formatProblems, hasErrors, plural, redactSecret } from './formatProblems';
import { requiredScopesFor, scopePurpose } from './providerScopes';
import { AskCliNotFoundError, STAGES, Stage, askArguments, pushAccountLinking } from './pushAccountLinking';
import { Problem, alexaRedirectUrls, validateAccountLinking } from './validateAccountLinking';

const USAGE = `Account linking as code: check the preset, print the SMAPI request, or push it.

Usage:
  npm run --silent linking -- check   [--config FILE]
  npm run --silent linking -- request [--config FILE]
  npm run linking -- push --skill-id ID [--stage development|certified|live] [--config FILE]

--config defaults to account-linking/$PROVIDER.json (PROVIDER defaults to spotify).
Environment:
  ${CLIENT_ID_VARIABLE}      the provider's client ID (over the file's clientId)
  ${CLIENT_SECRET_VARIABLE}  the provider's client secret (else account-linking/$PROVIDER.secret)
  ACCOUNT_LINKING                required (default) or optional; sets skipOnEnablement
  PLAYBACK                       on (default) or off; on requires the provider's playback scopes
  ${VENDOR_ID_VARIABLE}                your Amazon vendor ID, to print Alexa's redirect URLs

Exit codes: 0 done, 1 invalid config or failed push, 2 wrong usage.`;

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

class UsageError extends Error {}

interface Invocation {
  readonly command: 'check' | 'request' | 'push';
  readonly config?: string;
  readonly skillId?: string;
  readonly stage: Stage;
}

function parseInvocation(argv: string[]): Invocation | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        'skill-id': { type: 'string' },
        stage: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [command, ...extra] = positionals;
  if (command === undefined) throw new UsageError('missing command: check, request or push');
  if (command !== 'check' && command !== 'request' && command !== 'push') {
    throw new UsageError(`unknown command "${command}": expected check, request or push`);
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (values.config === '') throw new UsageError('--config needs a file');

  if (command !== 'push' && (values['skill-id'] !== undefined || values.stage !== undefined)) {
    throw new UsageError('--skill-id and --stage are for push only');
  }
  const stage = values.stage ?? 'development';
  if (!(STAGES as readonly string[]).includes(stage)) {
    throw new UsageError(`--stage must be one of ${STAGES.join(', ')}, got "${stage}"`);
  }
  if (command === 'push') {
    const skillId = values['skill-id'];
    if (skillId === undefined) throw new UsageError('push needs --skill-id amzn1.ask.skill.<id>');
    if (!SKILL_ID_PATTERN.test(skillId)) {
      throw new UsageError(`--skill-id must look like amzn1.ask.skill.<id>, got "${skillId}"`);
    }
  }
  return { command, config: values.config, skillId: values['skill-id'], stage: stage as Stage };
}

interface Checked {
  readonly config: AccountLinkingConfig;
  readonly problems: Problem[];
  readonly configFile: string;
}

function loadAndValidate(invocation: Invocation, env: NodeJS.ProcessEnv, cwd: string): Checked | Problem {
  let config: AccountLinkingConfig;
  try {
    config = loadAccountLinkingConfig({ configOption: invocation.config, env, cwd });
  } catch (error) {
    if (error instanceof AccountLinkingConfigError) {
      return { field: error.field, message: error.message, severity: 'error' };
    }
    throw error;
  }
  let playback: PlaybackMode;
  try {
    playback = parsePlayback(env.PLAYBACK);
  } catch (error) {
    // The problem line names the variable itself, so the message drops ConfigError's own prefix.
    if (error instanceof ConfigError)
      return { field: error.variable, message: error.message.slice(error.variable.length + 2), severity: 'error' };
    throw error;
  }
  const configFile = displayPath(config.configPath, cwd);
  const problems = validateAccountLinking(config.candidate, {
    requiredScopes: requiredScopesFor(config.provider, playback),
    scopePurpose,
    mode: config.mode,
    modeError: config.modeError,
    unknownFields: config.unknownFields,
    secretInConfigFile: config.secretInConfigFile,
    secretSource: config.secretSource,
    secretFile: displayPath(config.secretFilePath, cwd),
    secretFileFacts: config.secretFile,
    configFile,
    vendorId: config.vendorId,
  });
  return { config, problems, configFile };
}

function describeSources(config: AccountLinkingConfig, secretFile: string): string {
  const clientId = config.clientIdSource === 'env' ? CLIENT_ID_VARIABLE : 'the file';
  const secret = config.secretSource === 'env' ? CLIENT_SECRET_VARIABLE : secretFile;
  return `clientId from ${clientId}, clientSecret from ${secret}`;
}

function redirectUrlLines(config: AccountLinkingConfig): string[] {
  if (config.vendorId === undefined) {
    return [
      `Alexa's redirect URLs: set ${VENDOR_ID_VARIABLE} to print yours, or copy the three from the console's Account Linking page into the provider's allowed redirect URIs.`,
    ];
  }
  return [
    "Alexa's redirect URLs, to allow in the provider's app settings (Spotify: Dashboard > your app > Settings > Redirect URIs):",
    ...alexaRedirectUrls(config.vendorId).map((url) => `  ${url}`),
  ];
}

function runCheck(checked: Checked | Problem, io: CliIo, cwd: string): number {
  if (!('config' in checked)) {
    io.out(formatProblems([checked])[0]);
    return 1;
  }
  const { config, problems, configFile } = checked;
  const say = (line: string) => io.out(redactSecret(line, config.candidate.clientSecret));
  const { errors, warnings } = countBySeverity(problems);
  if (errors > 0) {
    say(`${configFile}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
    formatProblems(problems).forEach(say);
    return 1;
  }
  const mode = config.mode ?? 'required';
  say(
    `${configFile}: valid for ${config.provider} (${String(config.candidate.type)}, skipOnEnablement ${skipOnEnablementFor(mode)} from ACCOUNT_LINKING=${mode}; ${describeSources(config, displayPath(config.secretFilePath, cwd))})`,
  );
  formatProblems(problems).forEach(say);
  redirectUrlLines(config).forEach(say);
  return 0;
}

/** Prints problems to stderr; returns the config only when there is no error. */
function requireValid(checked: Checked | Problem, io: CliIo): Checked | undefined {
  if (!('config' in checked)) {
    io.err(formatProblems([checked])[0]);
    return undefined;
  }
  const secret = checked.config.candidate.clientSecret;
  formatProblems(checked.problems).forEach((line) => io.err(redactSecret(line, secret)));
  if (hasErrors(checked.problems)) {
    io.err(`${checked.configFile}: not valid; run "npm run --silent linking -- check" for details.`);
    return undefined;
  }
  return checked;
}

/** The command entry. Resolves to the process exit code. */
export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: CliIo = processIo,
  cwd = process.cwd(),
): Promise<number> {
  let invocation: Invocation | 'help';
  try {
    invocation = parseInvocation(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`linking: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (invocation === 'help') {
    io.out(USAGE);
    return 0;
  }

  const checked = loadAndValidate(invocation, env, cwd);
  if (invocation.command === 'check') return runCheck(checked, io, cwd);

  const valid = requireValid(checked, io);
  if (valid === undefined) return 1;
  const request = buildAccountLinkingRequest(valid.config.candidate, valid.config.mode ?? 'required');

  if (invocation.command === 'request') {
    io.out(JSON.stringify(request, null, 2));
    return 0;
  }

  const skillId = invocation.skillId as string;
  const shownArgs = askArguments(skillId, invocation.stage, '<private temporary file>').join(' ');
  io.out(
    `Pushing ${valid.configFile} (${describeSources(valid.config, displayPath(valid.config.secretFilePath, cwd))}) with: ask ${shownArgs}`,
  );
  try {
    const code = await pushAccountLinking({ skillId, stage: invocation.stage, request });
    if (code !== 0) {
      io.err(`ask exited with code ${code}; the skill's account linking was not updated.`);
      return code;
    }
  } catch (error) {
    if (error instanceof AskCliNotFoundError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
  io.out(`Account linking updated for ${skillId} (${invocation.stage}); the request file is deleted.`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`linking: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
