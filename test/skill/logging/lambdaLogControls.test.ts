import { ConfigError, loadConfig } from '../../../src/skill/config';
import { beginInvocation, log, setLogLevel } from '../../../src/skill/logging/logger';
import { captureLogLines } from '../../support/logLines';

describe("Lambda's log controls", () => {
  it.each([
    ['TRACE', 'debug'],
    ['DEBUG', 'debug'],
    ['INFO', 'info'],
    ['WARN', 'warn'],
    ['ERROR', 'error'],
    ['FATAL', 'error'],
  ])('AWS_LAMBDA_LOG_LEVEL=%s sets the level to %s, over LOG_LEVEL', (lambdaLevel, level) => {
    expect(loadConfig({ AWS_LAMBDA_LOG_LEVEL: lambdaLevel, LOG_LEVEL: 'silent' }).logLevel).toBe(level);
  });

  it('LOG_LEVEL decides when Lambda sets no level', () => {
    expect(loadConfig({ LOG_LEVEL: 'error' }).logLevel).toBe('error');
  });

  it('a bad AWS_LAMBDA_LOG_LEVEL fails fast, naming it', () => {
    expect(() => loadConfig({ AWS_LAMBDA_LOG_LEVEL: 'LOUD' })).toThrow(ConfigError);
    expect(() => loadConfig({ AWS_LAMBDA_LOG_LEVEL: 'LOUD' })).toThrow(/^AWS_LAMBDA_LOG_LEVEL: /);
  });
});

describe('the invocation on every line', () => {
  afterEach(() => setLogLevel(undefined));

  it('carries the Lambda request ID, and coldStart true only on the container’s first invocation', () => {
    setLogLevel('info');
    const capture = captureLogLines();
    try {
      beginInvocation('first-request');
      log.info('request', { type: 'LaunchRequest' });
      beginInvocation('second-request');
      log.info('response', { durationMs: 12 });
    } finally {
      capture.restore();
    }
    expect(capture.lines()).toEqual([
      { level: 'info', event: 'request', awsRequestId: 'first-request', coldStart: true, type: 'LaunchRequest' },
      { level: 'info', event: 'response', awsRequestId: 'second-request', coldStart: false, durationMs: 12 },
    ]);
  });
});
