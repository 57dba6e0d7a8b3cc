import { Skill } from 'ask-sdk-core';
import { ExpressAdapter, SkillRequestSignatureVerifier, TimestampVerifier, Verifier } from 'ask-sdk-express-adapter';
import type { RequestHandler } from 'express';

/*
 * POST /alexa: the skill as a self-hosted web service. Alexa signs every request; a web
 * service must check the `Signature-256` header against Amazon's certificate and reject a
 * timestamp older than 150 s. ask-sdk-express-adapter does both; only `--insecure-local`
 * switches them off, for curl on this machine.
 */

export const ALEXA_ENDPOINT_PATH = '/alexa';

export const INSECURE_WARNING =
  'WARNING: --insecure-local is on: POST /alexa does NOT verify request signatures or timestamps. Anyone who can reach it can call the skill. Never expose it through a tunnel like this.';

export interface AlexaEndpointOptions {
  /** Turns signature and timestamp verification off; the caller prints INSECURE_WARNING. */
  readonly insecureLocal?: boolean;
  /** Replaces the signature verifier; tests give one with a certificate they made. */
  readonly signatureVerifier?: Verifier;
  readonly timestampVerifier?: Verifier;
}

/** Express handlers for POST /alexa; they bring their own body parser, so mount no other before them. */
export function alexaEndpointHandlers(skill: Skill, options: AlexaEndpointOptions = {}): RequestHandler[] {
  const verifiers: Verifier[] = options.insecureLocal
    ? []
    : [options.signatureVerifier ?? new SkillRequestSignatureVerifier(), options.timestampVerifier ?? new TimestampVerifier()];
  // The adapter's own flags stay off: the verifiers above are the whole list.
  return new ExpressAdapter(skill, false, false, verifiers).getRequestHandlers() as RequestHandler[];
}
