import { CandidateLabel } from '../../playlists/tellApart';
import { PlaylistTrack } from '../../providers/types';
import { PlayingItem } from '../../providers/player';
import { join, listOf, plain, say, Utterance } from '../utterance';

const count = (n: number, one: string, many: string) => plain(`${n} ${n === 1 ? one : many}`);
const songs = (n: number) => count(n, 'song', 'songs');
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth'];
const ordinal = (position: number) => plain(ORDINAL_WORDS[position - 1] ?? `number ${position}`);

/** One playlist of a "which one?", named so that it can be told from the others. */
function candidateLabel(label: CandidateLabel): Utterance {
  switch (label.by) {
    case 'owner':
      return say`${label.name} by ${label.ownerName}`;
    case 'size':
      return say`${label.name} with ${songs(label.trackCount)}`;
    case 'order':
      return say`the ${ordinal(label.position)} ${label.name}`;
    default:
      return say`${label.name}`;
  }
}

/**
 * Everything Playlist Reader says in English. Handlers never hold text of their own.
 * The locale shapes list joining: "A, B, and C" in the US, "A, B and C" in Britain.
 */
export function englishMessages(locale: string) {
  const names = (values: string[]) => values.map((value) => plain(value));
  const trackLine = (track: PlayingItem): Utterance =>
    track.artists.length === 0 ? say`${track.title}` : say`${track.title} by ${listOf(locale, names(track.artists.slice(0, 3)))}`;
  const trackLines = (tracks: PlaylistTrack[]) => listOf(locale, tracks.map(trackLine));
  /** "A, B, C, and 2 more": a few names, then how many were left out. */
  const someNames = (values: string[], more: number) =>
    listOf(locale, more > 0 ? [...names(values), plain(`${more} more`)] : names(values));
  const playingTime = (ms: number): Utterance => {
    const minutes = Math.round(ms / 60_000);
    if (minutes === 0) return say`less than a minute`;
    const hours = Math.floor(minutes / 60);
    const parts = [
      hours > 0 ? count(hours, 'hour', 'hours') : undefined,
      minutes % 60 > 0 ? count(minutes % 60, 'minute', 'minutes') : undefined,
    ];
    return listOf(
      locale,
      parts.filter((part): part is Utterance => part !== undefined),
    );
  };
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));

  return {
    locale,
    skillName: 'Playlist Reader',
    welcome: (provider: string) =>
      say`Welcome to Playlist Reader. I can read out your ${provider} playlists. Try saying, list my playlists, or, what's on road trip.`,
    welcomeUnlinked: (provider: string) =>
      say`Welcome to Playlist Reader. I read out your ${provider} playlists once your account is linked. To link it, open the Alexa app and tap the card I just sent. You can also say help.`,
    reprompt: say`You can say, list my playlists, or, what's on, and a playlist's name.`,
    somethingWentWrong: say`Sorry, something went wrong on my side. Please try again.`,
    helpUnlinked: (provider: string) =>
      say`I read out your ${provider} playlists: their names, the songs on each one, and how many there are. For that, I need your ${provider} account linked. Open the Alexa app and tap the card I just sent to link it.`,
    linkAccount: (provider: string) =>
      say`To hear your playlists, I need to connect to your ${provider} account. Open the Alexa app and tap the card I just sent to link it.`,

    help: (provider: string) =>
      say`I read your ${provider} playlists. Say, list my playlists, to hear their names, more, to hear the next few, what's on, and a playlist's name, to hear its songs, or, how many songs are in, and a name. What would you like?`,
    fallback: say`Sorry, I can't help with that. You can ask me to list your playlists, or what's on one of them.`,
    goodbye: say`Goodbye.`,
    unknownRequest: say`Sorry, I didn't get that. You can ask me to list your playlists.`,

    linkExpired: (provider: string) =>
      say`Your link to ${provider} has expired. To link again, open the Alexa app, go to Playlist Reader in your skills, and tap Link Account. I've sent a card to help.`,
    libraryForbidden: (provider: string) =>
      say`${provider} won't let me read your playlists. If the skill's ${provider} app is in development mode, your account must be added to its users first.`,
    playlistForbidden: (provider: string) =>
      say`${provider} won't let me read that playlist. I can only read playlists you own or collaborate on.`,
    quotaExceeded: (provider: string) => say`${provider} has had too many requests from this skill today. Please try again tomorrow.`,
    playlistNotFound: say`I couldn't find that playlist.`,
    rateLimited: (provider: string) => say`${provider} is busy right now. Please try again in a minute.`,
    providerUnavailable: (provider: string) => say`Sorry, I couldn't reach ${provider} just now. Please try again in a moment.`,
    providerMalformed: (provider: string) => say`Sorry, ${provider} sent an answer I couldn't understand. Please try again later.`,

    emptyLibrary: (provider: string) => say`You don't have any playlists yet. Make one in ${provider}, then ask me again.`,
    playlistSummary: (total: number, playlistNames: string[]) =>
      say`You have ${count(total, 'playlist', 'playlists')}. ${playlistNames.length >= total ? say`They are` : playlistNames.length === 1 ? say`The first one is` : say`The first ${playlistNames.length} are`}: ${listOf(locale, names(playlistNames))}.`,
    morePlaylists: (playlistNames: string[], remaining: number) =>
      remaining > 0
        ? say`Next: ${listOf(locale, names(playlistNames))}. There are ${remaining} more.`
        : say`Next: ${listOf(locale, names(playlistNames))}. That's all of them.`,
    listContinuation: (remaining: number) =>
      remaining > 0 ? say`Say more to hear the next ones, or ask what's on one of them.` : say`Ask what's on one of them, or say stop.`,
    noMorePlaylists: say`That's all of your playlists.`,
    /** After "more" found nothing left: the list is not started again unasked. */
    afterLastPlaylist: say`Say start over to hear them from the top, or ask what's on one of them.`,

    whichPlaylist: say`Which playlist? Just say its name, for example, road trip.`,
    whichListNumber: (read: number) =>
      say`I read ${count(read, 'playlist', 'playlists')} just then. Which number did you mean, or which playlist?`,
    whichOne: say`Which one? You can say the first one, the second one, and so on.`,
    noPlaylistMatch: (spoken: string) =>
      say`I couldn't find a playlist called ${spoken}. Which playlist did you mean? Or say, list my playlists, to hear their names.`,
    ambiguousPlaylist: (candidates: CandidateLabel[]) =>
      say`I found more than one playlist that sounds like that: ${listOf(locale, candidates.map(candidateLabel), 'disjunction')}. Which one did you mean?`,
    cannotTellByAge: (provider: string, candidates: CandidateLabel[]) =>
      say`${provider} doesn't tell me when a playlist was made, so I can't tell which one is newer. I have ${listOf(locale, candidates.map(candidateLabel), 'disjunction')}. Say the first one or the second one.`,
    trackCount: (name: string, total: number) => say`${name} has ${songs(total)}.`,
    songCount: (total: number) => songs(total),
    playlistEmpty: (name: string) => say`${name} is empty.`,
    playlistContents: (name: string, total: number, tracks: PlaylistTrack[]) =>
      tracks.length === 0
        ? say`${name} has ${songs(total)}, but none of them can be read out right now.`
        : say`${name} has ${songs(total)}. ${tracks.length < total ? say`It starts with` : say`They are`}: ${listOf(locale, tracks.map(trackLine))}.`,
    anythingElse: say`Anything else? You can ask about another playlist.`,

    // What's new (issue 12). `when` is already in the locale's words ("2 weeks ago", "today").
    whatsNewFirstTime: (name: string, added: { track: PlaylistTrack; when: string }[]) =>
      say`The newest songs on ${name}: ${join(
        added.map(({ track, when }) => say`${trackLine(track)}, added ${when}`),
        say`. `,
      )}.`,
    whatsNewSince: (name: string, heardWhen: string, total: number, newest: PlaylistTrack[]) =>
      say`${songs(total)} ${total === 1 ? 'has' : 'have'} been added to ${name} since you last heard it ${heardWhen}. ${newest.length < total ? say`The newest are` : total === 1 ? say`It is` : say`They are`}: ${listOf(locale, newest.map(trackLine))}.`,
    whatsNewNothing: (name: string, heardWhen: string) => say`Nothing has been added to ${name} since you last heard it ${heardWhen}.`,
    whatsNewNoDates: (name: string) => say`${name} doesn't say when its songs were added, so I can't tell what's new.`,

    // Follow-ups: more, repeat, go back, "it", and the song just read.
    resumingList: say`Picking up where I stopped.`,
    moreTracks: (name: string, tracks: PlaylistTrack[], remaining: number) =>
      remaining > 0
        ? say`More from ${name}: ${trackLines(tracks)}. ${remaining === 1 ? say`There's 1 more` : say`There are ${remaining} more`}.`
        : say`More from ${name}: ${trackLines(tracks)}. That's the end of ${name}.`,
    noMoreTracks: (name: string) => say`That's all the songs on ${name}.`,
    /** After "more" found no songs left: the songs are not started again unasked. */
    afterLastTrack: say`Say start over to hear them from the top, or ask about another playlist.`,
    tracksContinuation: say`Say more to hear the next songs, or ask about another playlist.`,
    nothingToRepeat: say`I haven't told you anything yet. You can say, list my playlists.`,
    lostPlaylist: say`I've lost track of that playlist. Which playlist would you like to hear about?`,
    noSongsReadYet: say`I haven't read you any songs yet. Ask what's on one of your playlists first.`,
    whichSongNumber: (read: number) => say`I read ${songs(read)} just then. Which number did you mean?`,
    trackDetail: (position: number, track: PlaylistTrack) =>
      track.artists.length === 0
        ? say`Number ${position} is ${track.title}. ${track.kind === 'episode' ? say`It's an episode` : say`I don't know who sings it`}.`
        : say`Number ${position} is ${trackLine(track)}.`,
    goAhead: say`Go ahead. You can ask what's on a playlist, how long it is, or which playlist has a song.`,

    // New questions: how long, biggest, recently added, which playlist has a song.
    playlistDuration: (name: string, ms: number, total: number, complete: boolean) =>
      complete
        ? say`${name} plays for ${ms < 30_000 ? say`` : say`about `}${playingTime(ms)}, ${songs(total)}.`
        : say`${name} plays for more than ${playingTime(ms)}, ${songs(total)}; it's too long for me to add up every song.`,
    durationUnknown: (name: string, total: number, provider: string) =>
      say`${provider} doesn't tell me how long its videos are, so I can't say how long ${name} plays. It has ${songs(total)}.`,
    biggestPlaylist: (name: string, total: number) => say`Your biggest playlist is ${name}, with ${songs(total)}.`,
    shortestPlaylist: (name: string, total: number) => say`Your shortest playlist is ${name}, with ${songs(total)}.`,
    latestAddition: (track: PlaylistTrack, playlistName: string, addedAt: string) =>
      say`The last song you added was ${trackLine(track)}, to ${playlistName} on ${day(addedAt)}.`,
    latestAdditionsTo: (name: string, tracks: PlaylistTrack[]) =>
      tracks.length === 1
        ? say`The last song added to ${name} was ${trackLine(tracks[0])}.`
        : say`The last songs added to ${name}, newest first, are: ${trackLines(tracks)}.`,
    nothingAdded: say`I couldn't find any songs with the date they were added.`,
    searchAnnouncement: (playlists: number) => say`Let me look through your ${count(playlists, 'playlist', 'playlists')}.`,
    whichSong: say`Which song or artist should I look for?`,
    songFound: (track: PlaylistTrack, playlistNames: string[], more: number) =>
      say`${trackLine(track)} is on ${someNames(playlistNames, more)}.`,
    songsFound: (query: string, matches: number, playlistNames: string[], more: number) =>
      say`I found ${songs(matches)} matching ${query}, on ${someNames(playlistNames, more)}.`,
    songNotFound: (query: string) => say`I couldn't find ${query} on your playlists.`,
    whichArtist: say`Which artist should I look for?`,
    artistFound: (artist: string, total: number, playlistNames: string[], more: number) =>
      total === 1
        ? say`${artist} is on ${playlistNames[0]}.`
        : say`${artist} is on ${count(total, 'playlist', 'playlists')}: ${someNames(playlistNames, more)}.`,
    artistNotFound: (query: string) => say`I couldn't find any songs by ${query} on your playlists.`,
    searchForbidden: (playlists: number, provider: string) =>
      say`I couldn't look into ${count(playlists, 'playlist', 'playlists')}, because ${provider} only shares the songs of playlists you own or collaborate on.`,
    searchIncomplete: (searched: number, total: number) =>
      say`I only managed to look through ${searched} of your ${count(total, 'playlist', 'playlists')} in time.`,
    playback: {
      playing: (playlist: string, device: string) => say`Playing ${playlist} on ${device}.`,
      playingFrom: (playlist: string, position: number, device: string) => say`Playing ${playlist} from song ${position} on ${device}.`,
      playingSong: (song: string, playlist: string, device: string) => say`Playing ${song} from ${playlist} on ${device}.`,
      songNotOnPlaylist: (song: string, playlist: string) =>
        say`I couldn't find ${song} on ${playlist}. Say the song's title again, or just, play ${playlist}.`,
      shuffling: (playlist: string, device: string) => say`Shuffling ${playlist} on ${device}.`,
      positionPastEnd: (playlist: string, total: number) =>
        say`${playlist} has only ${songs(total)}. Say a smaller number, or just, play ${playlist}.`,
      unsupported: (provider: string) =>
        say`I can read your ${provider} playlists, but I can't play them: ${provider} doesn't let skills start music. Ask me what's on one of them instead.`,
      off: say`Playing music is turned off for this skill. I can still read your playlists: ask me what's on one of them.`,
      premiumRequired: (provider: string) =>
        say`${provider} only lets Premium accounts be controlled like this, so I can't start music for you. I can still read your playlists: ask me what's on one of them.`,
      noActiveDevice: (provider: string) =>
        say`I can't find a ${provider} device that's ready to play. Open ${provider} on your phone or computer, or say, Alexa, play music on ${provider}, once, then ask me again.`,
      deviceAsleep: (device: string, provider: string) =>
        say`${device} didn't answer ${provider}. Open ${provider} on it, or if it's an Echo, say, Alexa, play music on ${provider}, to it once, then ask me again.`,
      scopeMissing: (provider: string) =>
        say`Playing music needs a new permission from ${provider}, so your account must be linked again. Open the Alexa app, go to Playlist Reader in your skills, and tap Link Account. I've sent a card to help.`,
      playerForbidden: (provider: string) =>
        say`${provider} won't let me control that device right now. Try another one, or ask which devices I can play on.`,
      whichDevice: (devices: string[]) =>
        say`Which device should I play it on? For example, ${listOf(locale, names(devices), 'disjunction')}.`,
      noDeviceMatch: (spoken: string, devices: string[]) =>
        say`I couldn't find a device called ${spoken}. You can play on ${listOf(locale, names(devices), 'disjunction')}. Which one?`,
      devices: (devices: string[], active: string | undefined) =>
        active === undefined
          ? say`You can play on ${listOf(locale, names(devices))}. Say, play, a playlist's name, on, and a device.`
          : say`You can play on ${listOf(locale, names(devices))}. ${active} is the active one. Say, play, a playlist's name, on, and a device.`,
      nowPlaying: (track: PlayingItem, device: string) => say`Now playing: ${trackLine(track)}, on ${device}.`,
      paused: (track: PlayingItem, device: string) => say`Nothing is playing right now. ${trackLine(track)} is paused on ${device}.`,
      playingSomething: (device: string) => say`Something is playing on ${device}, but I can't tell what it is.`,
      nothingPlaying: (provider: string) => say`Nothing is playing on ${provider} right now.`,
      controlNothingPlaying: (provider: string) =>
        say`Nothing is playing on ${provider} right now. To start something, say, play, and a playlist's name.`,
      pausedOn: (device: string) => say`Paused on ${device}.`,
      alreadyPaused: (device: string) => say`The music on ${device} is already paused.`,
      resumedOn: (device: string) => say`Playing again on ${device}.`,
      alreadyPlaying: (device: string) => say`Music is already playing on ${device}.`,
      skippedOn: (device: string) => say`Skipping to the next song on ${device}.`,
      deviceRestricted: (device: string, provider: string) =>
        say`${provider} doesn't let skills control ${device}. Use the controls on it, or the ${provider} app.`,
      controlDisallowed: (device: string, provider: string) => say`${provider} won't let me do that on ${device} right now.`,
      reprompt: say`You can say, play, and a playlist's name, or, which devices can you play on.`,
    },
  };
}

export type Messages = ReturnType<typeof englishMessages>;

export const enUS = (): Messages => englishMessages('en-US');
