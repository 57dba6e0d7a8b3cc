import { redact } from './redact';

/*
 * The skill's one way to write a log line: one JSON object per line, redacted and
 * bounded, on the console (which Lambda sends to CloudWatch). Handlers never call
 * console.* themselves.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export const LOG_LEVELS = Object.keys(RANK) as LogLevel[];

/** The level LOG_LEVEL names, its default when unset, or undefined when it names no level. */
export function parseLogLevel(value: string | undefined, env: NodeJS.ProcessEnv = process.env): LogLevel | undefined {
  const level = (value ?? '').trim().toLowerCase();
  // Under jest (NODE_ENV=test) request lines would bury the test output; warnings still show.
  if (!level) return env.NODE_ENV === 'test' ? 'warn' : 'info';
  return Object.prototype.hasOwnProperty.call(RANK, level) ? (level as LogLevel) : undefined;
}

let threshold: LogLevel | undefined;

/** Overrides LOG_LEVEL, e.g. for a test that captures every line; undefined goes back to the environment. */
export function setLogLevel(level: LogLevel | undefined): void {
  threshold = level;
}

/** Whether a line at `level` would be written; lets a caller skip building an expensive one. */
export function enabled(level: Exclude<LogLevel, 'silent'>): boolean {
  // A bad LOG_LEVEL is refused at cold start by loadConfig; here it must never make logging throw.
  threshold ??= parseLogLevel(process.env.LOG_LEVEL) ?? 'info';
  return RANK[level] >= RANK[threshold];
}

/** Straight to the stream: a JSON line needs none of console's formatting, which costs on every request. */
const STREAMS = { debug: 'stdout', info: 'stdout', warn: 'stderr', error: 'stderr' } as const;

function write(level: Exclude<LogLevel, 'silent'>, event: string, fields: Record<string, unknown>, secrets: readonly string[]): void {
  if (!enabled(level)) return;
  let line: string;
  try {
    line = JSON.stringify({ level, event, ...(redact(fields, secrets) as Record<string, unknown>) });
  } catch {
    line = JSON.stringify({ level, event, note: 'fields could not be logged' });
  }
  try {
    process[STREAMS[level]].write(`${line}\n`);
  } catch {
    // A log line is never worth a failed turn.
  }
}

/** `secrets` are values (such as this request's token) to scrub from any string field. */
export const log = {
  debug: (event: string, fields: Record<string, unknown> = {}, secrets: readonly string[] = []) => write('debug', event, fields, secrets),
  info: (event: string, fields: Record<string, unknown> = {}, secrets: readonly string[] = []) => write('info', event, fields, secrets),
  warn: (event: string, fields: Record<string, unknown> = {}, secrets: readonly string[] = []) => write('warn', event, fields, secrets),
  error: (event: string, fields: Record<string, unknown> = {}, secrets: readonly string[] = []) => write('error', event, fields, secrets),
};
