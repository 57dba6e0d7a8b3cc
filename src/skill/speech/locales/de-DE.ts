import { CandidateLabel } from '../../playlists/tellApart';
import { PlaylistTrack } from '../../providers/types';
import { PlayingItem } from '../../providers/player';
import { join, listOf, plain, say, Utterance } from '../utterance';
import { Messages } from './en-US';

const locale = 'de-DE';

const count = (n: number, one: string, many: string) => plain(`${n} ${n === 1 ? one : many}`);
const songs = (n: number) => count(n, 'Song', 'Songs');
const names = (values: string[]) => values.map((value) => plain(value));
const ORDINAL_WORDS = ['erste', 'zweite', 'dritte', 'vierte'];
const ordinal = (position: number) => plain(ORDINAL_WORDS[position - 1] ?? `Nummer ${position}`);

/** Eine Playlist aus einer Rückfrage, so benannt, dass man sie von den anderen unterscheiden kann. */
function candidateLabel(label: CandidateLabel): Utterance {
  switch (label.by) {
    case 'owner':
      return say`${label.name} von ${label.ownerName}`;
    case 'size':
      return say`${label.name} mit ${songs(label.trackCount)}`;
    case 'order':
      return say`die ${ordinal(label.position)} ${label.name}`;
    default:
      return say`${label.name}`;
  }
}
const trackLine = (track: PlayingItem): Utterance =>
  track.artists.length === 0 ? say`${track.title}` : say`${track.title} von ${listOf(locale, names(track.artists.slice(0, 3)))}`;
const trackLines = (tracks: PlaylistTrack[]) => listOf(locale, tracks.map(trackLine));
const playlists = (n: number) => count(n, 'Playlist', 'Playlists');
/** "A, B, C und 2 weitere": ein paar Namen, dann wie viele fehlen. */
const someNames = (values: string[], more: number) =>
  listOf(locale, more > 0 ? [...names(values), plain(`${more} weitere`)] : names(values));
const playingTime = (ms: number): Utterance => {
  const minutes = Math.round(ms / 60_000);
  if (minutes === 0) return say`weniger als eine Minute`;
  const hours = Math.floor(minutes / 60);
  const parts = [
    hours > 0 ? count(hours, 'Stunde', 'Stunden') : undefined,
    minutes % 60 > 0 ? count(minutes % 60, 'Minute', 'Minuten') : undefined,
  ];
  return listOf(
    locale,
    parts.filter((part): part is Utterance => part !== undefined),
  );
};
const day = (iso: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));

