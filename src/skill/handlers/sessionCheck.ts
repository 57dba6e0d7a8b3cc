import { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { log } from '../logging/logger';

/** Whether the request belongs to a session at all: skill events and a malformed `session: null` do not. */
export function hasSession(handlerInput: HandlerInput): boolean {
  const session: unknown = handlerInput.requestEnvelope.session;
  return typeof session === 'object' && session !== null;
}

/** Forgets whatever the session carried; out of session it is a no-op. */
export function startFreshSession(handlerInput: HandlerInput): void {
  if (hasSession(handlerInput)) handlerInput.attributesManager.setSessionAttributes({});
}

/**
 * Session attributes come back through the client, so each request's are replaced by their
 * checked form before any handler reads them, and a handler that writes nothing sends back
 * nothing it was not meant to. A new session holds nothing the skill wrote: it starts empty.
 * A continuing one goes through `check` (`normalizeSessionAttributes`, which lives with the
 * conversation), so a launch never loads the checks. If they cannot be loaded, nothing is
 * kept, and the linking gate and the welcome, which need none of it, still answer.
 */
export function checkSessionAttributes(check: () => Promise<RequestInterceptor>): RequestInterceptor {
  return {
    async process(handlerInput: HandlerInput): Promise<void> {
      if (!hasSession(handlerInput)) return;
      if ((handlerInput.requestEnvelope.session as { new?: unknown }).new === true) return startFreshSession(handlerInput);
      let checks: RequestInterceptor;
      try {
        checks = await check();
      } catch (error) {
        startFreshSession(handlerInput);
        log.error(
          'session-checks-unavailable',
          error instanceof Error ? { name: error.name, message: error.message } : { name: typeof error },
        );
        return;
      }
      await checks.process(handlerInput);
    },
  };
}
