import * as skillLogger from '../../src/skill/logging/logger';
import { LogStream } from '../../src/skill/logging/logger';

export interface CapturedLogLines {
  /** Every line the logger wrote, in order, as written: one JSON object each, without its newline. */
  raw(): string[];
  /** Every line, parsed. Throws if one is not a single line of JSON, the one entry per line that Lambda needs. */
  lines(): Record<string, unknown>[];
  /** The stream each line went to, in the same order. */
  streams(): LogStream[];
  /** Ends the capture: the logger writes where it wrote before. */
  restore(): void;
}

/**
 * Captures every line the skill's logger writes, through its writer (`setLogWriter`), until
 * `restore()`; nothing reaches file descriptors 1 and 2 meanwhile. Pass the logger module when
 * the skill was loaded in a module registry of its own (`jest.isolateModulesAsync`): the lines
 * of that registry's logger are captured then, imported inside the same callback.
 */
export function captureLogLines(logger: Pick<typeof skillLogger, 'setLogWriter'> = skillLogger): CapturedLogLines {
  const written: { line: string; stream: LogStream }[] = [];
  const restore = logger.setLogWriter((line, stream) => written.push({ line, stream }));
  const raw = () => written.map(({ line }) => line);
  return {
    raw,
    lines: () =>
      raw().map((line) => {
        if (line.includes('\n')) throw new Error(`a log line spans more than one line: ${line}`);
        const parsed: unknown = JSON.parse(line);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
          throw new Error(`a log line is not a JSON object: ${line}`);
        return parsed as Record<string, unknown>;
      }),
    streams: () => written.map(({ stream }) => stream),
    restore,
  };
}
