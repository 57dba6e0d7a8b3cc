import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { ask } from '../speech/respond';
import { join } from '../speech/utterance';
import { playlistTalkedAbout } from './currentPlaylist';
import { isIntent, slotText } from './intentMatchers';
import { TRACKS_PER_ANSWER, tracksReadAt } from './playlistTracks';
import { RequestContext, requestContext } from './requestContext';
import { MAX_DETAIL_POSITION, readSessionState, updateSessionState } from './sessionState';

export const POSITION_SLOT = 'position';

/** AMAZON.Ordinal sends digits ("3"); words are read too, for the local dialog and for safety. */
const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  erste: 1,
  zweite: 2,
  dritte: 3,
  vierte: 4,
  fünfte: 5,
  sechste: 6,
  siebte: 7,
  achte: 8,
  neunte: 9,
  zehnte: 10,
};

/** "3", "3rd", "third", "dritten" -> 3; anything else, or past what anyone counts, is undefined. */
export function parseOrdinal(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().toLowerCase();
  const digits = /^(\d{1,3})(?:st|nd|rd|th|\.)?$/.exec(text);
  const word = text.replace(/^(?:the|der|die|das|den|dem)\s+/, '');
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(ORDINAL_WORDS, key) ? ORDINAL_WORDS[key] : undefined);
  const position = digits ? Number(digits[1]) : (own(word) ?? own(word.replace(/[nrsm]$/, '')));
  return position !== undefined && position >= 1 && position <= MAX_DETAIL_POSITION ? position : undefined;
}

/** "Who sings the third one?": the song at that place among the ones just read, from the provider again. */
export async function answerTrackDetail(
  handlerInput: HandlerInput,
  context: RequestContext,
  position: number | undefined,
): Promise<Response> {
  const { messages } = context;
  const focus = readSessionState(handlerInput).playlist;
  if (focus?.trackStart === undefined) return ask(handlerInput, messages.noSongsReadYet, messages.reprompt).getResponse();
  const playlist = await playlistTalkedAbout(handlerInput, context);
  if (!playlist) return ask(handlerInput, messages.lostPlaylist, messages.reprompt).getResponse();
  const read = await tracksReadAt(context, playlist.id, focus.trackStart);
  const track = position === undefined ? undefined : read.tracks[position - 1];
  if (!track || position === undefined) {
    const heard = Math.min(read.tracks.length, TRACKS_PER_ANSWER);
    return ask(handlerInput, messages.whichSongNumber(heard), messages.whichSongNumber(heard)).getResponse();
  }
  updateSessionState(handlerInput, { lastAnswer: { kind: 'detail', position } });
  const speech = messages.trackDetail(position, track);
  return ask(handlerInput, join([speech, messages.anythingElse]), messages.reprompt).getResponse();
}

/** "Who sings the third one?", "what's the third song?" */
export const TrackDetailHandler: RequestHandler = {
  canHandle(handlerInput: HandlerInput): boolean {
    return isIntent(handlerInput, 'TrackDetailIntent');
  },
  handle(handlerInput: HandlerInput): Promise<Response> {
    return answerTrackDetail(handlerInput, requestContext(handlerInput), parseOrdinal(slotText(handlerInput, POSITION_SLOT)));
  },
};
