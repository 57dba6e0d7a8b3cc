import fs from 'node:fs';
import { log, setLogLevel } from '../../../src/skill/logging/logger';

/** Captures what the logger writes to each file descriptor, one string per write. */
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
