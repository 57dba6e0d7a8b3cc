import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ResponseEnvelope } from 'ask-sdk-model';

/*
 * The real `npm run build`, written into an empty folder of its own (nothing else there, no
 * node_modules above it), and a fresh Node process that answers envelopes from it the way
 * Lambda does: `require('./index.js').handler(event, context)`. Certify and the tests share it.
 */

export const projectRoot = path.resolve(__dirname, '../..');

/** Runs `scripts/build.mjs` of the project at `root` into a new temporary folder and returns that folder. */
export function buildIntoEmptyFolder(root: string = projectRoot): string {
  const outdir = mkdtempSync(path.join(tmpdir(), 'playlist-reader-lambda-'));
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), outdir], { cwd: root, stdio: 'pipe' });
  return outdir;
}

export interface BundleRun {
  /** 0 when every envelope was answered. */
  readonly status: number;
  readonly responses: ResponseEnvelope[];
  /** The skill's own log lines, parsed (one JSON object a line). */
  readonly logs: Record<string, unknown>[];
  readonly stdout: string;
  readonly stderr: string;
}

const MARK = '\u0001';

/*
 * Answers each envelope in turn. An envelope can hold
 * `{ "$throwingGetter": "message" }` for a property that throws when read; JSON cannot say
 * that, and an error from deep inside the bundle is what the stack tests need.
 */
const CHILD = `
const revive = (value) => {
  if (value === null || typeof value !== 'object') return value;
  for (const [key, child] of Object.entries(value)) {
    if (child && typeof child === 'object' && typeof child.$throwingGetter === 'string') {
      Object.defineProperty(value, key, { enumerable: false, get() { throw new Error(child.$throwingGetter); } });
    } else revive(child);
  }
  return value;
};
const envelopes = revive(JSON.parse(process.argv[1]));
const { handler } = require('./index.js');
(async () => {
  for (const envelope of envelopes) {
    const response = await handler(envelope, {});
    process.stdout.write('${MARK}RESULT ' + JSON.stringify(response) + '\\n');
  }
})().catch((error) => { console.error(error && error.stack); process.exit(3); });
`;

function parseLogLine(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the bundle in `folder` in a new process with only PATH and `env` set. Asynchronous,
 * so that a demo provider in the caller's process can answer the bundle's requests.
 */
export function runBundle(folder: string, envelopes: readonly unknown[], env: Record<string, string> = {}): Promise<BundleRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-e', CHILD, JSON.stringify(envelopes)],
      { cwd: folder, env: { PATH: process.env.PATH ?? '', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const lines = `${stdout}\n${stderr}`.split('\n');
        const marked = (kind: string) =>
          lines.filter((line) => line.startsWith(`${MARK}${kind} `)).map((line): unknown => JSON.parse(line.slice(kind.length + 2)));
        resolve({
          status: error ? Number(error.code) || 1 : 0,
          responses: marked('RESULT') as ResponseEnvelope[],
          logs: lines
            .filter((line) => !line.startsWith(MARK))
            .map(parseLogLine)
            .filter((log) => log !== undefined),
          stdout,
          stderr,
        });
      },
    );
  });
}

/** The SSML of a response, or '' when it has none. */
export function speechOf(response: ResponseEnvelope | undefined): string {
  const speech = response?.response.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml : '';
}
