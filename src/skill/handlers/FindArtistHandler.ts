import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { sanitizeSpokenValue } from '../speech/utterance';
import { isIntent, slotText } from '../pipeline/intentMatchers';
import { answerFindArtist } from '../answers/artistSearch';
import { elicitSlot } from '../answers/elicitPlaylist';
import { requestContext } from '../pipeline/requestContext';
import { MAX_QUERY_LENGTH } from '../pipeline/sessionState';

export const ARTIST_SLOT = 'artist';

/** An intent of its own: the artist slot (AMAZON.Artist) is recognised better than a free search phrase. */
export const FindArtistHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'FindArtistIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> | Response {
    const context = requestContext(handlerInput);
    const spoken = slotText(handlerInput, ARTIST_SLOT);
    const query = spoken === undefined ? '' : sanitizeSpokenValue(spoken, MAX_QUERY_LENGTH);
    if (!query) return elicitSlot(handlerInput, ARTIST_SLOT, context.messages.whichArtist, context.messages.whichArtist);
    return answerFindArtist(handlerInput, query, context, { announce: true });
  },
};
