import { IntentRequest, Request } from 'ask-sdk-model';
import { LOCAL_SKILL_ID } from '../../src/local/requestEnvelope';

type Status = 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH';

/** Adds an entity-resolution result to a slot, as Alexa does for dynamic or static entities. */
export function withResolution(
  request: Request,
  slotName: string,
  options: { kind: 'dynamic' | 'static'; status: Status; value?: { id: string; name: string }; values?: { id: string; name: string }[] },
): Request {
  const intentRequest = request as IntentRequest;
  const slot = intentRequest.intent.slots![slotName];
  const authority =
    options.kind === 'dynamic'
      ? `amzn1.er-authority.echo-sdk.dynamic.${LOCAL_SKILL_ID}.PLAYLIST_NAME`
      : `amzn1.er-authority.echo-sdk.${LOCAL_SKILL_ID}.PLAYLIST_NAME`;
  slot.resolutions = {
    resolutionsPerAuthority: [
      {
        authority,
        status: { code: options.status },
        values: (options.values ?? (options.value ? [options.value] : [])).map((value) => ({ value })),
      },
    ],
  };
  return intentRequest;
}
