/** What a request was for: the playlist list, one playlist's items, or the player (Spotify Connect). */
export type ProviderResource = 'library' | 'playlist' | 'player';

/**
 * The closed set of failures a provider client may throw. The skill maps each to one
 * spoken answer in `handlers/ProviderErrorHandler.ts`.
 */
export abstract class ProviderError extends Error {
  abstract readonly kind:
    | 'link-expired'
    | 'forbidden'
    | 'not-found'
    | 'rate-limited'
    | 'unavailable'
    | 'malformed'
    | 'premium-required'
    | 'no-active-device'
    | 'scope-missing';
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

/** Thrown on a 403 from the player whose reason is `PREMIUM_REQUIRED`: only Premium accounts can be controlled. */
export class PremiumRequiredError extends ProviderError {
  readonly kind = 'premium-required';
  constructor() {
    super('The provider only lets Premium accounts control playback (403 PREMIUM_REQUIRED)');
    this.name = 'PremiumRequiredError';
  }
}

/**
 * Thrown on a 404 from the player (`NO_ACTIVE_DEVICE`, or a device that is not awake), and when
 * the person has no device to play on at all. Carries the device's name when one was targeted.
 */
export class NoActiveDeviceError extends ProviderError {
  readonly kind = 'no-active-device';
  constructor(readonly deviceName?: string) {
    super(`The provider has no device to play on (404${deviceName === undefined ? '' : ', a named device did not answer'})`);
    this.name = 'NoActiveDeviceError';
  }
}

/** Thrown on a 403 "Insufficient client scope": the token predates the scopes this call needs, so the person must link again. */
export class ScopeMissingError extends ProviderError {
  readonly kind = 'scope-missing';
  constructor() {
    super('The access token lacks a scope this call needs (403 Insufficient client scope)');
    this.name = 'ScopeMissingError';
  }
}
