/*
 * The `SignatureCertChainUrl` header names the certificate that signed an Alexa request. Amazon
 * says to normalise the URL and then check it; a parser that checks first and normalises later
 * (as ask-sdk-express-adapter does) lets `/echo.api/../x/c.pem` through. So this accepts only a
 * URL that is already in normal form, spelled with plain characters: nothing to decode, no dot
 * segment, no backslash, nothing a later parser could read differently.
 */

/** Thrown when a request fails verification; the message is for the log, never for the caller. */
export class AlexaVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AlexaVerificationError';
  }
}

const CERT_HOST = 's3.amazonaws.com';
const CERT_PATH_PREFIX = '/echo.api/';
/** Scheme and host compare case-insensitively (RFC 3986 §6.2.2.1); the port may only be the default. */
const CERT_URL = /^https:\/\/s3\.amazonaws\.com(?::443)?(\/[^?#]*)$/i;
/** A path segment in plain characters: no `%`, `\`, `;` or anything else that decodes or splits. */
const PLAIN_SEGMENT = /^[A-Za-z0-9._-]+$/;

/**
 * The one spelling of a valid certificate URL, `https://s3.amazonaws.com/echo.api/…`, used to
 * download and to cache; throws AlexaVerificationError for anything else.
 */
export function canonicalCertificateUrl(raw: string): string {
  const match = CERT_URL.exec(raw);
  if (!match) throw new AlexaVerificationError('SignatureCertChainUrl is not https://s3.amazonaws.com[:443]/… without query or fragment');
  const path = match[1];
  if (!path.startsWith(CERT_PATH_PREFIX))
    throw new AlexaVerificationError(`SignatureCertChainUrl path does not start with ${CERT_PATH_PREFIX}`);
  const segments = path.slice(1).split('/');
  const plain = segments.every((segment) => PLAIN_SEGMENT.test(segment) && segment !== '.' && segment !== '..');
  if (!plain) throw new AlexaVerificationError('SignatureCertChainUrl path is not in normal form');
  const canonical = `https://${CERT_HOST}${path}`;
  // Belt and braces: WHATWG URL parsing must not change the path we checked.
  if (new URL(canonical).pathname !== path) throw new AlexaVerificationError('SignatureCertChainUrl path is not in normal form');
  return canonical;
}
