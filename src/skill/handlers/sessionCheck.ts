import { HandlerInput, RequestInterceptor } from 'ask-sdk-core';

/** Forgets whatever the session carried; out of session (no `session` object) it is a no-op. */
export function startFreshSession(handlerInput: HandlerInput): void {
  if (handlerInput.requestEnvelope.session !== undefined) handlerInput.attributesManager.setSessionAttributes({});
}

/**
 * Session attributes come back through the client, so each request's are replaced by their
 * checked form before any handler reads them, and a handler that writes nothing sends back
 * nothing it was not meant to. A new session holds nothing the skill wrote: it starts empty.
 * A continuing one goes through `check` (`normalizeSessionAttributes`, which lives with the
 * conversation), so a launch never loads the checks; if they cannot be loaded, nothing is kept.
 */
export function checkSessionAttributes(check: () => Promise<RequestInterceptor>): RequestInterceptor {
  return {
    async process(handlerInput: HandlerInput): Promise<void> {
      const session = handlerInput.requestEnvelope.session as { new?: unknown } | undefined;
      if (session === undefined) return;
      if (session.new === true) return startFreshSession(handlerInput);
      try {
        await (await check()).process(handlerInput);
      } catch (error) {
        startFreshSession(handlerInput);
        throw error;
      }
    },
  };
}
