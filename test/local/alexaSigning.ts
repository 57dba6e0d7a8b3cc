import { createSign, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import forge from 'node-forge';
import { downloadText } from '../../src/local/alexaSigningCertificates';

/*
 * Amazon's side of a signed Alexa request, made on this machine: a certificate authority of our
 * own, signing certificates issued by it, signatures over request bodies, and an HTTP stub that
 * serves the chains in place of https://s3.amazonaws.com/echo.api/.
 */

export const AMAZON_CERT_ORIGIN = 'https://s3.amazonaws.com';

export interface Issuer {
  readonly certificate: forge.pki.Certificate;
  readonly privateKeyPem: string;
  readonly pem: string;
}

export interface SigningCertificate {
  /** The chain as Amazon serves it: leaf first, then the issuer. */
  readonly chainPem: string;
  readonly privateKeyPem: string;
}

function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

interface CertificateFields {
  readonly commonName: string;
  readonly publicKeyPem: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly extensions: object[];
  /** Self-signed when left out. */
  readonly issuer?: Issuer;
  readonly ownPrivateKeyPem: string;
}

function certificate(fields: CertificateFields): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(fields.publicKeyPem);
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = fields.notBefore;
  cert.validity.notAfter = fields.notAfter;
  cert.setSubject([{ name: 'commonName', value: fields.commonName }]);
  cert.setIssuer(fields.issuer ? fields.issuer.certificate.subject.attributes : [{ name: 'commonName', value: fields.commonName }]);
  cert.setExtensions(fields.extensions);
  cert.sign(forge.pki.privateKeyFromPem(fields.issuer?.privateKeyPem ?? fields.ownPrivateKeyPem), forge.md.sha256.create());
  return cert;
}

const DAY_MS = 86_400_000;

/** A root CA, valid for a year either side of `now`. */
export function makeRootCa(commonName: string, now: number): Issuer {
  const keys = keyPair();
  const cert = certificate({
    commonName,
    publicKeyPem: keys.publicKeyPem,
    notBefore: new Date(now - 365 * DAY_MS),
    notAfter: new Date(now + 365 * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true },
    ],
    ownPrivateKeyPem: keys.privateKeyPem,
  });
  return { certificate: cert, privateKeyPem: keys.privateKeyPem, pem: forge.pki.certificateToPem(cert) };
}

export interface LeafOptions {
  readonly notBefore: number;
  readonly notAfter: number;
  readonly dnsNames?: readonly string[];
}

/** A signing certificate from `issuer`, with `echo-api.amazon.com` in its SANs unless told otherwise. */
export function makeSigningCertificate(issuer: Issuer, options: LeafOptions): SigningCertificate {
  const keys = keyPair();
  const dnsNames = options.dnsNames ?? ['echo-api.amazon.com'];
  const cert = certificate({
    commonName: dnsNames[0] ?? 'no-name',
    publicKeyPem: keys.publicKeyPem,
    notBefore: new Date(options.notBefore),
    notAfter: new Date(options.notAfter),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true },
      { name: 'subjectAltName', altNames: dnsNames.map((value) => ({ type: 2, value })) },
    ],
    issuer,
    ownPrivateKeyPem: keys.privateKeyPem,
  });
  return { chainPem: `${forge.pki.certificateToPem(cert)}${issuer.pem}`, privateKeyPem: keys.privateKeyPem };
}

export function signBody(body: string, privateKeyPem: string): string {
  return createSign('RSA-SHA256').update(body, 'utf8').sign(privateKeyPem, 'base64');
}

/** Stands in for S3: serves chains by path, counts downloads, and never answers /echo.api/hang.pem. */
export class CertificateStub {
  readonly chains = new Map<string, string>();
  readonly downloads: string[] = [];
  private server: Server | undefined;
  /** e.g. `http://127.0.0.1:54321`, once started. */
  origin = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const path = request.url ?? '';
      this.downloads.push(path);
      if (path === '/echo.api/hang.pem') return;
      const chain = this.chains.get(path);
      if (chain === undefined) response.writeHead(404).end();
      else response.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(chain);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /**
   * The fetcher the endpoint gets in tests: Amazon's URL, downloaded from this stub by the real
   * downloader. The default deadline is generous: a loaded test machine can be slow to answer.
   */
  fetcher(timeoutMs = 10_000): (url: string) => Promise<string> {
    return (url) => {
      if (!url.startsWith(`${AMAZON_CERT_ORIGIN}/`)) return Promise.reject(new Error(`unexpected certificate URL ${url}`));
      return downloadText(`${this.origin}${url.slice(AMAZON_CERT_ORIGIN.length)}`, { timeoutMs });
    };
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
