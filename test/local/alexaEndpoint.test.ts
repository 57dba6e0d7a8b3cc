import { loadConfig } from '../../src/skill/config';
import { INSECURE_WARNING } from '../../src/local/alexaEndpoint';
import { buildEnvelope, launchRequest } from '../../src/local/requestEnvelope';
import { LocalServer, startLocalServer } from '../../src/local/server';
import { AMAZON_CERT_ORIGIN, CertificateStub, makeRootCa, makeSigningCertificate, signBody, SigningCertificate } from './alexaSigning';

/*
 * POST /alexa verifies Alexa's signature and timestamp, over real HTTP. Amazon's S3 cannot be
 * reached offline, so a stub serves certificate chains made by a CA of the test's own, and the
 * server is told, through its test-only options, to download from the stub and trust that CA.
 * Everything between the request and the stub is the production code.
 */

const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 5, 1, 12);
const CERT_PATH = '/echo.api/echo-api-cert-12.pem';
const CERT_URL = `${AMAZON_CERT_ORIGIN}${CERT_PATH}`;
const GENERIC_REFUSAL = JSON.stringify({ error: 'Request verification failed' });

const amazonCa = makeRootCa('Test Amazon Root', START);
const otherCa = makeRootCa('Someone Else', START);
const alexaCertificate = makeSigningCertificate(amazonCa, { notBefore: START - DAY_MS, notAfter: START + DAY_MS });
const impostor = makeSigningCertificate(otherCa, { notBefore: START - DAY_MS, notAfter: START + DAY_MS });

let clock = START;
let server: LocalServer;
let logged: string[];
const stub = new CertificateStub();

beforeAll(() => stub.start());
afterAll(() => stub.close());

// A server per test, so that each starts with an empty certificate cache.
beforeEach(async () => {
  clock = START;
  logged = [];
  stub.downloads.length = 0;
  stub.chains.clear();
  stub.chains.set(CERT_PATH, alexaCertificate.chainPem);
  server = await startLocalServer({
    config: loadConfig({ ACCOUNT_LINKING: 'optional' }),
    port: 0,
    log: (line) => logged.push(line),
    alexaEndpoint: { fetchCertificateChain: stub.fetcher(), trustedRoots: [amazonCa.pem], now: () => clock },
  });
});
afterEach(() => server.close());

const MISSING = Symbol('missing');

function envelope(timestamp: unknown = new Date(clock).toISOString()): string {
  const built = buildEnvelope(launchRequest());
  const request: Record<string, unknown> = { ...built.request, timestamp };
  if (timestamp === MISSING) delete request.timestamp;
  return JSON.stringify({ ...built, request });
}

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.alexaUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, text: await response.text() };
}

function signedPost(
  body: string,
  { certUrl = CERT_URL, signer = alexaCertificate }: { certUrl?: string; signer?: SigningCertificate } = {},
) {
  return post(body, { SignatureCertChainUrl: certUrl, 'Signature-256': signBody(body, signer.privateKeyPem) });
}

function speechOf(text: string): string {
  return (JSON.parse(text) as { response: { outputSpeech: { ssml: string } } }).response.outputSpeech.ssml;
}

