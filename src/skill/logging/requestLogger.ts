import { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { RequestEnvelope, Response } from 'ask-sdk-model';
import { enabled, log } from './logger';
import { secretsOf } from './redact';

/*
 * One short JSON line per request and one per response at `info`: what was asked, what was
 * answered, how long it took. The whole envelope and response, redacted and bounded, are
 * logged only at `debug`: copying and redacting them costs more than the rest of a warm
 * request, and CloudWatch charges for every byte. Logging never throws: a log line is not
 * worth a failed turn.
 */

/** Where a request's start time waits for its response line. */
const STARTED_AT = 'playlistReaderStartedAt';

function summary(envelope: RequestEnvelope | undefined) {
  const request = envelope?.request as { type?: string; requestId?: string; locale?: string; intent?: { name?: string } } | undefined;
  return { requestId: request?.requestId, type: request?.type, intent: request?.intent?.name, locale: request?.locale };
}

export const logRequest: RequestInterceptor = {
  process(handlerInput: HandlerInput): void {
    try {
      const envelope = handlerInput.requestEnvelope;
      handlerInput.attributesManager.getRequestAttributes()[STARTED_AT] = Date.now();
      log.info('request', summary(envelope));
      if (enabled('debug')) log.debug('request-envelope', { requestId: summary(envelope).requestId, envelope }, secretsOf(envelope));
    } catch {
      // Never fail a turn over a log line.
    }
  },
};

/** Logs the answer. Error handlers call it too, because ask-sdk skips response interceptors for them. */
export function logResponse(handlerInput: HandlerInput, response: Response | undefined): void {
  try {
    const envelope = handlerInput.requestEnvelope;
    const started = handlerInput.attributesManager.getRequestAttributes()[STARTED_AT] as number | undefined;
    const speech = response?.outputSpeech;
    log.info('response', {
      ...summary(envelope),
      durationMs: started === undefined ? undefined : Date.now() - started,
      speechLength: speech?.type === 'SSML' ? speech.ssml.length : speech?.type === 'PlainText' ? speech.text.length : 0,
      card: response?.card?.type,
      shouldEndSession: response?.shouldEndSession,
    });
    if (enabled('debug')) log.debug('response-body', { requestId: summary(envelope).requestId, response }, secretsOf(envelope));
  } catch {
    // Never fail a turn over a log line.
  }
}

export const logResponses: ResponseInterceptor = {
  process(handlerInput: HandlerInput, response?: Response): void {
    logResponse(handlerInput, response);
  },
};
