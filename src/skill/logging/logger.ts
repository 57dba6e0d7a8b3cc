import { writeSync } from 'node:fs';
import { redact } from './redact';

/*
 * The skill's one way to write a log line: one JSON object per line, redacted and
 * bounded, on the console (which Lambda sends to CloudWatch). Handlers never call
 * console.* themselves. Tests read every line through `setLogWriter`.
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

/** The levels Lambda's advanced logging controls put in `AWS_LAMBDA_LOG_LEVEL`, and the skill's level for each. */
const LAMBDA_LEVEL: Record<string, LogLevel> = {
  TRACE: 'debug',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
  FATAL: 'error',
};

export const LAMBDA_LOG_LEVELS = Object.keys(LAMBDA_LEVEL);

/** The skill's level for Lambda's `AWS_LAMBDA_LOG_LEVEL`, or undefined when it names no level. */
export function parseLambdaLogLevel(value: string | undefined): LogLevel | undefined {
  const level = (value ?? '').trim().toUpperCase();
  return Object.prototype.hasOwnProperty.call(LAMBDA_LEVEL, level) ? LAMBDA_LEVEL[level] : undefined;
}

let threshold: LogLevel | undefined;

/** Overrides LOG_LEVEL, e.g. for a test that captures every line; undefined goes back to the environment. */
export function setLogLevel(level: LogLevel | undefined): void {
  threshold = level;
}

/** Whether a line at `level` would be written; lets a caller skip building an expensive one. */
export function enabled(level: Exclude<LogLevel, 'silent'>): boolean {
  // A bad LOG_LEVEL is refused at cold start by loadConfig; here it must never make logging throw.
  threshold ??= parseLambdaLogLevel(process.env.AWS_LAMBDA_LOG_LEVEL) ?? parseLogLevel(process.env.LOG_LEVEL) ?? 'info';
  return RANK[level] >= RANK[threshold];
}

const STREAMS = { debug: 'stdout', info: 'stdout', warn: 'stderr', error: 'stderr' } as const;
const FILE_DESCRIPTORS = { stdout: 1, stderr: 2 } as const;

export type LogStream = 'stdout' | 'stderr';

/** Where finished log lines go: `line` is one JSON object, without its newline; `stream` is the one its level goes to. */
export type LogWriter = (line: string, stream: LogStream) => void;

/*
 * Straight to the file descriptor, as the Lambda runtime writes its own log lines: a JSON line
 * needs none of console's formatting, and `process.stdout` is a stream that Node builds on first
 * use (for a pipe, its whole net stack), which cost the first request of a cold start several ms.
 * One write per line, newline included, so Lambda sees one entry per line. A descriptor left
 * non-blocking by someone else may refuse a write (EAGAIN); the stream, which queues, takes
 * whatever is left.
 */
function writeToDescriptors(line: string, stream: LogStream): void {
  const bytes = Buffer.from(`${line}\n`);
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(FILE_DESCRIPTORS[stream], bytes, written);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    process[stream].write(bytes.subarray(written));
  }
}

let writer: LogWriter = writeToDescriptors;

/**
 * Sends every line to `write` instead of file descriptors 1 and 2, e.g. for a test that reads
 * what the skill logs. Returns the function that puts the previous writer back.
 */
export function setLogWriter(write: LogWriter): () => void {
  const previous = writer;
  writer = write;
  return () => {
    writer = previous;
  };
}

/**
 * The Lambda invocation every line belongs to. A Lambda container runs one invocation at a
 * time, so one slot per container is exact there; the local server, which has no Lambda
 * context, leaves it empty.
 */
let invocation: { awsRequestId?: string; coldStart: boolean } | undefined;
let invocationsStarted = 0;

/** Called by the Lambda entry at the start of each invocation: every line then carries its request ID and whether it was the container's first. */
export function beginInvocation(awsRequestId: string | undefined): void {
  invocationsStarted++;
  invocation = { awsRequestId: typeof awsRequestId === 'string' ? awsRequestId : undefined, coldStart: invocationsStarted === 1 };
}

function write(level: Exclude<LogLevel, 'silent'>, event: string, fields: Record<string, unknown>, secrets: readonly string[]): void {
  if (!enabled(level)) return;
  let line: string;
  try {
    line = JSON.stringify({ level, event, ...invocation, ...(redact(fields, secrets) as Record<string, unknown>) });
  } catch {
    line = JSON.stringify({ level, event, ...invocation, note: 'fields could not be logged' });
  }
  try {
    writer(line, STREAMS[level]);
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