describe('POST /alexa with verification on (the default)', () => {
  it('answers a fresh request signed with the certificate at the cert URL', async () => {
    const { status, text } = await signedPost(envelope());
    expect(status).toBe(200);
    expect(speechOf(text)).toContain('Welcome to Playlist Reader');
  });

  it.each([
    ['no headers at all', {}, 'no SignatureCertChainUrl'],
    ['a cert URL but no signature', { SignatureCertChainUrl: CERT_URL }, 'no Signature-256'],
  ])('refuses a request with %s, saying why only in the log', async (_name, headers, reason) => {
    const { status, text } = await post(envelope(), headers);
    expect(status).toBe(400);
    expect(text).toBe(GENERIC_REFUSAL);
    expect(logged.join('\n')).toContain(reason);
  });

  it.each([
    ['not https', 'http://s3.amazonaws.com/echo.api/echo-api-cert-12.pem'],
    ['another host', 'https://evil.example/echo.api/echo-api-cert-12.pem'],
    ['a host that ends like Amazon', 'https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert-12.pem'],
    ['user info that hides another host', 'https://s3.amazonaws.com@evil.example/echo.api/echo-api-cert-12.pem'],
    ['user info before the host', 'https://someone@s3.amazonaws.com/echo.api/echo-api-cert-12.pem'],
    ['another port', 'https://s3.amazonaws.com:8443/echo.api/echo-api-cert-12.pem'],
    ['a path outside /echo.api/', 'https://s3.amazonaws.com/other/echo-api-cert-12.pem'],
    ['the prefix in another case', 'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert-12.pem'],
    ['a dot-dot segment', 'https://s3.amazonaws.com/echo.api/../x/c.pem'],
    ['a dot segment', 'https://s3.amazonaws.com/echo.api/./echo-api-cert-12.pem'],
    ['a percent-encoded dot-dot', 'https://s3.amazonaws.com/echo.api/%2e%2e/x/c.pem'],
    ['an upper-case percent-encoded dot', 'https://s3.amazonaws.com/echo.api/%2E%2E/x/c.pem'],
    ['a percent-encoded slash', 'https://s3.amazonaws.com/echo.api/..%2fx%2fc.pem'],
    ['backslashes', 'https://s3.amazonaws.com/echo.api\\..\\x\\c.pem'],
    ['an empty segment', 'https://s3.amazonaws.com/echo.api//echo-api-cert-12.pem'],
    ['a query', 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem?x=1'],
    ['a fragment', 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem#x'],
  ])('refuses a cert URL with %s, before downloading anything', async (_name, certUrl) => {
    const { status, text } = await signedPost(envelope(), { certUrl });
    expect(status).toBe(400);
    expect(text).toBe(GENERIC_REFUSAL);
    expect(stub.downloads).toEqual([]);
    expect(logged.join('\n')).toContain('SignatureCertChainUrl');
  });

  it('accepts the host in any case and an explicit :443, and caches them as one URL', async () => {
    const first = await signedPost(envelope(), { certUrl: `HTTPS://S3.AmazonAWS.com:443${CERT_PATH}` });
    const second = await signedPost(envelope());
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(stub.downloads).toEqual([CERT_PATH]);
  });

  it.each([
    ['whose chain does not lead to a trusted root', { signer: impostor, chain: impostor.chainPem }],
    [
      'whose certificate lacks echo-api.amazon.com',
      {
        chain: makeSigningCertificate(amazonCa, { notBefore: START - DAY_MS, notAfter: START + DAY_MS, dnsNames: ['example.com'] })
          .chainPem,
      },
    ],
    [
      'whose certificate has expired',
      { chain: makeSigningCertificate(amazonCa, { notBefore: START - 2 * DAY_MS, notAfter: START - DAY_MS }).chainPem },
    ],
    ['whose cert URL holds no certificate', { chain: 'hello' }],
  ])('refuses a request %s', async (_name, { signer, chain }: { signer?: SigningCertificate; chain: string }) => {
    stub.chains.set('/echo.api/other.pem', chain);
    const { status, text } = await signedPost(envelope(), { certUrl: `${AMAZON_CERT_ORIGIN}/echo.api/other.pem`, signer });
    expect(status).toBe(400);
    expect(text).toBe(GENERIC_REFUSAL);
  });

  it('refuses a request signed by another key than the certificate at its cert URL', async () => {
    const { status } = await signedPost(envelope(), { signer: impostor });
    expect(status).toBe(400);
    expect(logged.join('\n')).toContain('does not match Signature-256');
  });

  it('refuses a body changed after signing', async () => {
    const body = envelope();
    const signature = signBody(body, alexaCertificate.privateKeyPem);
    const { status } = await post(body.replace('LaunchRequest', 'SessionEndedRequest'), {
      SignatureCertChainUrl: CERT_URL,
      'Signature-256': signature,
    });
    expect(status).toBe(400);
  });

  it.each([
    ['more than 150 s old', new Date(START - 151_000).toISOString(), 'old'],
    ['more than 150 s in the future', new Date(START + 151_000).toISOString(), 'in the future'],
    ['not a date', 'yesterday-ish', 'does not parse'],
    ['a date Date.parse would guess at', new Date(START).toUTCString(), 'does not parse'],
    ['an impossible date', '2026-13-45T99:00:00Z', 'does not parse'],
    ['a number', 42, 'does not parse'],
    ['missing', MISSING, 'does not parse'],
    ['null', null, 'does not parse'],
  ])('refuses a well-signed request whose timestamp is %s', async (_name, timestamp, reason) => {
    const { status, text } = await signedPost(envelope(timestamp));
    expect(status).toBe(400);
    expect(text).toBe(GENERIC_REFUSAL);
    expect(logged.join('\n')).toContain(reason);
  });

  it('answers a request whose clock runs up to 150 s ahead or behind', async () => {
    expect((await signedPost(envelope(new Date(START + 140_000).toISOString()))).status).toBe(200);
    expect((await signedPost(envelope(new Date(START - 140_000).toISOString()))).status).toBe(200);
  });

  it('refuses a body over the limit with 413, without reading it as a skill request', async () => {
    const body = JSON.stringify({ junk: 'x'.repeat(300 * 1024) });
    const { status, text } = await signedPost(body);
    expect(status).toBe(413);
    expect(text).toBe(JSON.stringify({ error: 'Request body too large' }));
    expect(stub.downloads).toEqual([]);
  });

  it('downloads a certificate once and reuses it until it expires, then downloads the renewal', async () => {
    expect((await signedPost(envelope())).status).toBe(200);
    expect((await signedPost(envelope())).status).toBe(200);
    expect(stub.downloads).toEqual([CERT_PATH]);

    const renewal = makeSigningCertificate(amazonCa, { notBefore: START, notAfter: START + 30 * DAY_MS });
    stub.chains.set(CERT_PATH, renewal.chainPem);
    clock = START + DAY_MS + 1;
    const { status } = await signedPost(envelope(), { signer: renewal });
    expect(status).toBe(200);
    expect(stub.downloads).toEqual([CERT_PATH, CERT_PATH]);
  });

  it('gives up on a certificate download that does not answer in time', async () => {
    const impatient = await startLocalServer({
      config: loadConfig({ ACCOUNT_LINKING: 'optional' }),
      port: 0,
      log: (line) => logged.push(line),
      alexaEndpoint: { fetchCertificateChain: stub.fetcher(200), trustedRoots: [amazonCa.pem], now: () => clock },
    });
    try {
      const body = envelope();
      const response = await fetch(impatient.alexaUrl, {
        method: 'POST',
        body,
        headers: {
          SignatureCertChainUrl: `${AMAZON_CERT_ORIGIN}/echo.api/hang.pem`,
          'Signature-256': signBody(body, alexaCertificate.privateKeyPem),
        },
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toBe(GENERIC_REFUSAL);
      expect(logged.join('\n')).toContain('took longer than 200 ms');
    } finally {
      await impatient.close();
    }
  });

  it('does not keep a failed download: the next request tries again', async () => {
    stub.chains.delete(CERT_PATH);
    expect((await signedPost(envelope())).status).toBe(400);
    stub.chains.set(CERT_PATH, alexaCertificate.chainPem);
    expect((await signedPost(envelope())).status).toBe(200);
    expect(stub.downloads).toEqual([CERT_PATH, CERT_PATH]);
  });

  it('refuses a signed body that is not JSON, without echoing it', async () => {
    const { status, text } = await signedPost('<b>not json</b>');
    expect(status).toBe(400);
    expect(text).not.toContain('not json');
  });
});

describe('POST /alexa with production settings', () => {
  it('trusts only the real CAs: a chain from a CA of our own is refused', async () => {
    const production = await startLocalServer({
      config: loadConfig({}),
      port: 0,
      alexaEndpoint: { fetchCertificateChain: stub.fetcher(), now: () => START },
    });
    try {
      stub.chains.set(CERT_PATH, alexaCertificate.chainPem);
      const body = envelope();
      const response = await fetch(production.alexaUrl, {
        method: 'POST',
        body,
        headers: { SignatureCertChainUrl: CERT_URL, 'Signature-256': signBody(body, alexaCertificate.privateKeyPem) },
      });
      expect(response.status).toBe(400);
    } finally {
      await production.close();
    }
  });
});

describe('POST /alexa with --insecure-local', () => {
  it('answers an unsigned request and says loudly that it does', async () => {
    const insecureLog: string[] = [];
    const insecure = await startLocalServer({
      config: loadConfig({ ACCOUNT_LINKING: 'optional' }),
      port: 0,
      alexaEndpoint: { insecureLocal: true },
      log: (line) => insecureLog.push(line),
    });
    try {
      const response = await fetch(insecure.alexaUrl, { method: 'POST', body: envelope(new Date(Date.now() - 3600_000).toISOString()) });
      expect(response.status).toBe(200);
      expect(insecureLog).toContain(INSECURE_WARNING);
    } finally {
      await insecure.close();
    }
  });
});
