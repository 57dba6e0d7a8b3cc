import { get as httpGet, IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { rootCertificates } from 'node:tls';
import { X509Certificate } from 'node:crypto';
import { AlexaVerificationError } from './alexaCertificateUrl';

/*
 * Amazon's signing certificates for POST /alexa: downloaded with a deadline and a size cap,
 * checked as Amazon asks (valid now, `echo-api.amazon.com` in the SANs, a chain to a trusted
 * root), then kept until the chain's first notAfter, in a cache of bounded size. Verification
 * uses Node's X509Certificate; nothing here trusts the adapter's checks.
 */

const ALEXA_CERT_SAN = 'DNS:echo-api.amazon.com';
/** Amazon's chain is a few KB; anything far bigger is not a certificate chain. */
const MAX_CHAIN_BYTES = 64 * 1024;
const MAX_CHAIN_LENGTH = 5;
export const CERT_DOWNLOAD_TIMEOUT_MS = 3000;
export const CERT_CACHE_SIZE = 16;

/** Downloads a certificate chain (PEM) from an already-checked URL. */
export type CertificateChainFetcher = (url: string) => Promise<string>;

/**
 * GETs a small text resource, failing after `timeoutMs` in total (connect, headers and body) or
 * when it grows past `maxBytes`. http: is allowed only because tests pass their own stub URL.
 */
export function downloadText(url: string, { timeoutMs = CERT_DOWNLOAD_TIMEOUT_MS, maxBytes = MAX_CHAIN_BYTES } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const get = url.startsWith('https:') ? httpsGet : httpGet;
    // The first outcome wins; later events of a destroyed request change nothing.
    const fail = (error: Error) => {
      reject(error);
      request.destroy();
    };
    // The explicit options also keep this working under test files that patch http with nock.
    const request = get(url, { headers: { accept: 'application/x-pem-file, */*' } }, (response: IncomingMessage) => {
      if (response.statusCode !== 200) return fail(new Error(`certificate download answered ${response.statusCode}`));
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) fail(new Error(`certificate download is larger than ${maxBytes} bytes`));
        else chunks.push(chunk);
      });
      response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      response.on('error', fail);
    });
    const deadline = setTimeout(() => fail(new Error(`certificate download took longer than ${timeoutMs} ms`)), timeoutMs);
    request.on('error', fail);
    request.on('close', () => clearTimeout(deadline));
  });
}

function parseChain(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new AlexaVerificationError('the certificate URL holds no certificate');
  if (blocks.length > MAX_CHAIN_LENGTH) throw new AlexaVerificationError('the certificate chain is too long');
  try {
    return blocks.map((block) => new X509Certificate(block));
  } catch {
    throw new AlexaVerificationError('the certificate chain does not parse');
  }
}

const validFrom = (certificate: X509Certificate) => Date.parse(certificate.validFrom);
const validTo = (certificate: X509Certificate) => Date.parse(certificate.validTo);

function issuedBy(certificate: X509Certificate, issuer: X509Certificate): boolean {
  return certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey);
}

/**
 * Checks the chain (leaf first) and returns when it stops being valid. Each certificate must be
 * valid now and signed by the next, each issuer a CA, and the last one a trusted root or signed by one.
 */
export function checkSigningChain(chain: readonly X509Certificate[], trustedRoots: readonly X509Certificate[], now: number): number {
  const leaf = chain[0];
  if (!(leaf.subjectAltName ?? '').split(', ').includes(ALEXA_CERT_SAN)) {
    throw new AlexaVerificationError('echo-api.amazon.com is not in the signing certificate');
  }
  for (const certificate of chain) {
    if (!(validFrom(certificate) <= now && now <= validTo(certificate))) {
      throw new AlexaVerificationError('a certificate in the chain is expired or not valid yet');
    }
  }
  for (let index = 0; index + 1 < chain.length; index++) {
    if (!chain[index + 1].ca || !issuedBy(chain[index], chain[index + 1])) {
      throw new AlexaVerificationError('the certificate chain is broken');
    }
  }
  const last = chain[chain.length - 1];
  const anchored = trustedRoots.some(
    (root) => root.fingerprint256 === last.fingerprint256 || (root.ca && validTo(root) >= now && issuedBy(last, root)),
  );
  if (!anchored) throw new AlexaVerificationError('the certificate chain does not lead to a trusted root');
  return Math.min(...chain.map(validTo));
}

interface CachedCertificate {
  readonly certificate: X509Certificate;
  readonly expiresAt: number;
}

export interface SigningCertificatesOptions {
  /** Tests serve their own chain; production downloads from Amazon. */
  readonly fetchChain?: CertificateChainFetcher;
  /** PEM roots to trust instead of Node's bundled CA list; tests only. */
  readonly trustedRoots?: readonly string[];
  readonly cacheSize?: number;
  readonly now?: () => number;
}

/** Signing certificates by canonical URL: downloaded once, checked, and reused until they expire. */
export class SigningCertificates {
  private readonly cache = new Map<string, CachedCertificate>();
  private readonly downloads = new Map<string, Promise<CachedCertificate>>();
  private readonly fetchChain: CertificateChainFetcher;
  private readonly cacheSize: number;
  private readonly now: () => number;
  private trustedRootsValue: readonly X509Certificate[] | undefined;

  constructor(private readonly options: SigningCertificatesOptions = {}) {
    this.fetchChain = options.fetchChain ?? ((url) => downloadText(url));
    this.cacheSize = options.cacheSize ?? CERT_CACHE_SIZE;
    this.now = options.now ?? Date.now;
  }

  /** The leaf certificate for a canonical certificate URL; throws AlexaVerificationError. */
  async leafFor(url: string): Promise<X509Certificate> {
    const cached = this.cache.get(url);
    if (cached && this.now() <= cached.expiresAt) return cached.certificate;
    this.cache.delete(url);
    // Concurrent requests that name the same new URL share one download.
    let download = this.downloads.get(url);
    if (!download) {
      download = this.download(url).finally(() => this.downloads.delete(url));
      this.downloads.set(url, download);
    }
    return (await download).certificate;
  }

  private async download(url: string): Promise<CachedCertificate> {
    let pem: string;
    try {
      pem = await this.fetchChain(url);
    } catch (error) {
      throw new AlexaVerificationError(`could not download the signing certificate: ${(error as Error).message}`);
    }
    const chain = parseChain(pem);
    const entry = { certificate: chain[0], expiresAt: checkSigningChain(chain, this.trustedRoots(), this.now()) };
    // The oldest entry goes first; a Map iterates in insertion order.
    if (this.cache.size >= this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(url, entry);
    return entry;
  }

  private trustedRoots(): readonly X509Certificate[] {
    this.trustedRootsValue ??= (this.options.trustedRoots ?? rootCertificates).map((pem) => new X509Certificate(pem));
    return this.trustedRootsValue;
  }
}
