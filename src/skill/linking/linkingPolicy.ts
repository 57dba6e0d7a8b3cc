import { AccountLinkingMode } from '../config';

/** Requests that read the person's music, and so need a link even in `optional` mode. */
const PLAYLIST_INTENTS = new Set([
  'ListPlaylistsIntent',
  'PlaylistContentsIntent',
  'PlaylistTrackCountIntent',
  'WhatsNewIntent',
  'AMAZON.MoreIntent',
  'AMAZON.NextIntent',
]);

/** Whether a request may only go on with a linked account, in the given mode. */
export function needsLinkedAccount(mode: AccountLinkingMode, requestType: string, intentName?: string): boolean {
  if (requestType === 'SessionEndedRequest' || requestType === 'System.ExceptionEncountered') return false;
  if (mode === 'required') return true;
  if (requestType === 'Alexa.Presentation.APL.UserEvent') return true;
  return requestType === 'IntentRequest' && intentName !== undefined && PLAYLIST_INTENTS.has(intentName);
}
