import axios, { AxiosInstance, AxiosResponse } from 'axios';
import { Deadline } from './deadline';
import {
  ForbiddenError,
  LinkExpiredError,
  ProviderResource,
  MalformedResponseError,
  NotFoundError,
  ProviderUnavailableError,
  RateLimitedError,
} from './errors';

/** A body larger than this is no playlist page; refuse it rather than buffer it. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** A retry is only worth starting when it has at least this long to finish. */
const MIN_ATTEMPT_MS = 750;
const MAX_ATTEMPTS = 2;

export interface TransportOptions {
  readonly baseUrl: string;
  readonly accessToken: string;
  readonly deadline: Deadline;
  /** Pulls the provider's reason out of an error body, for a 403 that needs explaining. */
  readonly reasonFromErrorBody?: (body: unknown) => string | undefined;
}

type Attempt = { response: AxiosResponse<string> } | { failure: string };

function parseRetryAfterSeconds(header: unknown): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describeFailure(error: unknown): string {
  if (axios.isAxiosError(error)) {
    if (error.code === 'ERR_CANCELED' || error.code === 'ECONNABORTED') return 'timed out';
    return error.code ?? 'network error';
  }
  return 'network error';
}

let sharedHttp: AxiosInstance | undefined;

/** One axios instance per container, made on first use: building one per request is measurable. */
function providerHttp(): AxiosInstance {
  sharedHttp ??= axios.create({
    adapter: 'http',
    responseType: 'text',
    transformResponse: (data: unknown) => data,
    validateStatus: () => true,
    maxContentLength: MAX_BODY_BYTES,
    maxRedirects: 0,
    headers: { Accept: 'application/json' },
  });
  return sharedHttp;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GETs JSON from a provider within a deadline, and turns every failure into one of the
 * typed errors in `errors.ts`. Retries once on 5xx or a network failure, and waits out a
 * 429's `Retry-After` once, but only while the deadline still has room.
 */
export class HttpTransport {
  constructor(private readonly options: TransportOptions) {}

  async getJson(resource: ProviderResource, path: string, params: Record<string, string | number> = {}): Promise<unknown> {
    const { deadline } = this.options;
    for (let attempt = 1; ; attempt++) {
      const canRetry = () => attempt < MAX_ATTEMPTS && deadline.allows(MIN_ATTEMPT_MS);
      const result = await this.send(path, params);
      if ('failure' in result) {
        if (canRetry()) continue;
        throw new ProviderUnavailableError(result.failure);
      }
      const { status, headers, data } = result.response;
      if (status >= 200 && status < 300) return this.parseBody(data, headers['content-type']);
      if (status === 401) throw new LinkExpiredError();
      if (status === 403) throw new ForbiddenError(resource, this.options.reasonFromErrorBody?.(parseJson(data)));
      // A missing playlist is news for the person; a missing library endpoint is the provider misbehaving.
      if (status === 404) throw resource === 'playlist' ? new NotFoundError() : new ProviderUnavailableError('status 404');
      if (status === 429) {
        const waitSeconds = parseRetryAfterSeconds(headers['retry-after']) ?? 1;
        if (attempt < MAX_ATTEMPTS && deadline.allows(waitSeconds * 1000, MIN_ATTEMPT_MS)) {
          await sleep(waitSeconds * 1000);
          continue;
        }
        throw new RateLimitedError(waitSeconds);
      }
      if (status >= 500 && canRetry()) continue;
      throw new ProviderUnavailableError(`status ${status}`);
    }
  }

  private async send(path: string, params: Record<string, string | number>): Promise<Attempt> {
    const remainingMs = this.options.deadline.remainingMs();
    if (remainingMs <= 0) return { failure: 'timed out' };
    try {
      const response = await providerHttp().get<string>(path, {
        baseURL: this.options.baseUrl,
        params,
        headers: { Authorization: `Bearer ${this.options.accessToken}` },
        timeout: remainingMs,
        signal: AbortSignal.timeout(remainingMs),
      });
      return { response };
    } catch (error) {
      if (axios.isAxiosError(error) && /maxContentLength/.test(error.message)) {
        throw new MalformedResponseError(`body larger than ${MAX_BODY_BYTES} bytes`);
      }
      return { failure: describeFailure(error) };
    }
  }

  private parseBody(data: string, contentType: unknown): unknown {
    if (typeof contentType !== 'string' || !/\bjson\b/i.test(contentType)) {
      throw new MalformedResponseError(`expected JSON, got content type "${String(contentType ?? 'none')}"`);
    }
    const body = parseJson(data);
    if (body === undefined) throw new MalformedResponseError('body is not valid JSON');
    return body;
  }
}
