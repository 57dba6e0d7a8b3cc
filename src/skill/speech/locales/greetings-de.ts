import { say } from '../utterance';
import { Greetings } from './greetings-en';

/** Was Playlist Reader auf Deutsch sagt, bevor ein Gespräch beginnt (siehe greetings-en.ts). */
export const germanGreetings = (): Greetings => ({
  locale: 'de-DE',
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
});
