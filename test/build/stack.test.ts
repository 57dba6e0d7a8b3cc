import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildEnvelope, intentRequest } from '../../src/local/requestEnvelope';
import { buildIntoEmptyFolder, BundleRun, projectRoot, runBundle, speechOf } from './builtBundle';

/*
 * A real error inside the built bundle: an intent whose `intent` property throws when the
 * skill reads it (and whose message carries the person's token). The unexpected-error handler
 * logs the stack; `npm run stack` must take it back to the TypeScript line that read `intent`.
 */
const TOKEN = 'Atza|linked-person-secret-token-4711';

let folder: string;
let run: BundleRun;

beforeAll(async () => {
  folder = buildIntoEmptyFolder();
  const envelope = buildEnvelope(intentRequest('ListPlaylistsIntent'), { accessToken: TOKEN }) as unknown as {
    request: Record<string, unknown>;
  };
  envelope.request.intent = { $throwingGetter: `cannot read the intent of ${TOKEN}` };
  run = await runBundle(folder, [envelope]);
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function loggedError(): { message: string; stack: string[] } {
  const line = run.logs.find((log) => log.event === 'unhandled-error');
  if (!line) throw new Error(`no unhandled-error line in:\n${run.stdout}\n${run.stderr}`);
  return line as unknown as { message: string; stack: string[] };
}

function mapStack(input: string): string {
  return execFileSync(process.execPath, [path.join(projectRoot, 'scripts/stack.mjs'), '--dir', folder], {
    cwd: projectRoot,
    input,
    encoding: 'utf8',
  });
}

const MAPPED_FRAME = /^\s+at (?:.+ \()?(src\/skill\/[^:()]+\.ts):(\d+):(\d+)\)?$/;

function firstSkillFrame(stack: string): { file: string; line: number; column: number } {
  for (const text of stack.split('\n')) {
    const frame = MAPPED_FRAME.exec(text);
    if (frame) return { file: frame[1], line: Number(frame[2]), column: Number(frame[3]) };
  }
  throw new Error(`no frame in src/skill:\n${stack}`);
}

describe('an unexpected error inside the built bundle', () => {
  it('still gets the apology, not a rethrow', () => {
    expect(run.status).toBe(0);
    expect(speechOf(run.responses[0])).toContain('something went wrong on my side');
  });

  it('is logged with its stack, frame by frame, and without the token', () => {
    const { message, stack } = loggedError();
    expect(message).toBe('cannot read the intent of [REDACTED]');
    expect(stack[0]).toBe('Error: cannot read the intent of [REDACTED]');
    expect(stack.slice(1).every((frame) => frame.startsWith('    at '))).toBe(true);
    // Function names survive minification (keepNames), so even the raw stack reads.
    expect(stack.some((frame) => /at Object\.canHandle \(.*index\.js:\d+:\d+\)$/.test(frame))).toBe(true);
    expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN);
    expect(`${run.stdout}${run.stderr}`).not.toContain('linked-person-secret');
  });
});

describe('npm run stack', () => {
  const stackOf = () => loggedError().stack;

  it('maps the logged stack to the TypeScript line that read the throwing property', () => {
    const mapped = mapStack(JSON.stringify(loggedError()));
    expect(mapped).not.toContain('index.js:');
    const frame = firstSkillFrame(mapped);
    const file = path.join(projectRoot, frame.file);
    expect(existsSync(file)).toBe(true);
    const sourceLine = readFileSync(file, 'utf8').split('\n')[frame.line - 1];
    expect(sourceLine.slice(frame.column - 1)).toMatch(/^intent\b/);
  });

  it('reads the same stack from a CloudWatch line, from Lambda error JSON, from escaped text and raw', () => {
    const raw = stackOf().join('\n');
    const expected = mapStack(raw);
    expect(expected).toContain('src/skill/');
    const requestPrefix = '2026-11-25T10:00:00.000Z\t6f1c0e0a-2b7d-4d4c-9a53-1f0c2d3e4f50\tERROR\t';
    const inputs = [
      `START RequestId: 6f1c\n${requestPrefix}Invoke Error \t${JSON.stringify({ errorType: 'Error', errorMessage: 'x', stack: stackOf() })}\nEND`,
      JSON.stringify({ level: 'error', event: 'unhandled-error', stack: raw }),
      JSON.stringify(raw).slice(1, -1),
    ];
    for (const input of inputs) expect(mapStack(input)).toContain(expected.trim());
  });

  it('leaves lines that are not frames of the bundle as they came', () => {
    const input = ['Error: outside', '    at Object.<anonymous> (/var/task/handler-wrapper.js:3:9)', '    at node:internal/main:1:1'].join(
      '\n',
    );
    expect(mapStack(input).trim()).toBe(input);
  });
});
