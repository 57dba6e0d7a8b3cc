import { log, setLogLevel } from '../../../src/skill/logging/logger';

describe('the logger', () => {
  const saved = process.env.LOG_LEVEL;
  afterEach(() => {
    process.env.LOG_LEVEL = saved;
    setLogLevel(undefined);
  });

  it('never throws, even when LOG_LEVEL names no level (loadConfig refuses that at cold start)', () => {
    process.env.LOG_LEVEL = 'verbose';
    setLogLevel(undefined);
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(() => log.error('unhandled-error', { message: 'boom' })).not.toThrow();
    expect(write).toHaveBeenCalledWith(expect.stringContaining('"event":"unhandled-error"'));
    write.mockRestore();
  });

  it('writes one JSON line per event, at or above the level', () => {
    setLogLevel('warn');
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    log.info('request', { type: 'LaunchRequest' });
    log.warn('provider-error', { kind: 'unavailable' });
    expect(out).not.toHaveBeenCalled();
    expect(err).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(err.mock.calls[0][0]))).toEqual({ level: 'warn', event: 'provider-error', kind: 'unavailable' });
    out.mockRestore();
    err.mockRestore();
  });
});
