import { rootCertificates } from 'node:tls';
import { X509Certificate } from 'node:crypto';
import { checkSigningChain, downloadText, SigningCertificates } from '../../src/local/alexaSigningCertificates';
import { AMAZON_CERT_ORIGIN, CertificateStub, makeRootCa, makeSigningCertificate } from './alexaSigning';

/*
 * The certificate store behind POST /alexa: its bounded cache and its downloader, against a
 * stub over real HTTP. The endpoint tests cover the checks request by request.
 */

const DAY_MS = 86_400_000;
const NOW = Date.UTC(2026, 5, 1, 12);
const ca = makeRootCa('Test Amazon Root', NOW);
const chain = makeSigningCertificate(ca, { notBefore: NOW - DAY_MS, notAfter: NOW + DAY_MS }).chainPem;
const stub = new CertificateStub();

beforeAll(() => stub.start());
afterAll(() => stub.close());
beforeEach(() => {
  stub.downloads.length = 0;
  for (const name of ['a', 'b', 'c']) stub.chains.set(`/echo.api/${name}.pem`, chain);
});

const url = (name: string) => `${AMAZON_CERT_ORIGIN}/echo.api/${name}.pem`;

describe('SigningCertificates', () => {
  it('keeps at most cacheSize certificates, dropping the oldest first', async () => {
    const certificates = new SigningCertificates({ fetchChain: stub.fetcher(), trustedRoots: [ca.pem], cacheSize: 2, now: () => NOW });
    for (const name of ['a', 'b', 'c', 'c', 'b', 'a']) await certificates.leafFor(url(name));
    expect(stub.downloads).toEqual(['/echo.api/a.pem', '/echo.api/b.pem', '/echo.api/c.pem', '/echo.api/a.pem']);
  });

  it('shares one download among concurrent requests for the same URL', async () => {
    const certificates = new SigningCertificates({ fetchChain: stub.fetcher(), trustedRoots: [ca.pem], now: () => NOW });
    await Promise.all([certificates.leafFor(url('a')), certificates.leafFor(url('a')), certificates.leafFor(url('a'))]);
    expect(stub.downloads).toEqual(['/echo.api/a.pem']);
  });

  it("trusts Node's bundled root CAs by default, and so not a CA of our own", () => {
    const roots = rootCertificates.map((pem) => new X509Certificate(pem));
    const parsed = chain.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)!.map((pem) => new X509Certificate(pem));
    expect(() => checkSigningChain(parsed, roots, NOW)).toThrow('does not lead to a trusted root');
    expect(checkSigningChain(parsed, [new X509Certificate(ca.pem)], NOW)).toBe(Date.parse(parsed[0].validTo));
  });
});

describe('downloadText', () => {
  it('refuses an answer larger than maxBytes', async () => {
    stub.chains.set('/echo.api/big.pem', 'x'.repeat(10_000));
    await expect(downloadText(`${stub.origin}/echo.api/big.pem`, { maxBytes: 1000 })).rejects.toThrow('larger than 1000 bytes');
  });

  it('refuses an answer that is not 200', async () => {
    await expect(downloadText(`${stub.origin}/echo.api/missing.pem`)).rejects.toThrow('answered 404');
  });

  it('gives up after timeoutMs', async () => {
    await expect(downloadText(`${stub.origin}/echo.api/hang.pem`, { timeoutMs: 100 })).rejects.toThrow('took longer than 100 ms');
  });
});
