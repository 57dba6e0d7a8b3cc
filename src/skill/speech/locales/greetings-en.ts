import { say } from '../utterance';

/**
 * What Playlist Reader says in English before any conversation: the welcome, the linking
 * prompts and the last net's apology. A launch needs these words and no others, so they live
 * apart from the rest (en-US.ts), which the Lambda bundle ships in conversation.js.
 */
export const englishGreetings = (locale: string) => ({
  locale,
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
});

export type Greetings = ReturnType<typeof englishGreetings>;
