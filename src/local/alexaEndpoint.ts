import { verify as verifySignature } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Skill } from 'ask-sdk-core';
import express, { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { AlexaVerificationError, canonicalCertificateUrl } from './alexaCertificateUrl';
import { CertificateChainFetcher, SigningCertificates } from './alexaSigningCertificates';

/*
 * POST /alexa: the skill as a self-hosted web service. Alexa signs every request; a web
 * service must check the `Signature-256` header against Amazon's certificate and refuse a
 * timestamp more than 150 s away from now. Both checks are done here, strictly (see
 * alexaCertificateUrl.ts for why not through ask-sdk-express-adapter); only `--insecure-local`
 * switches them off, for curl on this machine. The caller learns only that a request was
 * refused; the reason goes to the log.
 */

export const ALEXA_ENDPOINT_PATH = '/alexa';

export const INSECURE_WARNING =
  'WARNING: --insecure-local is on: POST /alexa does NOT verify request signatures or timestamps. Anyone who can reach it can call the skill. Never expose it through a tunnel like this.';

/** Alexa's requests are a few KB; screens with APL context stay well under this. */
export const ALEXA_BODY_LIMIT = '256kb';
const TIMESTAMP_TOLERANCE_MS = 150_000;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
/** Amazon lets skill events (enabled, linked, …) arrive up to an hour late. */
const SKILL_EVENT_TOLERANCE_MS = 3_600_000;
const SKILL_EVENTS = new Set([
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionChanged',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'AlexaSkillEvent.SkillAccountLinked',
]);

/** One check of a request as received; throws (or rejects with) AlexaVerificationError to refuse it. */
export interface RequestVerifier {
  verify(body: string, headers: IncomingHttpHeaders): Promise<void> | void;
}

export interface AlexaEndpointOptions {
  /** Turns signature and timestamp verification off; the caller prints INSECURE_WARNING. */
  readonly insecureLocal?: boolean;
  /** Tests only: serves the certificate chain from a local stub instead of Amazon's S3. */
  readonly fetchCertificateChain?: CertificateChainFetcher;
  /** Tests only: PEM roots to trust instead of Node's CA list. */
  readonly trustedRoots?: readonly string[];
  /** Where refusals are explained; never given the body. */
  readonly log?: (line: string) => void;
  readonly now?: () => number;
}

function singleHeader(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The `Signature-256` check against the certificate at `SignatureCertChainUrl`. */
export class SignatureVerifier implements RequestVerifier {
  constructor(private readonly certificates: SigningCertificates) {}

  async verify(body: string, headers: IncomingHttpHeaders): Promise<void> {
    const certificateUrl = singleHeader(headers, 'signaturecertchainurl');
    const signature = singleHeader(headers, 'signature-256');
    if (!certificateUrl) throw new AlexaVerificationError('no SignatureCertChainUrl header');
    if (!signature) throw new AlexaVerificationError('no Signature-256 header');
    const leaf = await this.certificates.leafFor(canonicalCertificateUrl(certificateUrl));
    if (!verifySignature('sha256', Buffer.from(body, 'utf8'), leaf.publicKey, Buffer.from(signature, 'base64'))) {
      throw new AlexaVerificationError('the body does not match Signature-256');
    }
  }
}

/** `request.timestamp` must parse and lie within 150 s of now, either way. */
export class TimestampVerifier implements RequestVerifier {
  constructor(private readonly now: () => number = Date.now) {}

  verify(body: string): void {
    const request = (parseEnvelope(body) as { request?: { timestamp?: unknown; type?: unknown } } | null)?.request;
    // Alexa sends ISO 8601; Date.parse alone would also take "1" (the year 2001) and other guesses.
    const timestamp = typeof request?.timestamp === 'string' && ISO_TIMESTAMP.test(request.timestamp) ? Date.parse(request.timestamp) : NaN;
    if (Number.isNaN(timestamp)) throw new AlexaVerificationError('request.timestamp is missing or does not parse');
    const age = this.now() - timestamp;
    const maxAge = typeof request?.type === 'string' && SKILL_EVENTS.has(request.type) ? SKILL_EVENT_TOLERANCE_MS : TIMESTAMP_TOLERANCE_MS;
    if (age > maxAge) throw new AlexaVerificationError(`request.timestamp is ${Math.round(age / 1000)} s old`);
    if (-age > TIMESTAMP_TOLERANCE_MS) throw new AlexaVerificationError(`request.timestamp is ${Math.round(-age / 1000)} s in the future`);
  }
}

function parseEnvelope(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new AlexaVerificationError('the body is not JSON');
  }
}

export function alexaVerifiers(options: AlexaEndpointOptions): RequestVerifier[] {
  if (options.insecureLocal) return [];
  const certificates = new SigningCertificates({
    fetchChain: options.fetchCertificateChain,
    trustedRoots: options.trustedRoots,
    now: options.now,
  });
  return [new SignatureVerifier(certificates), new TimestampVerifier(options.now)];
}

/** Express handlers for POST /alexa; they bring their own body parser, so mount no other before them. */
export function alexaEndpointHandlers(skill: Skill, options: AlexaEndpointOptions = {}): Array<RequestHandler | ErrorRequestHandler> {
  const log = options.log ?? (() => undefined);
  const verifiers = alexaVerifiers(options);

  // The signature covers the exact bytes, so the body is read as text and parsed only after the checks.
  const readBody = express.text({ type: () => true, limit: ALEXA_BODY_LIMIT, defaultCharset: 'utf-8' });
  const refuseUnreadableBody: ErrorRequestHandler = (error: unknown, _request: Request, response: Response, next: NextFunction) => {
    const status = (error as { status?: unknown })?.status;
    if (status === 413) {
      log(`POST /alexa refused: the body is larger than ${ALEXA_BODY_LIMIT}`);
      response.status(413).json({ error: 'Request body too large' });
    } else if (typeof status === 'number' && status >= 400 && status < 500) {
      log(`POST /alexa refused: unreadable body (${(error as Error).message})`);
      response.status(400).json({ error: 'Bad request' });
    } else {
      next(error);
    }
  };

  const invoke = async (request: Request, response: Response) => {
    const body = typeof request.body === 'string' ? request.body : '';
    try {
      for (const verifier of verifiers) await verifier.verify(body, request.headers);
    } catch (error) {
      log(`POST /alexa refused: ${error instanceof AlexaVerificationError ? error.message : 'verification failed unexpectedly'}`);
      response.status(400).json({ error: 'Request verification failed' });
      return;
    }
    let envelope: unknown;
    try {
      envelope = parseEnvelope(body);
    } catch {
      log('POST /alexa refused: the body is not JSON');
      response.status(400).json({ error: 'Bad request' });
      return;
    }
    try {
      response.json(await skill.invoke(envelope as Parameters<Skill['invoke']>[0]));
    } catch (error) {
      log(`POST /alexa: the skill failed: ${(error as Error)?.name ?? 'Error'}`);
      response.status(500).json({ error: 'The skill could not answer' });
    }
  };

  return [readBody, refuseUnreadableBody, invoke];
}