/** Alles, was Playlist Reader auf Deutsch sagt: gebaut, wenn es zum ersten Mal gebraucht wird. */
export const deDE = (): Messages => ({
  locale: 'de-DE',
  skillName: 'Playlist Leser',
  welcome: (provider) =>
    say`Willkommen bei Playlist Leser. Ich lese dir deine ${provider} Playlists vor. Sag zum Beispiel: nenne meine Playlists, oder: was ist auf Roadtrip.`,
  welcomeUnlinked: (provider) =>
    say`Willkommen bei Playlist Leser. Ich lese dir deine ${provider} Playlists vor, sobald dein Konto verknüpft ist. Öffne dazu die Alexa App und tippe auf die Karte, die ich dir geschickt habe. Du kannst auch Hilfe sagen.`,
  reprompt: say`Du kannst sagen: nenne meine Playlists, oder: was ist auf, und den Namen einer Playlist.`,
  somethingWentWrong: say`Entschuldigung, bei mir ist etwas schiefgegangen. Bitte versuche es noch einmal.`,
  helpUnlinked: (provider) =>
    say`Ich lese dir deine ${provider} Playlists vor: ihre Namen, die Songs darauf, und wie viele es sind. Dafür muss dein ${provider} Konto verknüpft sein. Öffne die Alexa App und tippe auf die Karte, die ich dir geschickt habe, um es zu verknüpfen.`,
  linkAccount: (provider) =>
    say`Damit ich deine Playlists vorlesen kann, muss ich mit deinem ${provider} Konto verbunden sein. Öffne die Alexa App und tippe auf die Karte, die ich dir geschickt habe, um es zu verknüpfen.`,

  help: (provider) =>
    say`Ich lese deine ${provider} Playlists vor. Sag: nenne meine Playlists, um ihre Namen zu hören, weiter, für die nächsten, was ist auf, und einen Namen, um die Songs zu hören, oder: wie viele Songs sind auf, und einen Namen. Was möchtest du?`,
  fallback: say`Damit kann ich leider nicht helfen. Du kannst mich nach deinen Playlists fragen, oder was auf einer davon ist.`,
  goodbye: say`Tschüss.`,
  unknownRequest: say`Entschuldigung, das habe ich nicht verstanden. Du kannst mich nach deinen Playlists fragen.`,

  linkExpired: (provider) =>
    say`Deine Verknüpfung mit ${provider} ist abgelaufen. Um sie zu erneuern, öffne die Alexa App, geh zu Playlist Leser unter deinen Skills und tippe auf Konto verknüpfen. Ich habe dir eine Karte geschickt.`,
  libraryForbidden: (provider) =>
    say`${provider} erlaubt mir nicht, deine Playlists zu lesen. Wenn die ${provider} App dieses Skills im Entwicklungsmodus ist, muss dein Konto erst als Nutzer eingetragen werden.`,
  playlistForbidden: (provider) =>
    say`${provider} erlaubt mir nicht, diese Playlist zu lesen. Ich kann nur Playlists lesen, die dir gehören oder an denen du mitarbeitest.`,
  quotaExceeded: (provider) =>
    say`${provider} hat heute zu viele Anfragen von diesem Skill bekommen. Bitte versuche es morgen noch einmal.`,
  playlistNotFound: say`Ich konnte diese Playlist nicht finden.`,
  rateLimited: (provider) => say`${provider} ist gerade ausgelastet. Bitte versuche es in einer Minute noch einmal.`,
  providerUnavailable: (provider) =>
    say`Entschuldigung, ich konnte ${provider} gerade nicht erreichen. Bitte versuche es gleich noch einmal.`,
  providerMalformed: (provider) =>
    say`Entschuldigung, ${provider} hat mir eine Antwort geschickt, die ich nicht verstehe. Bitte versuche es später noch einmal.`,

  emptyLibrary: (provider) => say`Du hast noch keine Playlists. Leg eine in ${provider} an und frag mich dann noch einmal.`,
  playlistSummary: (total, playlistNames) =>
    say`Du hast ${count(total, 'Playlist', 'Playlists')}. ${playlistNames.length >= total ? say`Das sind` : playlistNames.length === 1 ? say`Die erste ist` : say`Die ersten ${playlistNames.length} sind`}: ${listOf(locale, names(playlistNames))}.`,
  morePlaylists: (playlistNames, remaining) =>
    remaining > 0
      ? say`Weiter: ${listOf(locale, names(playlistNames))}. Es gibt noch ${remaining} weitere.`
      : say`Weiter: ${listOf(locale, names(playlistNames))}. Das waren alle.`,
  listContinuation: (remaining) =>
    remaining > 0
      ? say`Sag weiter, um die nächsten zu hören, oder frag, was auf einer ist.`
      : say`Frag, was auf einer ist, oder sag stopp.`,
  noMorePlaylists: say`Das waren alle deine Playlists.`,
  afterLastPlaylist: say`Sag von vorne, um sie noch einmal von Anfang an zu hören, oder frag, was auf einer ist.`,

  whichPlaylist: say`Welche Playlist? Sag einfach ihren Namen, zum Beispiel: Roadtrip.`,
  whichListNumber: (read) => say`Ich habe gerade ${playlists(read)} vorgelesen. Welche Nummer meinst du, oder welche Playlist?`,
  whichOne: say`Welche? Du kannst sagen: die erste, die zweite und so weiter.`,
  noPlaylistMatch: (spoken) =>
    say`Ich habe keine Playlist namens ${spoken} gefunden. Welche Playlist meinst du? Oder sag: nenne meine Playlists, um ihre Namen zu hören.`,
  ambiguousPlaylist: (candidates) =>
    say`Mehrere Playlists klingen so: ${listOf(locale, candidates.map(candidateLabel), 'disjunction')}. Welche meinst du?`,
  cannotTellByAge: (provider, candidates) =>
    say`${provider} sagt mir nicht, wann eine Playlist angelegt wurde, also weiß ich nicht, welche neuer ist. Ich habe ${listOf(locale, candidates.map(candidateLabel), 'disjunction')}. Sag die erste oder die zweite.`,
  trackCount: (name, total) => say`${name} hat ${songs(total)}.`,
  songCount: (total) => songs(total),
  playlistEmpty: (name) => say`${name} ist leer.`,
  playlistContents: (name, total, tracks) =>
    tracks.length === 0
      ? say`${name} hat ${songs(total)}, aber keiner davon kann gerade vorgelesen werden.`
      : say`${name} hat ${songs(total)}. ${tracks.length < total ? say`Es beginnt mit` : say`Das sind`}: ${listOf(locale, tracks.map(trackLine))}.`,
  anythingElse: say`Noch etwas? Du kannst nach einer anderen Playlist fragen.`,

  whatsNewFirstTime: (name, added) =>
    say`Die neuesten Songs auf ${name}: ${join(
      added.map(({ track, when }) => say`${trackLine(track)}, ${when} hinzugefügt`),
      say`. `,
    )}.`,
  whatsNewSince: (name, heardWhen, total, newest) =>
    say`Auf ${name} ${total === 1 ? 'ist' : 'sind'} ${songs(total)} dazugekommen, seit du sie ${heardWhen} zuletzt gehört hast. ${newest.length < total ? say`Die neuesten sind` : total === 1 ? say`Es ist` : say`Das sind`}: ${listOf(locale, newest.map(trackLine))}.`,
  whatsNewNothing: (name, heardWhen) => say`Auf ${name} ist nichts dazugekommen, seit du sie ${heardWhen} zuletzt gehört hast.`,
  whatsNewNoDates: (name) => say`${name} verrät nicht, wann die Songs hinzugefügt wurden, darum weiß ich nicht, was neu ist.`,

  // Nachfragen: weiter, wiederholen, zurück, "sie", und der eben gelesene Song.
  resumingList: say`Ich mache da weiter, wo ich aufgehört habe.`,
  moreTracks: (name, tracks, remaining) =>
    remaining > 0
      ? say`Weiter auf ${name}: ${trackLines(tracks)}. ${remaining === 1 ? say`Es kommt noch 1 weiterer` : say`Es kommen noch ${remaining} weitere`}.`
      : say`Weiter auf ${name}: ${trackLines(tracks)}. Das war das Ende von ${name}.`,
  noMoreTracks: (name) => say`Das waren alle Songs auf ${name}.`,
  afterLastTrack: say`Sag von vorne, um sie noch einmal von Anfang an zu hören, oder frag nach einer anderen Playlist.`,
  tracksContinuation: say`Sag weiter, um die nächsten Songs zu hören, oder frag nach einer anderen Playlist.`,
  nothingToRepeat: say`Ich habe dir noch nichts erzählt. Sag zum Beispiel: nenne meine Playlists.`,
  lostPlaylist: say`Ich weiß nicht mehr, welche Playlist gemeint war. Nach welcher Playlist möchtest du fragen?`,
  noSongsReadYet: say`Ich habe dir noch keine Songs vorgelesen. Frag zuerst, was auf einer deiner Playlists ist.`,
  whichSongNumber: (read) => say`Ich habe gerade ${songs(read)} vorgelesen. Welche Nummer meinst du?`,
  trackDetail: (position, track) =>
    track.artists.length === 0
      ? say`Nummer ${position} ist ${track.title}. ${track.kind === 'episode' ? say`Das ist eine Episode` : say`Wer ihn singt, weiß ich nicht`}.`
      : say`Nummer ${position} ist ${trackLine(track)}.`,
  goAhead: say`Bitte. Du kannst fragen, was auf einer Playlist ist, wie lang sie ist, oder welche Playlist einen Song hat.`,

  // Neue Fragen: wie lang, die größte, zuletzt hinzugefügt, welche Playlist hat einen Song.
  playlistDuration: (name, ms, total, complete) =>
    complete
      ? say`${name} läuft ${ms < 30_000 ? say`` : say`etwa `}${playingTime(ms)}, ${songs(total)}.`
      : say`${name} läuft mehr als ${playingTime(ms)}, ${songs(total)}; sie ist zu lang, um jeden Song zusammenzuzählen.`,
  durationUnknown: (name, total, provider) =>
    say`${provider} sagt mir nicht, wie lang seine Videos sind, deshalb weiß ich nicht, wie lange ${name} läuft. Sie hat ${songs(total)}.`,
  biggestPlaylist: (name, total) => say`Deine größte Playlist ist ${name}, mit ${songs(total)}.`,
  shortestPlaylist: (name, total) => say`Deine kürzeste Playlist ist ${name}, mit ${songs(total)}.`,
  latestAddition: (track, playlistName, addedAt) =>
    say`Zuletzt hast du ${trackLine(track)} hinzugefügt, zu ${playlistName} am ${day(addedAt)}.`,
  latestAdditionsTo: (name, tracks) =>
    tracks.length === 1
      ? say`Zuletzt kam ${trackLine(tracks[0])} zu ${name} dazu.`
      : say`Zuletzt kamen zu ${name} dazu, die neuesten zuerst: ${trackLines(tracks)}.`,
  nothingAdded: say`Ich habe keine Songs mit einem Datum gefunden, an dem sie hinzugefügt wurden.`,
  searchAnnouncement: (total) => say`Ich schaue deine ${playlists(total)} durch.`,
  whichSong: say`Nach welchem Song oder welcher Band soll ich suchen?`,
  songFound: (track, playlistNames, more) => say`${trackLine(track)} ist auf ${someNames(playlistNames, more)}.`,
  songsFound: (query, matches, playlistNames, more) =>
    say`Ich habe ${songs(matches)} zu ${query} gefunden, auf ${someNames(playlistNames, more)}.`,
  songNotFound: (query) => say`Ich habe ${query} auf deinen Playlists nicht gefunden.`,
  whichArtist: say`Nach welcher Band oder welchem Künstler soll ich suchen?`,
  artistFound: (artist, total, playlistNames, more) =>
    total === 1
      ? say`${artist} ist auf ${playlistNames[0]}.`
      : say`${artist} ist auf ${playlists(total)}: ${someNames(playlistNames, more)}.`,
  artistNotFound: (query) => say`Ich habe auf deinen Playlists keine Songs von ${query} gefunden.`,
  searchForbidden: (total, provider) =>
    say`In ${playlists(total)} konnte ich nicht hineinschauen, weil ${provider} nur die Songs von Playlists zeigt, die dir gehören oder an denen du mitarbeitest.`,
  searchIncomplete: (searched, total) => say`Ich habe es rechtzeitig nur durch ${searched} deiner ${playlists(total)} geschafft.`,
  playback: {
    playing: (playlist, device) => say`${playlist} läuft jetzt auf ${device}.`,
    playingFrom: (playlist, position, device) => say`${playlist} läuft jetzt ab Song ${position} auf ${device}.`,
    playingSong: (song, playlist, device) => say`${song} aus ${playlist} läuft jetzt auf ${device}.`,
    songNotOnPlaylist: (song, playlist) =>
      say`Ich habe ${song} nicht auf ${playlist} gefunden. Sag den Titel noch einmal, oder einfach: spiele ${playlist}.`,
    shuffling: (playlist, device) => say`${playlist} läuft jetzt in zufälliger Reihenfolge auf ${device}.`,
    positionPastEnd: (playlist, total) =>
      say`${playlist} hat nur ${songs(total)}. Sag eine kleinere Zahl, oder einfach: spiele ${playlist}.`,
    unsupported: (provider) =>
      say`Ich kann deine ${provider} Playlists vorlesen, aber nicht abspielen: ${provider} lässt Skills keine Musik starten. Frag mich lieber, was auf einer davon ist.`,
    off: say`Musik abspielen ist für diesen Skill ausgeschaltet. Deine Playlists lese ich dir trotzdem vor: frag mich, was auf einer ist.`,
    premiumRequired: (provider) =>
      say`${provider} lässt nur Premium Konten so steuern, deshalb kann ich keine Musik für dich starten. Deine Playlists lese ich dir trotzdem vor: frag mich, was auf einer ist.`,
    noActiveDevice: (provider) =>
      say`Ich finde kein ${provider} Gerät, das bereit ist. Öffne ${provider} auf deinem Handy oder Computer, oder sag einmal: Alexa, spiele Musik auf ${provider}. Dann frag mich noch einmal.`,
    deviceAsleep: (device, provider) =>
      say`${device} hat ${provider} nicht geantwortet. Öffne ${provider} darauf, oder sag zu einem Echo einmal: Alexa, spiele Musik auf ${provider}. Dann frag mich noch einmal.`,
    scopeMissing: (provider) =>
      say`Zum Abspielen brauche ich eine neue Erlaubnis von ${provider}, deshalb musst du dein Konto neu verknüpfen. Öffne die Alexa App, geh zu Playlist Leser unter deinen Skills und tippe auf Konto verknüpfen. Ich habe dir eine Karte geschickt.`,
    playerForbidden: (provider) =>
      say`${provider} lässt mich dieses Gerät gerade nicht steuern. Versuch ein anderes, oder frag, auf welchen Geräten ich spielen kann.`,
    whichDevice: (devices) => say`Auf welchem Gerät soll ich spielen? Zum Beispiel ${listOf(locale, names(devices), 'disjunction')}.`,
    noDeviceMatch: (spoken, devices) =>
      say`Ich habe kein Gerät namens ${spoken} gefunden. Du kannst auf ${listOf(locale, names(devices), 'disjunction')} spielen. Auf welchem?`,
    devices: (devices, active) =>
      active === undefined
        ? say`Du kannst auf ${listOf(locale, names(devices))} spielen. Sag: spiele, den Namen einer Playlist, auf, und ein Gerät.`
        : say`Du kannst auf ${listOf(locale, names(devices))} spielen. ${active} ist gerade aktiv. Sag: spiele, den Namen einer Playlist, auf, und ein Gerät.`,
    nowPlaying: (track, device) => say`Gerade läuft ${trackLine(track)} auf ${device}.`,
    paused: (track, device) => say`Gerade läuft nichts. ${trackLine(track)} ist auf ${device} pausiert.`,
    playingSomething: (device) => say`Auf ${device} läuft etwas, aber ich weiß nicht, was.`,
    nothingPlaying: (provider) => say`Auf ${provider} läuft gerade nichts.`,
    controlNothingPlaying: (provider) =>
      say`Auf ${provider} läuft gerade nichts. Um etwas zu starten, sag: spiele, und den Namen einer Playlist.`,
    pausedOn: (device) => say`Pausiert auf ${device}.`,
    alreadyPaused: (device) => say`Die Musik auf ${device} ist schon pausiert.`,
    resumedOn: (device) => say`Auf ${device} geht es weiter.`,
    alreadyPlaying: (device) => say`Auf ${device} läuft schon Musik.`,
    skippedOn: (device) => say`Nächster Song auf ${device}.`,
    deviceRestricted: (device, provider) =>
      say`${provider} lässt Skills ${device} nicht steuern. Nutze die Tasten daran, oder die ${provider} App.`,
    controlDisallowed: (device, provider) => say`${provider} lässt mich das auf ${device} gerade nicht tun.`,
    reprompt: say`Du kannst sagen: spiele, und den Namen einer Playlist, oder: auf welchen Geräten kannst du spielen.`,
  },
});
