import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { playlistListDirective, supportsApl } from '../apl/renderPlaylists';
import { PlaylistPage, PlaylistProvider } from '../providers/types';
import { ask } from '../speech/respond';
import { join } from '../speech/utterance';
import { requestContext } from './requestContext';
import { writeSessionState } from './sessionState';

/** How many playlist names one answer reads out. */
export const NAMES_PER_ANSWER = 5;

/** A page can be all unreadable entries; the next few are tried before saying that was all. */
const MAX_PAGES_PER_ANSWER = 3;

async function readablePage(provider: PlaylistProvider, offset: number): Promise<PlaylistPage> {
  let page = await provider.listPlaylists(offset, NAMES_PER_ANSWER);
  for (
    let tries = 1;
    page.playlists.length === 0 && page.nextOffset > offset && page.nextOffset < page.total && tries < MAX_PAGES_PER_ANSWER;
    tries++
  ) {
    offset = page.nextOffset;
    page = await provider.listPlaylists(offset, NAMES_PER_ANSWER);
  }
  return page;
}

/**
 * Reads one page of playlist names starting at `offset` and remembers where the next
 * "more" continues. The first page also says how many there are in all.
 */
export async function answerPlaylistPage(handlerInput: HandlerInput, offset: number): Promise<Response> {
  const { messages, providerName, provider } = requestContext(handlerInput);
  const page = await readablePage(await provider(), offset);
  if (page.total === 0) {
    writeSessionState(handlerInput, {});
    return ask(handlerInput, messages.emptyLibrary(providerName), messages.reprompt).getResponse();
  }
  const names = page.playlists.map((playlist) => playlist.name);
  if (names.length === 0) {
    writeSessionState(handlerInput, { listOffset: page.total });
    return ask(handlerInput, messages.noMorePlaylists, messages.reprompt).getResponse();
  }
  const { nextOffset } = page;
  const remaining = Math.max(0, page.total - nextOffset);
  writeSessionState(handlerInput, { listOffset: nextOffset });
  const heading = offset === 0 ? messages.playlistSummary(page.total, names) : messages.morePlaylists(names, remaining);
  const speech = join([heading, messages.listContinuation(remaining)]);
  const response = ask(handlerInput, speech, messages.listContinuation(remaining)).withSimpleCard(messages.skillName, heading.text);
  if (supportsApl(handlerInput)) response.addDirective(playlistListDirective(messages.skillName, page.playlists, messages));
  return response.getResponse();
}
