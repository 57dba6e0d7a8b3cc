import fs from 'node:fs';
import { log, setLogLevel, setLogWriter } from '../../../src/skill/logging/logger';
import { captureLogLines } from '../../support/logLines';

/** Captures what the default writer writes to each file descriptor, one string per write. */
function captureWrites(): { written: Map<number, string[]>; restore: () => void } {
  const written = new Map<number, string[]>();
  const spy = jest.spyOn(fs, 'writeSync').mockImplementation((fd: number, data: Uint8Array | string) => {
    written.set(fd, [...(written.get(fd) ?? []), Buffer.from(data).toString()]);
    return typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  });
  return { written, restore: () => spy.mockRestore() };
}

describe('the logger', () => {
  const saved = process.env.LOG_LEVEL;
  afterEach(() => {
    process.env.LOG_LEVEL = saved;
    setLogLevel(undefined);
  });

  it('never throws, even when LOG_LEVEL names no level (loadConfig refuses that at cold start)', () => {
    process.env.LOG_LEVEL = 'verbose';
    setLogLevel(undefined);
    const { written, restore } = captureWrites();
    expect(() => log.error('unhandled-error', { message: 'boom' })).not.toThrow();
    restore();
    expect(written.get(2)).toEqual([expect.stringContaining('"event":"unhandled-error"')]);
  });

  it('writes one JSON line per event, at or above the level', () => {
    setLogLevel('warn');
    const { written, restore } = captureWrites();
    log.info('request', { type: 'LaunchRequest' });
    log.warn('provider-error', { kind: 'unavailable' });
    restore();
    expect(written.get(1)).toBeUndefined();
    expect(written.get(2)).toHaveLength(1);
    expect(JSON.parse(written.get(2)?.[0] ?? '')).toEqual({ level: 'warn', event: 'provider-error', kind: 'unavailable' });
  });

  it('writes the whole line even when the descriptor takes it in pieces, and hands the rest to the stream on EAGAIN', () => {
    setLogLevel('info');
    const pieces: string[] = [];
    let calls = 0;
    const spy = jest.spyOn(fs, 'writeSync').mockImplementation((_fd: number, data: Uint8Array | string, offset?: number | null) => {
      calls++;
      if (calls === 3) throw Object.assign(new Error('resource temporarily unavailable'), { code: 'EAGAIN' });
      const bytes = Buffer.from(data).subarray(offset ?? 0);
      pieces.push(bytes.subarray(0, 10).toString());
      return Math.min(10, bytes.byteLength);
    });
    const stream = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    log.info('request', { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.1' });
    const handedToStream = stream.mock.calls.map(([chunk]) => Buffer.from(chunk as Uint8Array).toString());
    spy.mockRestore();
    stream.mockRestore();
    expect(handedToStream).toHaveLength(1);
    const rest = handedToStream[0];
    expect(JSON.parse(pieces.join('') + rest)).toEqual({
      level: 'info',
      event: 'request',
      type: 'LaunchRequest',
      requestId: 'amzn1.echo-api.request.1',
    });
  });
});

describe('the log writer', () => {
  afterEach(() => setLogLevel(undefined));

  it('takes every line instead of the descriptors, with the stream its level goes to; restoring gives the descriptors back', () => {
    setLogLevel('debug');
    const { written, restore: restoreDescriptors } = captureWrites();
    const capture = captureLogLines();
    log.debug('request-envelope', { requestId: 'r1' });
    log.info('request', { requestId: 'r1' });
    log.warn('provider-error', { kind: 'unavailable' });
    log.error('unhandled-error', { message: 'boom' });
    capture.restore();
    log.info('response', { requestId: 'r1' });
    restoreDescriptors();

    expect(capture.raw()).toEqual([
      '{"level":"debug","event":"request-envelope","requestId":"r1"}',
      '{"level":"info","event":"request","requestId":"r1"}',
      '{"level":"warn","event":"provider-error","kind":"unavailable"}',
      '{"level":"error","event":"unhandled-error","message":"boom"}',
    ]);
    expect(capture.streams()).toEqual(['stdout', 'stdout', 'stderr', 'stderr']);
    expect([...written.keys()]).toEqual([1]);
    expect(written.get(1)).toEqual(['{"level":"info","event":"response","requestId":"r1"}\n']);
  });

  it('gets one line per entry, even for a field that holds line breaks', () => {
    setLogLevel('info');
    const capture = captureLogLines();
    log.error('unhandled-error', { stack: 'Error: boom\n    at handle (handler.ts:1:1)\r\n' });
    capture.restore();
    expect(capture.raw()).toHaveLength(1);
    expect(capture.lines()).toEqual([
      { level: 'error', event: 'unhandled-error', stack: 'Error: boom\n    at handle (handler.ts:1:1)\r\n' },
    ]);
  });

  it('is never given a line below the level', () => {
    setLogLevel('warn');
    const capture = captureLogLines();
    log.debug('request-envelope');
    log.info('request');
    capture.restore();
    expect(capture.raw()).toEqual([]);
  });

  it('a writer that throws never makes logging throw', () => {
    setLogLevel('info');
    const restore = setLogWriter(() => {
      throw new Error('disk full');
    });
    try {
      expect(() => log.info('request', { type: 'LaunchRequest' })).not.toThrow();
    } finally {
      restore();
    }
  });
});
