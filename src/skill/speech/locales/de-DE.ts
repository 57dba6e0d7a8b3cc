import { PlaylistTrack } from '../../providers/types';
import { join, listOf, plain, say, Utterance } from '../utterance';
import { Messages } from './en-US';

const locale = 'de-DE';

const count = (n: number, one: string, many: string) => plain(`${n} ${n === 1 ? one : many}`);
const songs = (n: number) => count(n, 'Song', 'Songs');
const names = (values: string[]) => values.map((value) => plain(value));
const trackLine = (track: PlaylistTrack): Utterance =>
  track.artists.length === 0 ? say`${track.title}` : say`${track.title} von ${listOf(locale, names(track.artists.slice(0, 3)))}`;

/** Alles, was Playlist Reader auf Deutsch sagt. */
export const deDE: Messages = {
  locale,
  skillName: 'Playlist Leser',

  welcome: (provider) =>
    say`Willkommen bei Playlist Leser. Ich lese dir deine ${provider} Playlists vor. Sag zum Beispiel: nenne meine Playlists, oder: was ist auf Roadtrip.`,
  welcomeUnlinked: (provider) =>
    say`Willkommen bei Playlist Leser. Ich lese dir deine ${provider} Playlists vor, sobald dein Konto verknüpft ist. Öffne dazu die Alexa App und tippe auf die Karte, die ich dir geschickt habe. Du kannst auch Hilfe sagen.`,
  help: (provider) =>
    say`Ich lese deine ${provider} Playlists vor. Sag: nenne meine Playlists, um ihre Namen zu hören, weiter, für die nächsten, was ist auf, und einen Namen, um die Songs zu hören, oder: wie viele Songs sind auf, und einen Namen. Was möchtest du?`,
  reprompt: say`Du kannst sagen: nenne meine Playlists, oder: was ist auf, und den Namen einer Playlist.`,
  fallback: say`Damit kann ich leider nicht helfen. Du kannst mich nach deinen Playlists fragen, oder was auf einer davon ist.`,
  goodbye: say`Tschüss.`,
  somethingWentWrong: say`Entschuldigung, bei mir ist etwas schiefgegangen. Bitte versuche es noch einmal.`,
  unknownRequest: say`Entschuldigung, das habe ich nicht verstanden. Du kannst mich nach deinen Playlists fragen.`,

  helpUnlinked: (provider) =>
    say`Ich lese dir deine ${provider} Playlists vor: ihre Namen, die Songs darauf, und wie viele es sind. Dafür muss dein ${provider} Konto verknüpft sein. Öffne die Alexa App und tippe auf die Karte, die ich dir geschickt habe, um es zu verknüpfen.`,
  linkAccount: (provider) =>
    say`Damit ich deine Playlists vorlesen kann, muss ich mit deinem ${provider} Konto verbunden sein. Öffne die Alexa App und tippe auf die Karte, die ich dir geschickt habe, um es zu verknüpfen.`,
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
  noMorePlaylists: say`Das waren alle deine Playlists. Frag, was auf einer ist, oder sag stopp.`,

  whichPlaylist: say`Welche Playlist? Sag zum Beispiel: was ist auf Roadtrip.`,
  whichOne: say`Welche? Sag einfach ihren Namen.`,
  noPlaylistMatch: (spoken) => say`Ich habe keine Playlist namens ${spoken} gefunden. Sag: nenne meine Playlists, um ihre Namen zu hören.`,
  ambiguousPlaylist: (playlistNames) =>
    say`Mehrere Playlists klingen so: ${listOf(locale, names(playlistNames), 'disjunction')}. Welche meinst du?`,
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

  playback: {
    playing: (playlist, device) => say`${playlist} läuft jetzt auf ${device}.`,
    playingFrom: (playlist, position, device) => say`${playlist} läuft jetzt ab Song ${position} auf ${device}.`,
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
    reprompt: say`Du kannst sagen: spiele, und den Namen einer Playlist, oder: auf welchen Geräten kannst du spielen.`,
  },
};
