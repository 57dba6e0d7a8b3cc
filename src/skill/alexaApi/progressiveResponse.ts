import { HandlerInput } from 'ask-sdk-core';
import axios from 'axios';
import { log } from '../logging/logger';
import { Utterance } from '../speech/utterance';

/** Alexa's API hosts (North America, Europe, Far East); the request's token is never sent anywhere else. */
const ALEXA_API_HOSTS = new Set(['api.amazonalexa.com', 'api.eu.amazonalexa.com', 'api.fe.amazonalexa.com']);
/** A progressive response is a courtesy: it may not hold up the answer for long. */
const PROGRESSIVE_RESPONSE_TIMEOUT_MS = 1000;

interface Target {
  readonly url: string;
  readonly apiAccessToken: string;
  readonly requestId: string;
}

function targetOf(handlerInput: HandlerInput): Target | undefined {
  const { context, request } = handlerInput.requestEnvelope;
  const apiEndpoint: unknown = context?.System?.apiEndpoint;
  const apiAccessToken: unknown = context?.System?.apiAccessToken;
  const requestId: unknown = request?.requestId;
  if (typeof apiEndpoint !== 'string' || typeof apiAccessToken !== 'string' || !apiAccessToken || typeof requestId !== 'string') {
    return undefined;
  }
  try {
    const url = new URL('/v1/directives', apiEndpoint);
    return url.protocol === 'https:' && ALEXA_API_HOSTS.has(url.hostname) ? { url: url.href, apiAccessToken, requestId } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Asks Alexa to say `speech` now, while the skill works on the full answer: the Progressive
 * Response API, `POST {apiEndpoint}/v1/directives` with a `VoicePlayer.Speak` directive for
 * this request. Resolves to whether Alexa took it; it never throws, because the answer must
 * not depend on it. The request's `apiAccessToken` is never logged.
 */
export async function sendProgressiveResponse(handlerInput: HandlerInput, speech: Utterance): Promise<boolean> {
  const target = targetOf(handlerInput);
  if (!target) return false;
  const body = {
    header: { requestId: target.requestId },
    directive: { type: 'VoicePlayer.Speak', speech: `<speak>${speech.ssml}</speak>` },
  };
  try {
    const { status } = await axios.post(target.url, body, {
      adapter: 'http',
      headers: { Authorization: `Bearer ${target.apiAccessToken}`, 'Content-Type': 'application/json' },
      timeout: PROGRESSIVE_RESPONSE_TIMEOUT_MS,
      signal: AbortSignal.timeout(PROGRESSIVE_RESPONSE_TIMEOUT_MS),
      maxRedirects: 0,
      // Straight to Alexa: no proxy from the environment.
      proxy: false,
      validateStatus: () => true,
      responseType: 'text',
    });
    if (status >= 200 && status < 300) return true;
    log.warn('progressive-response-refused', { status });
  } catch (error) {
    // Only the error's code: an HTTP client's error can carry the request's headers, token included.
    log.warn('progressive-response-failed', { code: (error as { code?: unknown })?.code ?? 'unknown' });
  }
  return false;
}
