import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AccountLinkingRequest } from './accountLinkingRequest';

/** Thrown when the `ask` executable cannot be started; the message says how to install it. */
export class AskCliNotFoundError extends Error {
  constructor(readonly command: string) {
    super(
      `The ASK CLI ("${command}") was not found on PATH. Install it with "npm install -g ask-cli", ` +
        'run "ask configure" once to sign in to your Amazon developer account, then push again.',
    );
    this.name = 'AskCliNotFoundError';
  }
}

export const STAGES = ['development', 'certified', 'live'] as const;
export type Stage = (typeof STAGES)[number];

export interface PushOptions {
  readonly skillId: string;
  readonly stage: Stage;
  readonly request: AccountLinkingRequest;
  /** The ASK CLI executable; tests put a fake `ask` first on PATH instead of changing this. */
  readonly askCommand?: string;
}

/** The exact `ask` arguments for a request file; exported so the docs and tests agree with the code. */
export function askArguments(skillId: string, stage: Stage, requestFile: string): string[] {
  return [
    'smapi',
    'update-account-linking-info',
    '--skill-id',
    skillId,
    '--stage',
    stage,
    '--account-linking-request',
    `file:${requestFile}`,
  ];
}

/**
 * Hands the request to `ask smapi update-account-linking-info`. The request holds the client
 * secret, so it goes through a file that only its owner can read, in a fresh private folder,
 * and the folder is removed however `ask` ends: success, failure, or Ctrl-C.
 * Resolves to `ask`'s exit code.
 */
export async function pushAccountLinking(options: PushOptions): Promise<number> {
  const askCommand = options.askCommand ?? 'ask';
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'account-linking-'));
  try {
    const requestFile = path.join(folder, 'account-linking-request.json');
    fs.writeFileSync(requestFile, `${JSON.stringify(options.request, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    fs.chmodSync(requestFile, 0o600);
    return await runToCompletion(askCommand, askArguments(options.skillId, options.stage, requestFile));
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Runs a command with the terminal attached. Signals go to the child, so cleanup still runs after it exits. */
function runToCompletion(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
    const stopForwarding = () => {
      for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
    };

    child.once('error', (error: NodeJS.ErrnoException) => {
      stopForwarding();
      reject(error.code === 'ENOENT' ? new AskCliNotFoundError(command) : error);
    });
    child.once('close', (code, signal) => {
      stopForwarding();
      resolve(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0));
    });
  });
}
