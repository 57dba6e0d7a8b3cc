import axios, { AxiosInstance, AxiosResponse } from 'axios';
import { ConcurrencyLimit } from './concurrencyLimit';
import { Deadline } from './deadline';
import {
  ForbiddenError,
  LinkExpiredError,
  ProviderError,
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
/** A `Retry-After` longer than this is not waited out: the person hears "busy" at once rather than silence. */
export const MAX_RETRY_AFTER_MS = 2000;
/** The wait when a 429 names none. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;

/** What a provider client is made with, for one Alexa request. */
export interface ClientOptions {
  readonly apiUrl: string;
  readonly accessToken: string;
  /** The Alexa request's deadline. */
  readonly deadline: Deadline;
  /** The Alexa request's cap on provider calls in flight, shared by every client made for it. */
  readonly limit: ConcurrencyLimit;
}

export interface TransportOptions extends ClientOptions {
  /** Pulls the provider's reason out of an error body, for a 403 that needs explaining. */
  readonly reasonFromErrorBody?: (body: unknown) => string | undefined;
  /** A provider's own reading of a 4xx (Spotify's player refusals), tried before the generic mapping. */
  readonly refusalFromError?: (status: number, body: unknown) => ProviderError | undefined;
}

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE';

/** One call to the provider's API. */
export interface ProviderCall {
  readonly method?: HttpMethod;
  /** What a 403 or 404 refers to, for the answer the person hears. */
  readonly resource: ProviderResource;
  readonly path: string;
  readonly params?: Record<string, string | number>;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Not sent again after a lost answer or a 5xx, which may have been carried out: for commands that must not happen twice. */
  readonly once?: boolean;
}

type Attempt = { response: AxiosResponse<string> } | { failure: string };

/** `Retry-After` as delta-seconds or an HTTP date, measured against `now`. */
function parseRetryAfterSeconds(header: unknown, now: number): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
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
    // Straight to the provider: no proxy from the environment (the bundle leaves proxy support out).
    proxy: false,
    headers: { Accept: 'application/json' },
  });
  return sharedHttp;
}

/**
 * Calls a provider's JSON API within a deadline, and turns every failure into one of the
 * typed errors in `errors.ts`. Retries once on 5xx or a network failure, and waits out a
 * 429's `Retry-After` once, but only up to `MAX_RETRY_AFTER_MS` and only while the deadline
 * still has room. At most `options.limit.max` calls are in flight at once; a wait holds no place.
 */
export class HttpTransport {
  constructor(private readonly options: TransportOptions) {}

  getJson(resource: ProviderResource, path: string, params: Record<string, string | number> = {}): Promise<unknown> {
    return this.call({ resource, path, params });
  }

  /** The parsed JSON body, or undefined for a success without one (a PUT's 204). */
  async call(call: ProviderCall): Promise<unknown> {
    const { deadline } = this.options;
    for (let attempt = 1; ; attempt++) {
      const canRetry = () => !call.once && attempt < MAX_ATTEMPTS && deadline.allows(MIN_ATTEMPT_MS);
      const result = await this.options.limit.run(() => this.send(call));
      if ('failure' in result) {
        if (canRetry()) continue;
        throw new ProviderUnavailableError(result.failure);
      }
      const { status, headers, data } = result.response;
      if (status >= 200 && status < 300) return this.parseBody(call, status, data, headers['content-type']);
      const refusal = status >= 400 && status < 500 ? this.options.refusalFromError?.(status, parseJson(data)) : undefined;
      if (refusal) throw refusal;
      if (status === 401) throw new LinkExpiredError();
      if (status === 403) throw new ForbiddenError(call.resource, this.options.reasonFromErrorBody?.(parseJson(data)));
      // A missing playlist is news for the person; a missing library endpoint is the provider misbehaving.
      if (status === 404) throw call.resource === 'playlist' ? new NotFoundError() : new ProviderUnavailableError('status 404');
      if (status === 429) {
        const waitSeconds = parseRetryAfterSeconds(headers['retry-after'], deadline.clock.now()) ?? DEFAULT_RETRY_AFTER_SECONDS;
        const waitMs = waitSeconds * 1000;
        if (attempt < MAX_ATTEMPTS && waitMs <= MAX_RETRY_AFTER_MS && deadline.allows(waitMs, MIN_ATTEMPT_MS)) {
          await deadline.wait(waitMs);
          continue;
        }
        throw new RateLimitedError(waitSeconds);
      }
      if (status >= 500 && canRetry()) continue;
      throw new ProviderUnavailableError(`status ${status}`);
    }
  }

  private async send({ method = 'GET', path, params = {}, body }: ProviderCall): Promise<Attempt> {
    const { deadline } = this.options;
    // A call that waited for a place may find the time already gone.
    if (deadline.remainingMs() <= 0) return { failure: 'timed out' };
    try {
      const response = await providerHttp().request<string>({
        method,
        url: path,
        baseURL: this.options.apiUrl,
        // A URLSearchParams is sent as it is; a plain object would bring in axios's FormData serializer.
        params: new URLSearchParams(Object.entries(params).map(([name, value]): [string, string] => [name, String(value)])),
        headers: {
          Authorization: `Bearer ${this.options.accessToken}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        data: body === undefined ? undefined : JSON.stringify(body),
        signal: deadline.signal(),
      });
      return { response };
    } catch (error) {
      if (axios.isAxiosError(error) && /maxContentLength/.test(error.message)) {
        throw new MalformedResponseError(`body larger than ${MAX_BODY_BYTES} bytes`);
      }
      return { failure: describeFailure(error) };
    }
  }

  private parseBody({ method = 'GET' }: ProviderCall, status: number, data: string, contentType: unknown): unknown {
    if (status === 204 || (method !== 'GET' && data === '')) return undefined;
    if (typeof contentType !== 'string' || !/\bjson\b/i.test(contentType)) {
      throw new MalformedResponseError(`expected JSON, got content type "${typeof contentType === 'string' ? contentType : 'none'}"`);
    }
    const body = parseJson(data);
    if (body === undefined) throw new MalformedResponseError('body is not valid JSON');
    return body;
  }
}
