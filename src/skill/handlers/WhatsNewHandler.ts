import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { Playlist, PlaylistProvider, PlaylistTrack } from '../providers/types';
import { timeAgo } from '../speech/relativeTime';
import { ask, MAX_SPEECH_CHARACTERS } from '../speech/respond';
import { join, Utterance } from '../speech/utterance';
import { NamedPlaylistQuestion, namedPlaylistHandler } from '../answers/namedPlaylist';
import { RequestContext } from '../pipeline/requestContext';
import { requestMemory } from '../pipeline/requestMemory';

/** How many new songs one answer names. */
export const NEWEST_READ = 5;
const ITEMS_PAGE = 50;
/** A playlist's newest additions are usually at its end; past this many items only the last ones are read. */
const MAX_ITEMS_READ = 500;

interface DatedTrack {
  readonly track: PlaylistTrack;
  readonly addedMs: number;
}

/** The playlist's items, the last `MAX_ITEMS_READ` of them, all pages at once when the count is known. */
async function readItems(provider: PlaylistProvider, playlist: Playlist): Promise<{ tracks: PlaylistTrack[]; total: number }> {
  const known = playlist.trackCount;
  const first = known === undefined ? await provider.listTracks(playlist.id, 0, ITEMS_PAGE) : undefined;
  const total = known ?? first?.total ?? 0;
  const start = Math.max(0, total - MAX_ITEMS_READ);
  const offsets: number[] = [];
  for (let offset = start; offset < total; offset += ITEMS_PAGE) if (!(first && offset === 0)) offsets.push(offset);
  const pages = await Promise.all(offsets.map((offset) => provider.listTracks(playlist.id, offset, ITEMS_PAGE)));
  return { tracks: [...(first?.tracks ?? []), ...pages.flatMap((page) => page.tracks)], total };
}

function newestFirst(tracks: readonly PlaylistTrack[]): DatedTrack[] {
  return tracks
    .map((track) => ({ track, addedMs: track.addedAt ? Date.parse(track.addedAt) : Number.NaN }))
    .filter((dated) => Number.isFinite(dated.addedMs))
    .sort((a, b) => b.addedMs - a.addedMs);
}

/**
 * "What's new on road trip?": the songs added since the person last heard the playlist from
 * this skill, known from their memory in any container. When the playlist's version is the one
 * they heard, no item is read. The first time, the newest few, each with when it was added.
 */
export async function answerWhatsNew(handlerInput: HandlerInput, playlist: Playlist, context: RequestContext): Promise<Response> {
  const { messages, locale } = context;
  const memory = requestMemory(handlerInput);
  const provider = context.provider();
  // The library says the playlist's current version; it is cached per container, and it freshens the index.
  const library = await provider.listAllPlaylists();
  await memory.rememberLibrary(library);
  const current = library.find((listed) => listed.id === playlist.id) ?? playlist;
  const heard = await memory.lastHeard(current.id);
  const now = context.now();
  // Escaping can make long names six times longer; name fewer songs rather than pass Alexa's limit.
  const fitting = (songs: DatedTrack[], speechFor: (shown: DatedTrack[]) => Utterance): Utterance => {
    let shown = Math.min(NEWEST_READ, songs.length);
    while (shown > 1 && join([speechFor(songs.slice(0, shown)), messages.anythingElse]).ssml.length > MAX_SPEECH_CHARACTERS) shown--;
    return speechFor(songs.slice(0, shown));
  };
  const reply = async (speech: Utterance) => {
    await memory.markHeard(current);
    return ask(handlerInput, join([speech, messages.anythingElse]), messages.reprompt)
      .withSimpleCard(messages.skillName, speech.text)
      .getResponse();
  };

  if (heard && current.snapshotId && heard.snapshotId === current.snapshotId) {
    return reply(messages.whatsNewNothing(current.name, timeAgo(locale, heard.at, now)));
  }
  const { tracks, total } = await readItems(provider, current);
  if (total === 0) return reply(messages.playlistEmpty(current.name));
  const dated = newestFirst(tracks);
  if (dated.length === 0) return reply(messages.whatsNewNoDates(current.name));
  if (!heard) {
    const dateOf = ({ track, addedMs }: DatedTrack) => ({ track, when: timeAgo(locale, addedMs, now) });
    return reply(fitting(dated, (shown) => messages.whatsNewFirstTime(current.name, shown.map(dateOf))));
  }
  const added = dated.filter(({ addedMs }) => addedMs > heard.at);
  const heardWhen = timeAgo(locale, heard.at, now);
  if (added.length === 0) return reply(messages.whatsNewNothing(current.name, heardWhen));
  return reply(
    fitting(added, (shown) =>
      messages.whatsNewSince(
        current.name,
        heardWhen,
        added.length,
        shown.map(({ track }) => track),
      ),
    ),
  );
}

export const WHATS_NEW: NamedPlaylistQuestion = { intentName: 'WhatsNewIntent', answer: answerWhatsNew };

/** "What's new on road trip?", "what has been added to road trip?", "was ist neu auf Roadtrip?" */
export const WhatsNewHandler = namedPlaylistHandler(WHATS_NEW);
