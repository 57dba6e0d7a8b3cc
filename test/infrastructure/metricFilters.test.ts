import type { Context } from 'aws-lambda';
import { DEMO_ACCESS_TOKEN, DemoProvider, startDemoProvider } from '../../src/local/demoProvider';
import { buildEnvelope, intentRequest, launchRequest } from '../../src/local/requestEnvelope';
import { CapturedLogLines, captureLogLines } from '../support/logLines';
import { readTemplate, resourcesOfType } from './cloudFormation';
import { extractValue, matchesJsonPattern } from './metricFilterPattern';

/*
 * The template's metric filters against the lines the skill really writes: the Lambda entry
 * (src/skill/lambda.ts) is loaded fresh, as in a new container, driven through a few turns, and
 * every line it writes is captured. Each filter's pattern and value are then applied to them.
 */

interface MetricTransformation {
  MetricName: string;
  MetricValue: string;
  Dimensions?: { Key: string; Value: string }[];
}

const filters = resourcesOfType(readTemplate(), 'AWS::Logs::MetricFilter').map(([, filter]) => {
  const [transformation] = filter.Properties.MetricTransformations as MetricTransformation[];
  return { pattern: filter.Properties.FilterPattern as string, ...transformation };
});
const filterFor = (metricName: string) => {
  const found = filters.find((filter) => filter.MetricName === metricName);
  if (!found) throw new Error(`the template has no metric ${metricName}`);
  return found;
};

let demo: DemoProvider;
let lines: string[] = [];
const savedEnv = { ...process.env };

beforeAll(async () => {
  demo = await startDemoProvider();
  Object.assign(process.env, { LOG_LEVEL: 'info', SPOTIFY_API_URL: demo.apiUrl, ACCOUNT_LINKING: 'required' });
  delete process.env.PERSISTENCE_TABLE;
  delete process.env.AWS_LAMBDA_LOG_LEVEL;

  let capture: CapturedLogLines | undefined;
  try {
    // The whole run inside one fresh module registry: the provider client, loaded on first use, must share it.
    await jest.isolateModulesAsync(async () => {
      // That registry's own logger, the one the Lambda entry loaded next writes with.
      capture = captureLogLines(await import('../../src/skill/logging/logger'));
      const { handler } = await import('../../src/skill/lambda');
      const invoke = (request: ReturnType<typeof launchRequest>, id: string) =>
        handler(buildEnvelope(request, { accessToken: DEMO_ACCESS_TOKEN }), { awsRequestId: id } as Context);

      await invoke(launchRequest(), 'aws-request-1');
      await invoke(intentRequest('PlaylistContentsIntent', { playlistName: 'rock and roll' }), 'aws-request-2');
      demo.setFault({ status: 503, times: 2 });
      await invoke(intentRequest('PlaylistContentsIntent', { playlistName: 'road trip 2019' }), 'aws-request-3');
      demo.setFault({ status: 403, times: 1 });
      await invoke(intentRequest('ListPlaylistsIntent'), 'aws-request-4');
    });
  } finally {
    capture?.restore();
  }
  lines = capture!.raw();
});

afterAll(async () => {
  process.env = savedEnv;
  await demo.close();
});

const matching = (metricName: string) => lines.filter((line) => matchesJsonPattern(filterFor(metricName).pattern, line));

describe('the log lines the skill writes', () => {
  it('each carry the Lambda request ID and whether it was the container’s cold start', () => {
    expect(lines.length).toBeGreaterThanOrEqual(8);
    for (const line of lines) {
      const parsed = JSON.parse(line) as { awsRequestId?: unknown; coldStart?: unknown };
      expect(parsed.awsRequestId).toMatch(/^aws-request-[1-4]$/);
      expect(typeof parsed.coldStart).toBe('boolean');
      expect(parsed.coldStart).toBe(parsed.awsRequestId === 'aws-request-1');
    }
  });
});

describe("the template's metric filters, applied to those lines", () => {
  it('ColdStarts counts the first request of the container only', () => {
    expect(matching('ColdStarts').map((line) => (JSON.parse(line) as { awsRequestId: string }).awsRequestId)).toEqual(['aws-request-1']);
  });

  it('ResponseDuration takes the duration of every answer, errors included', () => {
    const durations = matching('ResponseDuration').map((line) => extractValue(filterFor('ResponseDuration').MetricValue, line));
    expect(durations).toHaveLength(4);
    for (const duration of durations) expect(typeof duration === 'number' && duration >= 0).toBe(true);
    expect(matching('Responses')).toHaveLength(4);
  });

  it('ProviderErrorsByKind counts each provider error under its kind, and ProviderErrors counts them all', () => {
    const byKind = filterFor('ProviderErrorsByKind');
    const kinds = matching('ProviderErrorsByKind').map((line) => extractValue(byKind.Dimensions![0].Value, line));
    expect(kinds).toEqual(['unavailable', 'forbidden']);
    expect(matching('ProviderErrors')).toHaveLength(2);
  });

  it('MemoryUnavailable stays at zero while the memory works', () => {
    expect(matching('MemoryUnavailable')).toEqual([]);
  });
});
