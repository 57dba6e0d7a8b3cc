import { CandidateLabel } from '../../playlists/tellApart';
import { PlaylistTrack } from '../../providers/types';
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

  whichPlaylist: say`Welche Playlist? Sag einfach ihren Namen, zum Beispiel: Roadtrip.`,
  whichOne: say`Welche? Du kannst sagen: die erste, die zweite und so weiter.`,
  noPlaylistMatch: (spoken) =>
    say`Ich habe keine Playlist namens ${spoken} gefunden. Welche Playlist meinst du? Oder sag: nenne meine Playlists, um ihre Namen zu hören.`,
  ambiguousPlaylist: (candidates) =>
    say`Mehrere Playlists klingen so: ${listOf(locale, candidates.map(candidateLabel), 'disjunction')}. Welche meinst du?`,
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
};
