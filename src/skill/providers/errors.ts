export type ProviderResource = 'library' | 'playlist';

/**
 * The closed set of failures a provider client may throw. The skill maps each to one
 * spoken answer in `handlers/ProviderErrorHandler.ts`.
 */
export abstract class ProviderError extends Error {
  abstract readonly kind: 'link-expired' | 'forbidden' | 'not-found' | 'rate-limited' | 'unavailable' | 'malformed';
}

/** Thrown on a 401: the access token is dead, so the person must link again. */
export class LinkExpiredError extends ProviderError {
  readonly kind = 'link-expired';
  constructor() {
    super('The provider rejected the access token (401)');
    this.name = 'LinkExpiredError';
  }
}

/** Thrown on a 403: the account or resource may not be read. Relinking will not help. */
export class ForbiddenError extends ProviderError {
  readonly kind = 'forbidden';
  constructor(
    /** What was refused: the whole library, or one playlist's items. */
    readonly resource: ProviderResource,
    /** The provider's own reason, e.g. YouTube's `quotaExceeded`, when it gave one. */
    readonly reason?: string,
  ) {
    super(`The provider refused access (403${reason ? `: ${reason}` : ''})`);
    this.name = 'ForbiddenError';
  }
}

/**
 * Thrown on a 404: the playlist no longer exists or was never visible. Also thrown, without
 * asking the provider, for an ID that is not in the provider's format: no such playlist can exist.
 */
export class NotFoundError extends ProviderError {
  readonly kind = 'not-found';
  constructor(message = 'The provider has no such resource (404)') {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** Thrown on a 429 whose `Retry-After` does not fit in the time the request has left. */
export class RateLimitedError extends ProviderError {
  readonly kind = 'rate-limited';
  constructor(readonly retryAfterSeconds?: number) {
    super(`The provider is rate limiting (429, retry after ${retryAfterSeconds ?? '?'} s)`);
    this.name = 'RateLimitedError';
  }
}

/** Thrown on 5xx, a network failure or a timeout, after the one retry. */
export class ProviderUnavailableError extends ProviderError {
  readonly kind = 'unavailable';
  constructor(readonly detail: string) {
    super(`The provider is unavailable: ${detail}`);
    this.name = 'ProviderUnavailableError';
  }
}

/** Thrown when a 2xx body is not the JSON shape the client expects. */
export class MalformedResponseError extends ProviderError {
  readonly kind = 'malformed';
  constructor(readonly detail: string) {
    super(`The provider sent a malformed response: ${detail}`);
    this.name = 'MalformedResponseError';
  }
}
