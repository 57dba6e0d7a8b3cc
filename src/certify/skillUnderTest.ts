import { Request, ResponseEnvelope } from 'ask-sdk-model';
import { startDemoProviderWithAllApis } from '../local/demoApis';
import { DEMO_ACCESS_TOKEN } from '../local/demoProvider';
import { buildEnvelope, buildEventEnvelope } from '../local/requestEnvelope';
import { ssmlToText } from '../local/ssmlToText';
import { languageOf } from './skillPackage';
import { runBundle } from './builtSkill';

/*
 * The built Lambda in a child process, linked to the demo Spotify with its sample library, as a
 * certifier meets it: every request a new session (a one-shot), linked unless asked otherwise.
 */

export interface Turn {
  readonly request: Request;
  readonly linked?: boolean;
  /** A skill event (SKILL_DISABLED) arrives without a session. */
  readonly event?: boolean;
}

export interface SkillUnderTest {
  /** The responses, in order; throws when the bundle failed to answer them all. */
  answer(turns: readonly Turn[]): Promise<ResponseEnvelope[]>;
  close(): Promise<void>;
}

/** Starts the demo provider the bundle in `bundleFolder` talks to. */
export async function startSkillUnderTest(bundleFolder: string): Promise<SkillUnderTest> {
  const demo = await startDemoProviderWithAllApis();
  return {
    async answer(turns) {
      const envelopes = turns.map(({ request, linked = true, event = false }) => {
        const options = { alexaApi: false, locale: request.locale, ...(linked ? { accessToken: DEMO_ACCESS_TOKEN } : {}) };
        return event ? buildEventEnvelope(request, options) : buildEnvelope(request, options);
      });
      const run = await runBundle(bundleFolder, envelopes, { SPOTIFY_API_URL: demo.apiUrl, LOG_LEVEL: 'silent' });
      if (run.status !== 0 || run.responses.length !== turns.length) {
        throw new Error(`the built skill stopped (exit ${run.status}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      }
      return run.responses;
    },
    close: () => demo.close(),
  };
}

/** The speech as plain text, '' when there is none. */
export function spokenText(response: ResponseEnvelope): string {
  const speech = response.response.outputSpeech;
  if (!speech) return '';
  return (speech.type === 'SSML' ? ssmlToText(speech.ssml) : speech.text).trim();
}

export function ssmlLength(response: ResponseEnvelope): number {
  const speech = response.response.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml.length : (speech?.text.length ?? 0);
}

export const sessionOpen = (response: ResponseEnvelope) => response.response.shouldEndSession === false;
export const hasReprompt = (response: ResponseEnvelope) => response.response.reprompt?.outputSpeech !== undefined;
export const directiveTypes = (response: ResponseEnvelope) => (response.response.directives ?? []).map((directive) => directive.type);

/** Words that hand the turn to the person: a question, or telling them what to say. */
const PROMPTS: Record<'en' | 'de', RegExp> = {
  en: /\?|\b(try saying|you can say|you can ask|just say|say,)/i,
  de: /\?|\b(sag zum beispiel|sag einfach|sag:|du kannst|frag mich)/i,
};

/** An apology, an error or a miss: never the answer to a request the skill can do, asked with words the demo library holds. */
const APOLOGIES: Record<'en' | 'de', RegExp> = {
  en: /\b(sorry|something went wrong|i can't help|i didn't get that|couldn't find|can't find|isn't on)\b/i,
  de: /(entschuldigung|tut mir leid|schiefgegangen|kann ich leider nicht|nicht verstanden|nicht gefunden|nicht finden|keine playlist)/i,
};

export const asksSomething = (text: string, locale: string) => PROMPTS[languageOf(locale)].test(text);
export const apologises = (text: string, locale: string) => APOLOGIES[languageOf(locale)].test(text);
