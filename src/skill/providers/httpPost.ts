import axios from 'axios';

/**
 * POSTs a JSON body and resolves with the HTTP status, whatever it is. Rejects only when no
 * answer came in `timeoutMs` or the connection failed. For Alexa's own APIs (progressive
 * responses), not for providers; it lives here because axios ships with the provider clients.
 */
export async function postJson(url: string, body: unknown, headers: Record<string, string>, timeoutMs: number): Promise<number> {
  const response = await axios.post(url, body, {
    adapter: 'http',
    headers: { ...headers, 'Content-Type': 'application/json' },
    timeout: timeoutMs,
    signal: AbortSignal.timeout(timeoutMs),
    maxRedirects: 0,
    validateStatus: () => true,
    responseType: 'text',
  });
  return response.status;
}
