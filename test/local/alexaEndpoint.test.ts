import { createSign, generateKeyPairSync } from 'node:crypto';
import { SkillRequestSignatureVerifier } from 'ask-sdk-express-adapter';
import { loadConfig } from '../../src/skill/config';
import { INSECURE_WARNING } from '../../src/local/alexaEndpoint';
import { buildEnvelope, launchRequest } from '../../src/local/requestEnvelope';
import { LocalServer, startLocalServer } from '../../src/local/server';

/*
 * POST /alexa verifies Alexa's signature and timestamp. Amazon's certificate URL cannot be
 * reached offline, so the signature cases that need a certificate use a verifier whose
 * certificate cache already holds a key made here: the adapter checks the cache before it
 * downloads, and checks the signature against whatever PEM it finds. Everything else is the
 * adapter's own SkillRequestSignatureVerifier and TimestampVerifier, unchanged.
 */

const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-local-test.pem';
const alexaKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const impostorKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });

class PreloadedCertificateVerifier extends SkillRequestSignatureVerifier {
  constructor(url: string, pem: string) {
    super();
    this.certCache.set(url, pem);
  }
}

function sign(body: string, privateKey = alexaKeys.privateKey): string {
  return createSign('RSA-SHA256').update(body, 'utf8').sign(privateKey, 'base64');
}

function envelopeAt(timestamp: Date): string {
  return JSON.stringify(buildEnvelope({ ...launchRequest(), timestamp: timestamp.toISOString() }));
}

let server: LocalServer;

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.alexaUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, text: await response.text() };
}

describe('POST /alexa with verification on (the default)', () => {
  beforeAll(async () => {
    const pem = alexaKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    server = await startLocalServer({
      config: loadConfig({ ACCOUNT_LINKING: 'optional' }),
      port: 0,
      alexaEndpoint: { signatureVerifier: new PreloadedCertificateVerifier(CERT_URL, pem) },
    });
  });
  afterAll(() => server.close());

  it('answers a fresh request signed with the certificate at the cert URL', async () => {
    const body = envelopeAt(new Date());
    const { status, text } = await post(body, { SignatureCertChainUrl: CERT_URL, 'Signature-256': sign(body) });
    expect(status).toBe(200);
    expect(JSON.parse(text).response.outputSpeech.ssml).toContain('Welcome to Playlist Reader');
  });

  it('rejects an unsigned request', async () => {
    const { status, text } = await post(envelopeAt(new Date()));
    expect(status).toBe(400);
    expect(text).toContain('Missing Certificate');
  });

  it('rejects a request with a cert URL but no signature', async () => {
    const { status, text } = await post(envelopeAt(new Date()), { SignatureCertChainUrl: CERT_URL });
    expect(status).toBe(400);
    expect(text).toContain('Missing Signature');
  });

  it.each([
    ['not https', 'http://s3.amazonaws.com/echo.api/echo-api-cert.pem', /unsupported protocol/],
    ['not s3.amazonaws.com', 'https://evil.example/echo.api/echo-api-cert.pem', /invalid host name/],
    ['not under /echo.api/', 'https://s3.amazonaws.com/other/echo-api-cert.pem', /invalid path/],
    ['not port 443', 'https://s3.amazonaws.com:8443/echo.api/echo-api-cert.pem', /invalid port/],
  ])('rejects a cert URL that is %s, before downloading anything', async (_name, certUrl, message) => {
    const body = envelopeAt(new Date());
    const { status, text } = await post(body, { SignatureCertChainUrl: certUrl, 'Signature-256': sign(body) });
    expect(status).toBe(400);
    expect(text).toMatch(message);
  });

  it('rejects a request signed with another key', async () => {
    const body = envelopeAt(new Date());
    const { status, text } = await post(body, { SignatureCertChainUrl: CERT_URL, 'Signature-256': sign(body, impostorKeys.privateKey) });
    expect(status).toBe(400);
    expect(text).toContain('signature does not match');
  });

  it('rejects a body changed after signing', async () => {
    const body = envelopeAt(new Date());
    const signature = sign(body);
    const { status } = await post(body.replace('LaunchRequest', 'IntentRequest'), {
      SignatureCertChainUrl: CERT_URL,
      'Signature-256': signature,
    });
    expect(status).toBe(400);
  });

  it('rejects a well-signed request whose timestamp is more than 150 s old', async () => {
    const body = envelopeAt(new Date(Date.now() - 151_000));
    const { status, text } = await post(body, { SignatureCertChainUrl: CERT_URL, 'Signature-256': sign(body) });
    expect(status).toBe(400);
    expect(text).toContain('Timestamp verification failed');
  });

  it("uses the adapter's real verifier by default, which refuses the unsigned", async () => {
    const plain = await startLocalServer({ config: loadConfig({}), port: 0 });
    try {
      const response = await fetch(plain.alexaUrl, { method: 'POST', body: envelopeAt(new Date()) });
      expect(response.status).toBe(400);
    } finally {
      await plain.close();
    }
  });
});

describe('POST /alexa with --insecure-local', () => {
  it('answers an unsigned request and says loudly that it does', async () => {
    const logged: string[] = [];
    server = await startLocalServer({
      config: loadConfig({ ACCOUNT_LINKING: 'optional' }),
      port: 0,
      alexaEndpoint: { insecureLocal: true },
      log: (line) => logged.push(line),
    });
    try {
      const { status } = await post(envelopeAt(new Date(Date.now() - 3600_000)));
      expect(status).toBe(200);
      expect(logged).toContain(INSECURE_WARNING);
    } finally {
      await server.close();
    }
  });
});
