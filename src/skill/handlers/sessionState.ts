import { HandlerInput } from 'ask-sdk-core';

/** A playlist the person may be choosing between; only id and name, never a whole library. */
export interface PlaylistChoice {
  readonly id: string;
  readonly name: string;
}

/** What the skill remembers between turns of one session. Kept small on purpose. */
export interface SessionState {
  /** Where "more" continues the playlist list. */
  listOffset?: number;
  /** The candidates of an ambiguous name, for the person's next answer. */
  pendingChoice?: PlaylistChoice[];
  /** The question that was ambiguous, so that the bare answer gets the answer it asked for. */
  pendingIntent?: string;
}

function hasSession(handlerInput: HandlerInput): boolean {
  return handlerInput.requestEnvelope.session !== undefined;
}

export function readSessionState(handlerInput: HandlerInput): SessionState {
  if (!hasSession(handlerInput)) return {};
  const raw = handlerInput.attributesManager.getSessionAttributes();
  const state: SessionState = {};
  if (Number.isInteger(raw.listOffset) && raw.listOffset >= 0) state.listOffset = raw.listOffset;
  if (Array.isArray(raw.pendingChoice)) {
    state.pendingChoice = raw.pendingChoice.filter(
      (choice: unknown): choice is PlaylistChoice =>
        typeof (choice as PlaylistChoice)?.id === 'string' && typeof (choice as PlaylistChoice)?.name === 'string',
    );
  }
  if (typeof raw.pendingIntent === 'string') state.pendingIntent = raw.pendingIntent;
  return state;
}

/** Replaces what the session remembers; out of session (no `session` object) it is a no-op. */
export function writeSessionState(handlerInput: HandlerInput, state: SessionState): void {
  if (!hasSession(handlerInput)) return;
  handlerInput.attributesManager.setSessionAttributes({ ...state });
}
