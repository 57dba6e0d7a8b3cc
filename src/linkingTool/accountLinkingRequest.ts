import type { v1 } from 'ask-smapi-model';
import type { AccountLinkingMode } from '../skill/config';
import type { AccountLinkingCandidate, AccountLinkingRequestPayload } from './accountLinkingConfig';

export type AccountLinkingRequest = v1.skill.accountLinking.AccountLinkingRequest;

/**
 * The one mapping from the runtime mode to the console's enforcement switch. `optional` lets a
 * person enable the skill without linking; `required` sends them to the provider's login first.
 */
export function skipOnEnablementFor(mode: AccountLinkingMode): boolean {
  return mode === 'optional';
}

/** SMAPI fields in the order the console shows them, so diffs of `request` output read well. */
const REQUEST_FIELD_ORDER: readonly (keyof AccountLinkingRequestPayload)[] = [
  'type',
  'authorizationUrl',
  'accessTokenUrl',
  'accessTokenScheme',
  'clientId',
  'clientSecret',
  'scopes',
  'domains',
  'defaultTokenExpirationInSeconds',
  'reciprocalAccessTokenUrl',
  'authorizationUrlsByPlatform',
  'voiceForwardAccountLinking',
];

/**
 * Builds the body of `ask smapi update-account-linking-info` from a preset that passed
 * validation. `skipOnEnablement` always comes from the mode. `redirectUrls` stays out: in SMAPI
 * it holds "Your Redirect URLs" for app-to-app linking, not Alexa's own redirect URLs.
 */
export function buildAccountLinkingRequest(candidate: AccountLinkingCandidate, mode: AccountLinkingMode): AccountLinkingRequest {
  const payload: Record<string, unknown> = {};
  for (const field of REQUEST_FIELD_ORDER) {
    if (candidate[field] !== undefined) payload[field] = candidate[field];
  }
  payload.skipOnEnablement = skipOnEnablementFor(mode);
  return { accountLinkingRequest: payload };
}
